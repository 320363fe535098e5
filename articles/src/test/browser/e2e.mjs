// A reader's walk through the rendered sample archive in headless Chromium, with axe-core on every page.
// Playwright starts Chromium with a fresh, empty profile (--user-data-dir in a new temporary folder) and
// deletes it on close; it refuses a --user-data-dir argument of ours.
// Usage: node e2e.mjs URL_OF_INDEX_HTML SCREENSHOT_DIR [CHROMIUM]
// Exits 0 when every step works and axe reports no violation on any page, in light and dark mode,
// on a desktop and a phone viewport; 1 otherwise, listing every failure.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [home, shots, executable = '/usr/bin/chromium'] = process.argv.slice(2);
if (!home || !shots) {
  console.error('usage: node e2e.mjs URL_OF_INDEX_HTML SCREENSHOT_DIR [CHROMIUM]');
  process.exit(2);
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const started = Date.now();
const failures = [];
const fail = (msg) => { failures.push(msg); console.log('FAIL ' + msg); };
const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${msg}`);

const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
};

mkdirSync(shots, { recursive: true });
const browser = await chromium.launch({
  executablePath: executable,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Opens a context that records console errors, page errors and failed or non-2xx requests as failures. */
async function open(kind, colorScheme) {
  const context = await browser.newContext({ ...VIEWPORTS[kind], colorScheme, locale: 'en-US' });
  context.setDefaultTimeout(8000); // a broken step fails fast instead of after Playwright's 30 s
  const page = await context.newPage();
  page.on('pageerror', (e) => fail(`${kind}/${colorScheme}: script error on ${page.url()}: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') fail(`${kind}/${colorScheme}: console error on ${page.url()}: ${m.text()} ${m.location()?.url ?? ''}`); });
  page.on('requestfailed', (r) => fail(`${kind}/${colorScheme}: request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => { if (r.status() >= 400) fail(`${kind}/${colorScheme}: HTTP ${r.status()} for ${r.url()}`); });
  return { context, page };
}

/** Runs axe-core on the page as it is now and records every violation. */
async function axe(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(axeSource); // DevTools evaluation: the page's CSP rightly forbids inline scripts
  }
  const result = await page.evaluate(() => window.axe.run(document).then((r) => ({
    violations: r.violations, passes: r.passes.map((x) => x.id), incomplete: r.incomplete.map((x) => `${x.id}×${x.nodes.length}`),
  })));
  for (const v of result.violations) {
    const nodes = v.nodes.map((n) => `      ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`);
    fail(`axe ${label}: ${v.id} (${v.impact}) ${v.help}\n${nodes.slice(0, 8).join('\n')}${nodes.length > 8 ? `\n      … ${nodes.length - 8} more` : ''}`);
  }
  log(`axe ${label}: ${result.violations.length} violations, ${result.passes.length} rules passed${
    result.incomplete.length ? `; needs review: ${result.incomplete.join(', ')} (SVG chart text: checked below)` : ''}`);
  if (process.env.AXE_VERBOSE) log(`passed: ${result.passes.join(' ')}`);
}

/**
 * axe leaves the contrast of SVG text undecided ("needs review"): check the chart labels' fill against the
 * background behind the chart ourselves, to the same 4.5:1.
 */
async function svgTextContrast(page, label) {
  const labels = await page.evaluate(() => {
    const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    const background = (el) => {
      for (; el; el = el.parentElement) {
        const c = rgb(getComputedStyle(el).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    return [...document.querySelectorAll('svg text')].map((t) => {
      const [a, b] = [lum(rgb(getComputedStyle(t).fill)), lum(background(t.closest('svg')))];
      return { text: t.textContent, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    });
  });
  for (const x of labels.filter((x) => x.ratio < 4.5)) fail(`${label}: SVG text "${x.text}" has contrast ${x.ratio.toFixed(2)}:1, below 4.5:1`);
  if (labels.length) log(`${label}: SVG text contrast at least ${Math.min(...labels.map((x) => x.ratio)).toFixed(2)}:1 on ${labels.length} labels`);
}

async function expectVisible(page, selector, what) {
  try {
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 5000 });
    return true;
  } catch {
    fail(`${what}: no visible ${selector} on ${page.url()}`);
    return false;
  }
}

async function check(page, type, label, screenshot) {
  // No horizontal scrolling: the page must fit its viewport.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 1) fail(`${label}: ${type} page scrolls sideways by ${overflow}px`);
  await axe(page, `${label} ${type} ${page.url()}`);
  await svgTextContrast(page, `${label} ${type}`);
  if (screenshot) await page.screenshot({ path: join(shots, `${type}-${screenshot}.png`), fullPage: true });
}

/**
 * The walk: home → search (by the nav link, typing a query) → first article result → first entity in its body;
 * then the entities index and the chronology by the nav links. Returns the URLs of the page types visited.
 */
async function walk(kind, colorScheme, screenshot) {
  const label = `${kind}/${colorScheme}`;
  const { context, page } = await open(kind, colorScheme);
  const visited = {};
  try {
    await page.goto(home);
    await expectVisible(page, 'main h1', 'home');
    visited.home = page.url();
    await check(page, 'home', label, screenshot);

    // Search, from the nav, for a Vietnamese phrase typed without diacritics: results appear.
    await page.getByRole('navigation').getByRole('link', { name: 'Search' }).click();
    await page.waitForURL(/search\/index\.html/);
    await page.getByLabel(/^search articles/i).fill('ba lan');
    await page.keyboard.press('Enter');
    if (await expectVisible(page, '#results li a', 'search "ba lan"')) {
      const n = await page.locator('#results > li').count();
      log(`${label}: search "ba lan": ${n} results; status: ${await page.locator('#search-status').innerText()}`);
    }
    // Then for a person's name: results appear, the first is followed to an article.
    await page.getByLabel(/^search articles/i).fill('tikhanovskaya');
    await page.getByRole('button', { name: /search/i }).click();
    await page.waitForFunction(() => /tikhanovskaya/.test(document.getElementById('search-status').textContent));
    if (!(await expectVisible(page, '#results li a', 'search "tikhanovskaya"'))) return visited;
    const results = await page.locator('#results > li').count();
    log(`${label}: search "tikhanovskaya": ${results} results; status: ${await page.locator('#search-status').innerText()}`);
    visited.search = page.url();
    if (!/\?q=tikhanovskaya$/.test(page.url())) fail(`${label}: search did not put the query in the address: ${page.url()}`);
    await check(page, 'search', label, screenshot);

    const first = page.locator('#results li a[href*="articles/"]').first();
    const title = (await first.innerText()).trim();
    await first.click();
    await page.waitForURL(/\/articles\/[a-z0-9-]+\.html$/);
    if (!(await expectVisible(page, '[itemscope][itemtype="https://schema.org/NewsArticle"] [itemprop=articleBody]', 'article'))) return visited;
    const headline = (await page.locator('h1[itemprop=headline]').innerText()).trim();
    if (headline !== title) fail(`${label}: result "${title}" led to an article headed "${headline}"`);
    visited.article = page.url();
    log(`${label}: article ${page.url()}`);
    await check(page, 'article', label, screenshot);

    // An entity linked from the article's text, followed to its page.
    const entity = page.locator('[itemprop=articleBody] a.entity').first();
    const name = (await entity.innerText()).trim();
    await entity.click();
    await page.waitForURL(/\/entities\/[a-z0-9-]+\.html$/);
    if (!(await expectVisible(page, 'article.entity-page h1', 'entity'))) return visited;
    log(`${label}: entity "${name}" → ${page.url()} "${(await page.locator('h1').innerText()).trim()}"`);
    if ((await page.locator('ol.mention-list > li').count()) === 0) fail(`${label}: entity page ${page.url()} lists no article`);
    visited.entity = page.url();
    await check(page, 'entity', label, screenshot);

    await page.locator('header.site nav a[href$="entities/index.html"]').click();
    await page.waitForURL(/\/entities\/index\.html$/);
    await expectVisible(page, 'ul.entities a.entity', 'entities index');
    visited.entities = page.url();
    await check(page, 'entities', label, screenshot);

    await page.locator('header.site nav a[href$="chronology/index.html"]').click();
    await page.waitForURL(/\/chronology\/index\.html$/);
    await expectVisible(page, 'ol.events li time', 'chronology');
    visited.chronology = page.url();
    await check(page, 'chronology', label, screenshot);
    return visited;
  } catch (e) {
    fail(`${label}: ${e.message.split('\n')[0]} (on ${page.url()})`);
    await page.screenshot({ path: join(shots, `failure-${kind}-${colorScheme}.png`), fullPage: true }).catch(() => {});
    return visited;
  } finally {
    await context.close();
  }
}

try {
  log(`Chromium ${browser.version()}, axe-core ${JSON.parse(readFileSync(createRequire(import.meta.url).resolve('axe-core/package.json'), 'utf8')).version}`);
  const visited = await walk('desktop', 'light', 'desktop');
  for (const type of ['home', 'search', 'article', 'entity', 'entities', 'chronology']) {
    if (!visited[type]) fail(`the walk never reached the ${type} page`);
  }
  await walk('phone', 'dark', 'phone');
  await walk('desktop', 'dark', null);
  await walk('phone', 'light', null);
} finally {
  await browser.close();
}

log(failures.length ? `${failures.length} failures` : 'all checks passed');
process.exit(failures.length ? 1 : 0);
