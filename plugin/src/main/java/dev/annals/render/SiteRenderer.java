package dev.annals.render;

import dev.annals.annotate.AnnotatedArticle;
import dev.annals.build.AnnalsException;
import dev.annals.clean.Meta;
import dev.annals.index.Archive;
import dev.annals.index.EntityEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Writes the site: one page per article and entity, the indexes, the chronology, data files and assets. */
public final class SiteRenderer {
    /** Above this many chronology entries, the chronology index links to one page per year instead. */
    static final int EVENTS_ON_ONE_PAGE = 500;

    private final Templates templates;
    private final Path overrides;
    private final Json json = new Json();

    /** @param overrides a maintainer's theme folder ({@code templates/}, {@code assets/}), or null */
    public SiteRenderer(Path overrides) {
        this.templates = new Templates(overrides);
        this.overrides = overrides;
    }

    public void render(Archive archive, SiteWriter out) {
        Views views = new Views(archive, json);
        archive.articles().parallelStream().forEach(a ->
                out.write(Views.articleUrl(a.slug()), page("article.ftlh", "../", "article", views.article(a))));
        archive.entities().parallelStream().forEach(e ->
                out.write(Views.entityUrl(e.entity().id()), page("entity.ftlh", "../", "entity", views.entity(e))));

        List<Map<String, Object>> articleLinks = archive.articles().stream()
                .map(a -> views.articleLink(a.slug())).toList();
        List<Map<String, Object>> entityLinks = archive.entities().stream()
                .map(e -> views.entityLink(e.entity().id())).toList();
        Map<String, Object> home = new LinkedHashMap<>();
        home.put("articles", articleLinks);
        home.put("entities", entityLinks.stream()
                .sorted((x, y) -> Integer.compare((int) y.get("count"), (int) x.get("count"))).limit(12).toList());
        home.put("eventCount", archive.chronology().size());

        Map<String, Object> entityIndex = new LinkedHashMap<>();
        List<Map<String, Object>> groups = new ArrayList<>();
        for (String type : List.of("person", "place", "organization", "other")) {
            List<Map<String, Object>> members = entityLinks.stream().filter(e -> e.get("type").equals(type)).toList();
            if (!members.isEmpty()) {
                groups.add(Map.of("type", type, "entities", members));
            }
        }
        entityIndex.put("groups", groups);
        out.write("entities/index.html", page("entities.ftlh", "../", "entities", entityIndex));

        List<Map<String, Object>> years = views.years(archive.chronology());
        String svg = TimelineSvg.draw(archive.chronology(), "Events reported in the archive over time");
        home.put("timelineSvg", svg);
        out.write("index.html", page("index.ftlh", "", "home", home));
        Map<String, Object> chronology = new LinkedHashMap<>();
        chronology.put("years", years);
        chronology.put("timelineSvg", svg);
        chronology.put("paged", archive.chronology().size() > EVENTS_ON_ONE_PAGE);
        out.write("chronology/index.html", page("chronology.ftlh", "../", "chronology", chronology));
        for (Map<String, Object> year : years) {
            out.write("chronology/" + year.get("year") + ".html", page("chronology-year.ftlh", "../", "chronology",
                    Map.of("year", year, "years", years)));
        }
        out.write("data/timeline.json", json.pretty(TimelineJs.of(archive, views)));

        out.write("data/articles.json", json.pretty(articlesData(archive)));
        out.write("data/entities.json", json.pretty(entitiesData(archive)));
        out.write("data/chronology.json", json.pretty(archive.chronology().stream().map(c -> {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("date", c.date().iso());
            v.put("granularity", c.date().granularity().id());
            v.put("text", c.text());
            v.put("articles", c.articles());
            v.put("entities", c.entities());
            v.put("explicit", c.explicit());
            return v;
        }).toList()));
        new SearchIndex().files(archive, views).forEach((path, value) -> out.write(path, json.compact(value)));
        out.write("search/index.html", page("search.ftlh", "../", "search", Map.of()));
        copyAssets(out);
    }

    private String page(String template, String root, String kind, Map<String, Object> model) {
        Map<String, Object> m = new LinkedHashMap<>(model);
        m.put("root", root);
        m.put("pageKind", kind);
        return templates.render(template, m);
    }

    private static List<Map<String, Object>> articlesData(Archive archive) {
        return archive.articles().stream().map(a -> {
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
            v.put("entities", List.copyOf(a.mentionCounts().keySet()));
            return v;
        }).toList();
    }

    private static List<Map<String, Object>> entitiesData(Archive archive) {
        return archive.entities().stream().map((EntityEntry e) -> {
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
        }).toList();
    }

    /** Copies the default theme's assets (listed in {@code assets.txt}), then the maintainer's {@code assets/}. */
    private void copyAssets(SiteWriter out) {
        try (InputStream list = SiteRenderer.class.getResourceAsStream(Templates.THEME + "/assets.txt")) {
            if (list == null) {
                throw new AnnalsException("the default theme has no assets.txt; is annals-site-template on the class path?");
            }
            for (String name : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!name.isBlank()) {
                    try (InputStream in = SiteRenderer.class.getResourceAsStream(Templates.THEME + "/assets/" + name.strip())) {
                        out.write("assets/" + name.strip(), in.readAllBytes());
                    }
                }
            }
            Path own = overrides == null ? null : overrides.resolve("assets");
            if (own != null && Files.isDirectory(own)) {
                try (Stream<Path> files = Files.walk(own)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        out.write("assets/" + own.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                    }
                }
            }
        } catch (IOException e) {
            throw new AnnalsException("cannot copy theme assets: " + e.getMessage(), e);
        }
    }
}
