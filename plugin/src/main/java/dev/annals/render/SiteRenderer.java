package dev.annals.render;

import dev.annals.annotate.AnnotatedArticle;
import dev.annals.build.AnnalsException;
import dev.annals.build.BuildMemory;
import dev.annals.clean.Meta;
import dev.annals.index.Archive;
import dev.annals.index.ChronologyEntry;
import dev.annals.index.EntityEntry;
import dev.annals.util.Lazy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Writes the site: pages for articles, entities, the chronology and search, the indexes, feeds, sitemap,
 * data files and assets. Every link is relative; {@code baseUrl}, when set, only adds absolute URLs where
 * they are required (canonical links, feeds, sitemap).
 */
public final class SiteRenderer {
    /** Above this many chronology entries, the chronology index links to one page per year instead. */
    static final int EVENTS_ON_ONE_PAGE = 500;
    /** Entries in the archive's Atom feed. */
    static final int FEED_ENTRIES = 50;

    private static final BuildMemory.Kind<com.fasterxml.jackson.core.SerializableString> CHRONOLOGY_ROW =
            new BuildMemory.Kind<>();

    private final Templates templates;
    private final Path overrides;
    private final String siteLang;
    private final String baseUrl;
    private final Messages messages;
    private final Json json = new Json();

    /**
     * @param overrides a maintainer's theme folder ({@code templates/}, {@code assets/}, {@code messages/}), or null
     * @param siteLang  the language of the site's own words ({@code en} or {@code vi})
     * @param baseUrl   the site's public address ending in {@code /}, or null
     */
    public SiteRenderer(Path overrides, String siteLang, String baseUrl) {
        this.templates = new Templates(overrides);
        this.overrides = overrides;
        this.siteLang = siteLang;
        this.baseUrl = baseUrl;
        this.messages = new Messages(siteLang, overrides);
    }

    /**
     * @param digests each article's digest by slug, which must change whenever the article does: the key of the
     *                page parts made from it when pages are fingerprinted
     */
    public void render(Archive archive, SiteWriter out, java.util.function.Function<String, String> digests) {
        render(archive, out, digests, BuildMemory.NONE);
    }

    /**
     * As {@link #render(Archive, SiteWriter, java.util.function.Function)}, keeping in {@code memory} what the next
     * build in this process can take under the same digests.
     */
    public void render(Archive archive, SiteWriter out, java.util.function.Function<String, String> digests,
                       BuildMemory memory) {
        Views views = new Views(archive, json, siteLang, messages, digests, memory);
        // Every file is a task of its own, run in parallel at the end, the costliest first (see runAll).
        List<Task> tasks = new ArrayList<>();
        // the events' digests are worked out for the first data file that asks, in parallel; the pages then find them
        Supplier<List<String>> eventDigests = Lazy.of(() -> archive.chronology().parallelStream()
                .map(views::eventDigest).toList());
        tasks.add(Task.first(() -> data(out, "data/timeline.json", views.nestsJson(), new Deferred(() -> List.of(
                archive.articles().size(), eventDigests.get()), () -> TimelineJs.of(archive, views, messages)))));
        tasks.add(Task.first(() -> data(out, "data/chronology.json", views.nestsJson(), new Deferred(eventDigests,
                () -> lazy(archive.chronology(), c -> views.eventJson(CHRONOLOGY_ROW, c, 1, () -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("date", c.date().iso());
            v.put("granularity", c.date().granularity().id());
            v.put("text", c.text());
            v.put("articles", c.articles());
            v.put("entities", c.entities());
            v.put("explicit", c.explicit());
            return v;
        }))))));
        tasks.add(Task.first(() -> new SearchIndex().write(archive, views, memory, (path, value) -> out.write(path,
                () -> Fingerprint.of(path, value), o -> o.write(json.compact(value).getBytes(StandardCharsets.UTF_8))))));
        // made of each article's metadata, file, slug and entities: its digest stands for them
        tasks.add(Task.first(() -> data(out, "data/articles.json", new Deferred(() -> archive.articles().stream()
                .map(a -> views.digest(a.slug())).toList(), () -> articlesData(archive)))));
        tasks.add(Task.first(() -> data(out, "data/entities.json", entitiesData(archive))));
        archive.articles().forEach(a -> tasks.add(new Task(1, () -> page(out, "article.ftlh",
                Views.articleUrl(a.slug()), "article", () -> views.articleKey(a), () -> views.article(a)))));
        archive.entities().forEach(e -> tasks.add(new Task(e.mentionCount(), () -> {
            String url = Views.entityUrl(e.entity().id());
            page(out, "entity.ftlh", url, "entity", () -> views.entityKey(e), () -> views.entity(e));
            feed(out, views, e.entity().name(), "entities/" + e.entity().id() + ".xml", url,
                    e.articles().stream().limit(FEED_ENTRIES).toList());
        })));

