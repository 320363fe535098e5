package dev.annals.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders the sample archive (../articles) and checks the site contract on it. */
class SampleArchiveTest {
    static final Path SAMPLE = Path.of("..", "articles");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BASE_URL = "https://example.org/annals/";

    @TempDir
    static Path tmp;
    static Path site;
    static Build.Result result;

    @BeforeAll
    static void build() {
        site = tmp.resolve("site");
        result = new Build(new BuildConfig(SAMPLE.resolve("content"), site, SAMPLE.resolve("entities.yml"), null,
                null, true, tmp.resolve("report.html"), "en", BASE_URL)).run();
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    static List<Path> htmlPages() throws IOException {
        try (var walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    static Element articleBody(Document d) {
        Element body = d.selectFirst("[itemscope][itemtype=https://schema.org/NewsArticle] [itemprop=articleBody]");
        assertTrue(body != null, "no articleBody inside a NewsArticle item");
        return body;
    }

    @Test
    void rendersFiveArticlePagesAndTheIndexes() {
        assertEquals(5, result.archive().articles().size());
        for (String slug : List.of("2020-08-16-lukashenko-noi-putin-dong-y-giup-dam-bao-an-ninh",
                "2023-04-07-lanh-dao-belarus-gap-putin-tai-moscow", "2020-08-18-putin-shows-no-sign-of-propping-up-lukashenko",
                "2020-08-16-putin-extends-military-support-to-lukashenko",
                "2020-08-17-workers-boo-belarus-president-at-tractor-plant")) {
            assertTrue(Files.isRegularFile(site.resolve("articles/" + slug + ".html")), slug);
        }
        for (String f : List.of("index.html", "entities/index.html", "chronology/index.html", "data/articles.json",
                "data/entities.json", "data/chronology.json", "assets/style.css")) {
            assertTrue(Files.isRegularFile(site.resolve(f)), f);
        }
    }

    @Test
    void hasEntityPagesForTheKeyPeoplePlacesAndOrganisations() {
        for (String id : List.of("alexander-lukashenko", "vladimir-putin", "svetlana-tikhanovskaya", "belarus", "russia",
                "poland", "lithuania", "minsk", "moscow", "nato", "csto", "kremlin")) {
            assertTrue(Files.isRegularFile(site.resolve("entities/" + id + ".html")), id);
        }
    }

    @Test
    void noSeedBoilerplateReachesAnArticleBody() throws IOException {
        List<String> boilerplate = List.of("Leave a Comment", "Akismet", "Play Live Radio", "Next Up:", "0:00 0:00",
                "Available On Air Stations", "Home » today »", "Transcript provided by NPR", "Copyright NPR",
                "Thanh Nhã biên dịch", "Quý vị tham khảo bản gốc", "Bản tin có sự đóng góp của Reuters",
                "date 2020-08-16 By RMN", "SOUNDBITE", "is NPR's international correspondent", "Getty Images",
                "(trái)", "Người biểu tình đổ ra đường ở thủ đô Minsk");
        for (Path p : htmlPages()) {
            if (!p.getParent().getFileName().toString().equals("articles")
                    || p.getFileName().toString().equals("index.html")) {
                continue;
            }
            String text = articleBody(page(site.relativize(p).toString())).text();
            for (String b : boilerplate) {
                assertFalse(text.contains(b), p.getFileName() + " body contains '" + b + "'");
            }
        }
    }

    @Test
    void keepsCreditsAndCaptionsAsMetadata() throws IOException {
        Document vi = page("articles/2023-04-07-lanh-dao-belarus-gap-putin-tai-moscow.html");
        assertTrue(vi.select("dl.credits").text().contains("Thanh Nhã"));
        assertTrue(vi.select("dl.credits").text().contains("Reuters"));
        Document nbc = page("articles/2020-08-18-putin-shows-no-sign-of-propping-up-lukashenko.html");
        assertTrue(nbc.select("figcaption").text().contains("Saint Petersburg in December 2019"));
        assertTrue(nbc.select("figcaption .credit").text().contains("AFP – Getty Images"));
    }

    @Test
    void everyInternalLinkAnchorAndAssetResolves() {
        assertEquals(List.of(), dev.annals.check.SiteChecker.check(site));
    }

    /** Entity ids linked from each article's body. */
    static Set<String> linked(String slug) throws IOException {
        return articleBody(page("articles/" + slug + ".html")).select("a.entity").stream()
                .map(a -> a.attr("href").replaceAll(".*/|\\.html$", "")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void linksEachSeedsKeyPeopleAndPlaces() throws IOException {
        Map<String, List<String>> expected = Map.of(
                "2020-08-16-lukashenko-noi-putin-dong-y-giup-dam-bao-an-ninh", List.of("alexander-lukashenko",
                        "vladimir-putin", "svetlana-tikhanovskaya", "belarus", "russia", "poland", "lithuania",
                        "nato", "csto"),
                "2023-04-07-lanh-dao-belarus-gap-putin-tai-moscow", List.of("alexander-lukashenko", "vladimir-putin",
                        "belarus", "russia", "moscow", "minsk", "ukraine", "kyiv", "nato", "csto", "kremlin",
                        "pentagon", "united-states", "finland", "sweden", "jens-stoltenberg", "dmitry-peskov", "sco"),
                "2020-08-18-putin-shows-no-sign-of-propping-up-lukashenko", List.of("alexander-lukashenko",
                        "vladimir-putin", "belarus", "russia", "lithuania", "kremlin", "rusi", "emily-ferris",
                        "linas-linkevicius", "london"),
                "2020-08-16-putin-extends-military-support-to-lukashenko", List.of("alexander-lukashenko",
                        "vladimir-putin", "svetlana-tikhanovskaya", "belarus", "russia", "kremlin", "union-state"),
                "2020-08-17-workers-boo-belarus-president-at-tractor-plant", List.of("alexander-lukashenko",
                        "vladimir-putin", "svetlana-tikhanovskaya", "belarus", "russia", "minsk", "moscow", "nato",
                        "ukraine", "crimea", "lucian-kim", "mary-louise-kelly", "alexander-baunov"));
        for (var e : expected.entrySet()) {
            Set<String> got = linked(e.getKey());
            for (String id : e.getValue()) {
                assertTrue(got.contains(id), e.getKey() + " does not link " + id + "; links " + got);
            }
        }
    }

    @Test
    void articlePagesCarryLanguageDatesAndJsonLd() throws IOException {
        Document d = page("articles/2020-08-16-lukashenko-noi-putin-dong-y-giup-dam-bao-an-ninh.html");
        assertEquals("vi", d.selectFirst("html").attr("lang"));
        assertEquals("2020-08-16", d.selectFirst("time[itemprop=datePublished]").attr("datetime"));
        assertTrue(articleBody(d).select("time[datetime=2020-08-09]").size() == 1, "ngày 9.8 is not marked");
        JsonNode ld = JSON.readTree(d.selectFirst("script[type=application/ld+json]").data());
        assertEquals("NewsArticle", ld.get("@type").asText());
        assertEquals("2020-08-16", ld.get("datePublished").asText());
        assertEquals("vi", ld.get("inLanguage").asText());
        assertFalse(ld.get("headline").asText().isBlank());
        Set<String> types = new TreeSet<>();
        for (JsonNode m : ld.get("mentions")) {
            types.add(m.get("@type").asText());
            assertFalse(m.get("name").asText().isBlank());
            assertTrue(Files.isRegularFile(site.resolve("articles").resolve(m.get("url").asText()).normalize()));
        }
        assertEquals(Set.of("Person", "Place", "Organization"), types);
    }

    @Test
    void entityPagesListArticlesNewestFirstWithTheSentenceAroundEachMention() throws IOException {
        Document d = page("entities/alexander-lukashenko.html");
        List<String> dates = d.select("ol.mention-list > li > .meta time").eachAttr("datetime");
        assertEquals(5, dates.size());
        List<String> sorted = new ArrayList<>(dates);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, dates);
        assertTrue(d.select("ol.mention-list mark").stream().allMatch(m -> !m.text().isBlank()));
        assertTrue(d.select("dl.names dd[lang=vi]").size() == 1);
        assertTrue(d.select("section.related a.entity").size() > 3);
        assertTrue(d.select("section.timeline li").size() > 3);
    }

    @Test
    void chronologyHoldsTheSeedsExplicitDatesAttachedToTheirArticles() throws IOException {
        JsonNode events = JSON.readTree(site.resolve("data/chronology.json").toFile());
        Map<String, String> expected = Map.of(
                "1994", "2020-08-18-putin-shows-no-sign-of-propping-up-lukashenko",
                "2020-08-09", "2020-08-16-lukashenko-noi-putin-dong-y-giup-dam-bao-an-ninh",
                "2020-08-15", "2020-08-16-putin-extends-military-support-to-lukashenko",
                "1999", "2023-04-07-lanh-dao-belarus-gap-putin-tai-moscow",
                "2022-10", "2023-04-07-lanh-dao-belarus-gap-putin-tai-moscow",
                "2023-03-26", "2023-04-07-lanh-dao-belarus-gap-putin-tai-moscow",
                "2023-04-04", "2023-04-07-lanh-dao-belarus-gap-putin-tai-moscow");
        expected.forEach((date, slug) -> {
            boolean found = false;
            for (JsonNode e : events) {
                found |= e.get("date").asText().equals(date) && e.get("articles").toString().contains(slug);
            }
            assertTrue(found, "no event on " + date + " from " + slug);
        });
        for (JsonNode e : events) {
            assertFalse(e.get("text").asText().isBlank());
            assertTrue(e.get("entities").isArray());
        }
        Document page = page("chronology/index.html");
        assertTrue(page.select("time[datetime=2023-04-04]").size() >= 1);
    }

    @Test
    void chronologyIsDrawnAsSvgAndExportedForTimelineJs() throws IOException {
        Document index = page("chronology/index.html");
        assertTrue(index.select("svg.timeline-chart rect").size() > 3);
        assertTrue(index.select("section.year h3").eachText().contains("August 2020"));
        Document year = page("chronology/2023.html");
        assertTrue(year.select("time[datetime=2023-04-04]").size() == 1);
        assertTrue(page("entities/nato.html").select("section.timeline svg rect").size() >= 1);
        JsonNode timeline = JSON.readTree(site.resolve("data/timeline.json").toFile());
        JsonNode first = timeline.get("events").get(0);
        assertTrue(first.get("start_date").get("year").asText().matches("\\d{4}"));
        assertFalse(first.get("text").get("headline").asText().isBlank());
        assertEquals(result.archive().chronology().size(), timeline.get("events").size());
    }

    /** Titles of the documents a query's terms all point to, read from the shards as search.js reads them. */
    static Set<String> search(String... foldedTerms) throws IOException {
        JsonNode meta = JSON.readTree(site.resolve("search/meta.json").toFile());
        Set<Integer> docs = null;
        for (String term : foldedTerms) {
            Set<Integer> these = new TreeSet<>();
            JsonNode shard = JSON.readTree(site.resolve("search/terms/" + term.substring(0, 2) + ".json").toFile());
            shard.path(term).forEach(p -> these.add(p.get(0).asInt()));
            if (docs == null) {
                docs = these;
            } else {
                docs.retainAll(these);
            }
        }
        Set<String> titles = new TreeSet<>();
        for (int id : docs) {
            int chunk = id / meta.get("docsPerChunk").asInt();
            titles.add(JSON.readTree(site.resolve("search/docs/" + chunk + ".json").toFile())
                    .get(id % meta.get("docsPerChunk").asInt()).get("t").asText());
        }
        return titles;
    }

    @Test
    void searchIndexHoldsEveryArticleAndEntityInItsChunks() throws IOException {
        JsonNode meta = JSON.readTree(site.resolve("search/meta.json").toFile());
        int perChunk = meta.get("docsPerChunk").asInt();
        List<String> urls = new ArrayList<>();
        for (int chunk = 0; Files.exists(site.resolve("search/docs/" + chunk + ".json")); chunk++) {
            JsonNode docs = JSON.readTree(site.resolve("search/docs/" + chunk + ".json").toFile());
            assertTrue(docs.size() == perChunk || !Files.exists(site.resolve("search/docs/" + (chunk + 1) + ".json")));
            docs.forEach(d -> urls.add(d.get("u").asText()));
        }
        assertEquals(result.archive().articles().size() + result.archive().entities().size(), urls.size());
        assertEquals(urls.size(), meta.get("docs").asInt());
        assertEquals(urls.size(), new java.util.HashSet<>(urls).size(), urls.toString());
    }

    @Test
    void searchIndexFindsEntitiesAndArticlesWithoutDiacriticsOrCase() throws IOException {
        assertTrue(Files.isRegularFile(site.resolve("search/index.html")));
        assertTrue(search("ba", "lan").contains("Poland"));
        Set<String> tikhanovskaya = search("tikhanovskaya");
        assertTrue(tikhanovskaya.contains("Svetlana Tikhanovskaya"));
        assertTrue(tikhanovskaya.contains("Lukashenko: Putin đồng ý giúp đảm bảo an ninh cho Belarus"), tikhanovskaya.toString());
        assertTrue(search("lanh", "dao").contains(
                "Lãnh đạo Belarus gặp Tổng thống Putin tại Moscow để thảo luận về hiệp ước liên minh quan trọng"));
    }

    @Test
    void feedsSitemapRobotsAnd404UseTheBaseUrlWhileLinksStayRelative() throws Exception {
        var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        var feed = xml.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
        assertEquals(5, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        assertTrue(Files.readString(site.resolve("feed.xml")).contains("<updated>2023-04-07T00:00:00Z</updated>"));
        var entityFeed = xml.newDocumentBuilder().parse(site.resolve("entities/poland.xml").toFile());
        assertEquals(1, entityFeed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>" + BASE_URL + "entities/belarus.html</loc>"));
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: " + BASE_URL + "sitemap.xml"));
        assertEquals(BASE_URL + "entities/belarus.html",
                page("entities/belarus.html").selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(page("404.html").selectFirst("link[rel=stylesheet]").attr("href").startsWith(BASE_URL));
    }

    @Test
    void articleListsCanBeFilteredByLanguage() throws IOException {
        assertEquals(5, page("articles/index.html").select("ul.articles li").size());
        Document vi = page("languages/vi.html");
        assertEquals(2, vi.select("ul.articles li").size());
        assertTrue(vi.select("ul.articles li").stream().allMatch(li -> li.attr("lang").equals("vi")));
        assertTrue(page("index.html").select("p.languages a[href=languages/en.html]").size() == 1);
    }

    @Test
    void siteWordsCanBeVietnamese() throws IOException {
        Path vi = tmp.resolve("vi");
        new Build(new BuildConfig(SAMPLE.resolve("content"), vi, SAMPLE.resolve("entities.yml"), null, null, true,
                null, "vi", null)).run();
        Document home = Jsoup.parse(vi.resolve("index.html").toFile(), "UTF-8");
        assertEquals("vi", home.selectFirst("html").attr("lang"));
        assertTrue(home.select("header.site nav").text().contains("Biên niên"));
        Document en = Jsoup.parse(vi.resolve("articles/2020-08-16-putin-extends-military-support-to-lukashenko.html")
                .toFile(), "UTF-8");
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("vi", en.selectFirst("header.site").attr("lang"));
        assertEquals("16/8/2020", en.selectFirst("time[itemprop=datePublished]").text());
    }

    @Test
    void entityDataHasIdsTypesNamesByLanguageAndArticles() throws IOException {
        JsonNode entities = JSON.readTree(site.resolve("data/entities.json").toFile());
        JsonNode poland = null;
        for (JsonNode e : entities) {
            if (e.get("id").asText().equals("poland")) {
                poland = e;
            }
        }
        assertTrue(poland != null);
        assertEquals("place", poland.get("type").asText());
        assertEquals("Ba Lan", poland.get("names").get("vi").asText());
        assertEquals("2020-08-16-lukashenko-noi-putin-dong-y-giup-dam-bao-an-ninh", poland.get("articles").get(0).asText());
    }

    @Test
    void buildReportExplainsEveryBlockThatLeftTheBody() throws IOException {
        Document report = Jsoup.parse(tmp.resolve("report.html").toFile(), "UTF-8");
        assertFalse(Files.exists(site.resolve("report.html")));
        for (var a : result.archive().articles()) {
            Element section = report.getElementById(a.slug());
            assertTrue(section != null, a.slug());
            long dropped = a.article().blocks().stream().filter(b -> b.kind() != dev.annals.clean.BlockKind.BODY).count();
            var rows = section.select("tr:has(td)");
            assertEquals(dropped, rows.size(), a.slug());
            rows.forEach(r -> assertFalse(r.child(3).text().isBlank(), r.text()));
        }
        assertTrue(report.select("tr:contains(Leave a Comment) td.kind").text().equals("boilerplate"));
        assertTrue(report.select("tr:contains(Thanh Nhã biên dịch) td.kind").text().equals("metadata"));
    }

    @Test
    void twoBuildsAreByteIdentical() {
        Path again = tmp.resolve("again");
        new Build(new BuildConfig(SAMPLE.resolve("content"), again, SAMPLE.resolve("entities.yml"), null, null, true,
                null, "en", BASE_URL)).run();
        assertEquals(TestSites.files(site), TestSites.files(again));
    }

    /** {@code Map.of} and {@code Set.of} iterate in an order that differs between JVMs: a second JVM must agree. */
    @Test
    void buildsInTwoJvmsAreByteIdentical() throws Exception {
        Path here = tmp.resolve("jvm1");
        Path there = tmp.resolve("jvm2");
        for (Path root : List.of(here, there)) {
            Files.createDirectories(root.resolve("content"));
            try (var files = Files.list(SAMPLE.resolve("content"))) {
                for (Path f : files.toList()) {
                    Files.copy(f, root.resolve("content").resolve(f.getFileName()));
                }
            }
            Files.copy(SAMPLE.resolve("entities.yml"), root.resolve("entities.yml"));
        }
        new Build(new BuildConfig(here.resolve("content"), here.resolve("site"), here.resolve("entities.yml"), null,
                null, false)).run();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.annals.bench.BuildMain", there.toString())
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, child.waitFor(), out);
        assertEquals(TestSites.files(here.resolve("site")), TestSites.files(there.resolve("site")));
    }

    @Test
    void nuHtmlCheckerFindsNoErrorOnAnyPage() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        for (Path p : htmlPages()) {
            JsonNode out = JSON.readTree(validator.validate(p));
            for (JsonNode m : out.get("messages")) {
                if (!m.path("type").asText().equals("info")) {
                    errors.add(site.relativize(p) + ":" + m.path("lastLine").asText() + ": " + m.path("message").asText());
                }
            }
        }
        assertEquals(List.of(), errors);
    }
}