        // the pages made of the whole archive are tasks too, so that no worker waits while one of them is written
        Supplier<String> svg = Lazy.of(() -> TimelineSvg.draw(archive.chronology(), messages.get("chronology.title"),
                n -> messages.get("chart.events", n)));
        tasks.add(Task.first(() -> lists(out, views, archive, svg.get())));

        List<List<ChronologyEntry>> byYear = Views.byYear(archive.chronology());
        tasks.add(Task.first(() -> {
            boolean paged = archive.chronology().size() > EVENTS_ON_ONE_PAGE;
            Map<String, Object> chronology = new LinkedHashMap<>();
            chronology.put("years", paged ? byYear.stream().map(Views::yearLink).toList()
                    : byYear.stream().map(views::year).toList());
            chronology.put("timelineSvg", svg.get());
            chronology.put("paged", paged);
            page(out, "chronology.ftlh", "chronology/index.html", "chronology", chronology);
        }));
        // a year page's links to the others need no counts, so one year's new event leaves the other pages as they are
        List<Map<String, Object>> yearNav = byYear.stream().map(y -> Map.<String, Object>of("year",
                y.get(0).date().year())).toList();
        byYear.forEach(year -> tasks.add(new Task(year.size(), () -> {
            String url = "chronology/" + year.get(0).date().year() + ".html";
            page(out, "chronology-year.ftlh", url, "chronology", Map.of("year", new Deferred(
                    () -> year.stream().map(views::eventDigest).toList(), () -> views.year(year)), "years", yearNav));
        })));
        page(out, "search.ftlh", "search/index.html", "search", Map.of());
        page(out, "404.ftlh", "404.html", "notfound", Map.of());
        feed(out, views, messages.get("site.name"), "feed.xml", "index.html", archive.articles().stream()
                .limit(FEED_ENTRIES).map(AnnotatedArticle::slug).toList());
        out.write("robots.txt", "User-agent: *\nAllow: /\n" + (baseUrl == null ? "" : "Sitemap: " + baseUrl + "sitemap.xml\n"));
        if (baseUrl != null) {
            List<String> urls = new ArrayList<>(List.of("index.html", "articles/index.html", "entities/index.html",
                    "chronology/index.html"));
            archive.articles().forEach(a -> urls.add(Views.articleUrl(a.slug())));
            archive.entities().forEach(e -> urls.add(Views.entityUrl(e.entity().id())));
            out.write("sitemap.xml", templates.render("sitemap.ftlx", Map.of("urls", urls, "baseUrl", baseUrl)));
        }

        copyAssets(out);
        runAll(tasks);
    }

    /**
     * Writes the home page and the lists of articles and entities. One task, so that their models (a link for
     * every article) are held only while it runs.
     */
    private void lists(SiteWriter out, Views views, Archive archive, String svg) {
        List<Map<String, Object>> articleLinks = archive.articles().stream().map(a -> views.articleLink(a.slug())).toList();
        List<Map<String, Object>> entityLinks = archive.entities().stream().map(e -> views.entityLink(e.entity().id())).toList();
        Map<String, List<Map<String, Object>>> byLanguage = new TreeMap<>();
        articleLinks.forEach(a -> byLanguage.computeIfAbsent((String) a.get("lang"), l -> new ArrayList<>()).add(a));
        List<Map<String, Object>> languages = byLanguage.entrySet().stream().map(e -> Map.<String, Object>of(
                "lang", e.getKey(), "language", views.language(e.getKey()), "count", e.getValue().size(),
                "url", "languages/" + e.getKey() + ".html")).toList();

        Map<String, Object> home = new LinkedHashMap<>();
        home.put("articles", articleLinks.stream().limit(20).toList());
        home.put("articleCount", articleLinks.size());
        home.put("languages", languages);
        home.put("entityCount", entityLinks.size());
        home.put("entities", entityLinks.stream()
                .sorted((x, y) -> Integer.compare((int) y.get("count"), (int) x.get("count"))).limit(12).toList());
        home.put("eventCount", archive.chronology().size());
        home.put("timelineSvg", svg);
        page(out, "index.ftlh", "index.html", "home", home);

        page(out, "articles.ftlh", "articles/index.html", "articles",
                Map.of("articles", articleLinks, "languages", languages, "current", ""));
        byLanguage.forEach((lang, list) -> page(out, "articles.ftlh", "languages/" + lang + ".html", "articles",
                Map.of("articles", list, "languages", languages, "current", lang)));

        List<Map<String, Object>> groups = new ArrayList<>();
        for (String type : List.of("person", "place", "organization", "other")) {
            List<Map<String, Object>> members = entityLinks.stream().filter(e -> e.get("type").equals(type)).toList();
            if (!members.isEmpty()) {
                groups.add(Map.of("type", type, "entities", members));
            }
        }
        page(out, "entities.ftlh", "entities/index.html", "entities", Map.of("groups", groups));
    }

    /**
     * A file to write and a rough measure of its cost (an article page is 1, an entity page its mentions, a year of
     * the chronology its events).
     */
    private record Task(long cost, Runnable run) {
        /** A task started before all others: the data files and the search index. */
        static Task first(Runnable run) {
            return new Task(Long.MAX_VALUE, run);
        }
    }

    /**
     * Runs the tasks in parallel, the costliest first, each worker taking the next task when it finishes one (a
     * parallel stream would split the list up front, leaving one core with the last large pages). Returns only
     * when none is running, so that a failure never leaves a task writing into a folder the caller is deleting;
     * after a failure the tasks not yet started are skipped.
     */
    private static void runAll(List<Task> tasks) {
        List<Task> order = tasks.stream().sorted(java.util.Comparator.comparingLong(Task::cost).reversed()).toList();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        int workers = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1; // the caller's thread too
        java.util.stream.IntStream.range(0, workers).parallel().forEach(w -> {
            for (int i = next.getAndIncrement(); i < order.size() && failure.get() == null;
                 i = next.getAndIncrement()) {
                try {
                    order.get(i).run().run();
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        });
        if (failure.get() instanceof RuntimeException e) {
            throw e;
        } else if (failure.get() instanceof Error e) {
            throw e;
        }
    }

    /**
     * Writes a page at site-relative {@code path}, streamed from the template to the file (an entity named in a
     * third of a large archive's articles has a page of tens of megabytes): {@code root} leads back to the root.
     */
    private void page(SiteWriter out, String template, String path, String kind, Map<String, Object> model) {
        // keys in a fixed order (Map.of's changes from run to run), so that equal models have equal fingerprints
        Map<String, Object> m = new LinkedHashMap<>(model instanceof LinkedHashMap<?, ?> ? model : new TreeMap<>(model));
        page(out, template, path, kind, () -> m, () -> m);
    }

    /** A page whose model is made only when it is written: {@code key} stands for it, and must determine it. */
    private void page(SiteWriter out, String template, String path, String kind, Supplier<?> key,
                      Supplier<Map<String, Object>> model) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("root", path.equals("404.html") && baseUrl != null ? baseUrl
                : "../".repeat((int) path.chars().filter(c -> c == '/').count()));
        m.put("pageKind", kind);
        m.put("siteLang", siteLang);
        m.put("t", messages);
        m.put("canonical", baseUrl == null ? "" : baseUrl + (path.equals("index.html") ? "" : path));
        m.put("baseUrl", baseUrl == null ? "" : baseUrl);
        file(out, template, path, m, key, model);
    }

    /**
     * Writes {@code path} from {@code template}, the {@code common} values and {@code model} (keyed by {@code key}),
     * unless the previous site's file is the same.
     */
    private void file(SiteWriter out, String template, String path, Map<String, Object> common, Supplier<?> key,
                      Supplier<Map<String, Object>> model) {
        out.write(path, () -> Fingerprint.of(template, common, key.get()), o -> {
            Map<String, Object> resolved = new LinkedHashMap<>(model.get());
            resolved.putAll(common);
            resolved.replaceAll((k, v) -> v instanceof Deferred d ? d.value().get() : v);
            // chars are gathered before encoding: FreeMarker writes many short strings, each costly to encode alone
            java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(o, StandardCharsets.UTF_8),
                    1 << 13);
            templates.render(template, resolved, w);
            w.flush();
        });
    }

    /** Writes a data file, {@code value} (or a {@link Deferred}'s) as indented JSON. */
    private void data(SiteWriter out, String path, Object value) {
        data(out, path, false, value);
    }

    /** As {@link #data(SiteWriter, String, Object)}; {@code nested}: its strings are in {@link Json#nested} values. */
    private void data(SiteWriter out, String path, boolean nested, Object value) {
        out.write(path, () -> Fingerprint.of(path, value), o -> {
            Object v = value instanceof Deferred d ? d.value().get() : value;
            if (nested) {
                json.prettyUtf8(v, o);
            } else {
                json.pretty(v, o);
            }
        });
    }

    /** An Atom feed at {@code path} for the page {@code pageUrl}; entries' dates stand in for updates. */
    private void feed(SiteWriter out, Views views, String title, String path, String pageUrl, List<String> slugs) {
        String root = "../".repeat((int) path.chars().filter(c -> c == '/').count());
        String base = baseUrl == null ? root : baseUrl;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("id", baseUrl == null ? "urn:annals:" + path : baseUrl + path);
        m.put("self", base + path);
        m.put("page", base + pageUrl);
        m.put("base", base);
        m.put("idBase", baseUrl == null ? "urn:annals:" : baseUrl);
        m.put("t", messages);
        // the entries are made of their articles
        file(out, "feed.ftlx", path, m, () -> slugs.stream().map(views::digest).toList(), () -> {
            List<Map<String, Object>> entries = slugs.stream().map(views::articleLink).toList();
            return Map.of("entries", entries, "updated", entries.stream().map(e -> (String) e.get("date"))
                    .filter(d -> !d.isEmpty()).max(String::compareTo).orElse("1970-01-01"));
        });
    }

    /** {@code list} mapped by {@code f} as each element is read, for streaming serialisation. */
    static <T, R> Iterable<R> lazy(List<T> list, java.util.function.Function<T, R> f) {
        return () -> list.stream().map(f).iterator();
    }

    private static Iterable<Map<String, Object>> articlesData(Archive archive) {
        return lazy(archive.articles(), a -> {
            Meta m = a.article().meta();
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("slug", a.slug());
            v.put("url", Views.articleUrl(a.slug()));
            v.put("file", a.article().file());
            v.put("title", m.title());
            v.put("date", m.date() == null ? null : m.date().toString());
            v.put("lang", m.lang());
            v.put("source", m.source());
            v.put("author", m.author());
            v.put("translator", m.translator());
            v.put("origin", m.origin());
            v.put("contributors", m.contributors());
            v.put("entities", a.mentioned());
            return v;
        });
    }

    private static Iterable<Map<String, Object>> entitiesData(Archive archive) {
        return lazy(archive.entities(), (EntityEntry e) -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("id", e.entity().id());
            v.put("type", e.entity().type().id());
            v.put("name", e.entity().name());
            v.put("names", e.entity().names());
            v.put("aliases", e.entity().aliases());
            v.put("wikidata", e.entity().wikidata());
            v.put("description", e.entity().description());
            v.put("url", Views.entityUrl(e.entity().id()));
            v.put("mentions", e.mentionCount());
            v.put("articles", e.articles());
            return v;
        });
    }

    /** Copies the default theme's assets (listed in {@code assets.txt}), then the maintainer's {@code assets/}. */
    private void copyAssets(SiteWriter out) {
        Map<String, byte[]> assets = new TreeMap<>();
        try (InputStream list = SiteRenderer.class.getResourceAsStream(Templates.THEME + "/assets.txt")) {
            if (list == null) {
                throw new AnnalsException("the default theme has no assets.txt; is annals-site-template on the class path?");
            }
            for (String name : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!name.isBlank()) {
                    try (InputStream in = SiteRenderer.class.getResourceAsStream(Templates.THEME + "/assets/" + name.strip())) {
                        if (in == null) {
                            throw new AnnalsException("the theme's assets.txt lists '" + name.strip() + "', which is missing");
                        }
                        assets.put(name.strip(), in.readAllBytes());
                    }
                }
            }
            Path own = overrides == null ? null : overrides.resolve("assets");
            if (own != null && Files.isDirectory(own)) {
                try (Stream<Path> files = Files.walk(own)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        assets.put(own.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                    }
                }
            }
        } catch (IOException e) {
            throw new AnnalsException("cannot copy theme assets: " + e.getMessage(), e);
        }
        assets.forEach((name, bytes) -> out.write("assets/" + name, bytes));
    }
}
