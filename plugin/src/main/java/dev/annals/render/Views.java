package dev.annals.render;

import com.fasterxml.jackson.core.SerializableString;
import dev.annals.annotate.AnnotatedArticle;
import dev.annals.annotate.BlockAnnotations;
import dev.annals.build.BuildMemory;
import dev.annals.clean.Article;
import dev.annals.clean.Block;
import dev.annals.clean.BlockKind;
import dev.annals.clean.Meta;
import dev.annals.entity.Entity;
import dev.annals.index.Archive;
import dev.annals.index.ChronologyEntry;
import dev.annals.index.EntityEntry;
import dev.annals.index.Indexer;
import dev.annals.index.MentionContext;
import dev.annals.util.Lazy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Turns the archive into the plain maps and lists the templates read; pages sit one folder below the root. */
final class Views {
    private final Archive archive;
    private final Map<String, AnnotatedArticle> articles;
    private final Map<String, EntityEntry> entities = new LinkedHashMap<>();
    /** Chronology entries by the slugs of the articles that report them, in chronology order. */
    private final Map<String, List<ChronologyEntry>> eventsOf = new java.util.HashMap<>();
    private final Json json;
    private final Dates dates;
    private final Locale siteLocale;

    private final Messages messages;
    /** Each article's digest by slug: the key of the values made from it. */
    private final Function<String, String> digests;
    /** Each chronology entry's place in the chronology, and the digests of their models by place, once made. */
    private final Map<ChronologyEntry, Integer> eventIndex = new java.util.IdentityHashMap<>();
    private final java.util.concurrent.atomic.AtomicReferenceArray<String> eventDigests;
    private final BuildMemory memory;
    /** Entity links by id, each made once; never changed after (copy one to add to it). Without counts: refs. */
    private final Map<String, Map<String, Object>> links = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> refs = new java.util.concurrent.ConcurrentHashMap<>();
    /** Language names by code, as worked out once (a locale's display name is slow to get). */
    private final Map<String, String> languages = new java.util.concurrent.ConcurrentHashMap<>();

    Views(Archive archive, Json json, String siteLang, Messages messages, Function<String, String> digests,
          BuildMemory memory) {
        this.memory = memory;
        this.messages = messages;
        this.digests = digests;
        this.archive = archive;
        this.articles = archive.articlesBySlug();
        archive.entities().forEach(e -> entities.put(e.entity().id(), e));
        for (ChronologyEntry c : archive.chronology()) {
            eventIndex.put(c, eventIndex.size());
            c.articles().forEach(slug -> eventsOf.computeIfAbsent(slug, k -> new ArrayList<>()).add(c));
        }
        this.eventDigests = new java.util.concurrent.atomic.AtomicReferenceArray<>(eventIndex.size());
        this.json = json;
        this.dates = new Dates(siteLang);
        this.siteLocale = Locale.forLanguageTag(siteLang);
    }

    static String articleUrl(String slug) {
        return "articles/" + slug + ".html";
    }

    static String entityUrl(String id) {
        return "entities/" + id + ".html";
    }

    /** The name of language {@code lang} in the site's language. */
    String language(String lang) {
        return languages.computeIfAbsent(lang, l -> {
            String name = Locale.forLanguageTag(l).getDisplayLanguage(siteLocale);
            return name.isEmpty() ? l : name.substring(0, 1).toUpperCase(siteLocale) + name.substring(1);
        });
    }

    /** The digest of article {@code slug}, which changes whenever the article does. */
    String digest(String slug) {
        return digests.apply(slug);
    }

    Map<String, Object> articleLink(String slug) {
        Meta m = articles.get(slug).article().meta();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("slug", slug);
        v.put("url", articleUrl(slug));
        v.put("title", m.title());
        v.put("date", m.date() == null ? "" : m.date().toString());
        v.put("dateText", dates.display(m.date()));
        v.put("lang", m.lang());
        v.put("language", language(m.lang()));
        v.put("source", m.source() == null ? "" : m.source());
        v.put("summary", m.summary() == null ? "" : m.summary());
        return v;
    }

    /** {@link #link}'s value for each entity, made once per build: events and pages link to the same few. */
    Map<String, Object> entityLink(String id) {
        return links.computeIfAbsent(id, this::link);
    }

    private Map<String, Object> link(String id) {
        Entity e = entities.get(id).entity();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", id);
        v.put("url", entityUrl(id));
        v.put("name", e.name());
        v.put("type", e.type().id());
        v.put("count", entities.get(id).mentionCount());
        return part(v);
    }

    /** {@code v} as a {@link Part} fingerprinted once: entity links show in thousands of page keys. */
    private static Part part(Map<String, Object> v) {
        Part p = new Part(Lazy.of(() -> Fingerprint.of(v)));
        p.putAll(v);
        return p;
    }

    /**
     * What {@link #article} makes the page of {@code a} from, so that it need not be made to be fingerprinted: the
     * article, the entities it links to, its events and its translations (the site's language is the build's).
     */
    Object articleKey(AnnotatedArticle a) {
        return List.of(digest(a.slug()), a.mentioned().stream()
                        .map(id -> entities.containsKey(id) ? entityLink(id) : id).toList(),
                eventsOf.getOrDefault(a.slug(), List.of()).stream().map(this::eventDigest).toList(),
                a.article().meta().translations().values().stream().sorted().map(slug -> articles.containsKey(slug)
                        ? digest(slug) : "").toList());
    }

    Map<String, Object> article(AnnotatedArticle a) {
        Article article = a.article();
        Meta m = article.meta();
        Map<String, Object> v = articleLink(a.slug());
        v.put("url", m.url() == null ? "" : m.url());
        v.put("author", nz(m.author()));
        v.put("translator", nz(m.translator()));
        v.put("origin", nz(m.origin()));
        v.put("contributors", m.contributors());
        v.put("bodyHtml", body(a));
        v.put("captions", captions(a));
        v.put("entities", a.mentioned().stream().map(this::entityLink)
                .sorted((x, y) -> Integer.compare((int) y.get("count"), (int) x.get("count"))).toList());
        List<Map<String, Object>> translations = new ArrayList<>();
        m.translations().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(t -> {
            if (articles.containsKey(t.getValue())) {
                Map<String, Object> link = articleLink(t.getValue());
                translations.add(link);
            }
        });
        v.put("translations", translations);
        v.put("events", eventsOf.getOrDefault(a.slug(), List.of()).stream().map(this::event).toList());
        v.put("jsonLd", json.compact(articleJsonLd(a)));
        return v;
    }

    /** The article's captions with their credits. */
    private List<Map<String, Object>> captions(AnnotatedArticle a) {
        Article article = a.article();
        List<Map<String, Object>> captions = new ArrayList<>();
        for (int i = 0; i < article.blocks().size(); i++) {
            Block b = article.blocks().get(i);
            if (b.kind() == BlockKind.CAPTION) {
                String text = b.detail() != null && b.text().endsWith(b.detail())
                        ? b.text().substring(0, b.text().length() - b.detail().length()).strip() : b.text();
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("html", Inline.html(b.text(), 0, text.length(), spans(a.annotations().get(i))));
                c.put("credit", nz(b.detail()));
                captions.add(c);
            }
        }
        return captions;
    }

    private Map<String, Object> articleJsonLd(AnnotatedArticle a) {
        Meta m = a.article().meta();
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("headline", m.title());
        if (m.date() != null) {
            ld.put("datePublished", m.date().toString());
        }
        ld.put("inLanguage", m.lang());
        if (m.author() != null) {
            ld.put("author", Json.object("@type", "Person", "name", m.author()));
        }
        if (m.source() != null) {
            ld.put("publisher", Json.object("@type", "Organization", "name", m.source()));
        }
        if (m.translator() != null) {
            ld.put("translator", Json.object("@type", "Person", "name", m.translator()));
        }
        ld.put("mentions", a.mentioned().stream().map(id -> {
            Entity e = entities.get(id).entity();
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("@type", e.type().schemaType());
            x.put("name", e.name());
            x.put("url", "../" + entityUrl(id));
            return x;
        }).toList());
        return ld;
    }

    private List<Inline.Span> spans(BlockAnnotations a) {
        Function<String, String> url = id -> "../" + entityUrl(id);
        Function<String, String> type = id -> entities.containsKey(id) ? entities.get(id).entity().type().id() : "other";
        return Inline.spans(a, url, type);
    }

    /** The article text as HTML: headings, paragraphs and transcript turns, annotations applied. */
    private String body(AnnotatedArticle a) {
        StringBuilder sb = new StringBuilder();
        boolean inTranscript = false;
        List<Block> blocks = a.article().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.kind().isText()) {
                continue;
            }
            if (b.kind() == BlockKind.TRANSCRIPT != inTranscript) {
                sb.append(inTranscript ? "</div>\n" : "<div class=\"transcript\">\n");
                inTranscript = !inTranscript;
            }
            List<Inline.Span> spans = spans(a.annotations().get(i));
            String text = b.text();
            if (b.html() != null) {
                Element element = Jsoup.parseBodyFragment(b.html()).body().child(0);
                sb.append(Inline.html(element, spans));
            } else if (b.kind() == BlockKind.HEADING) {
                sb.append("<h2>").append(Inline.html(text, 0, text.length(), spans)).append("</h2>");
            } else if (b.kind() == BlockKind.TRANSCRIPT && !b.detail().isEmpty()) {
                int colon = b.detail().length();
                sb.append("<p class=\"turn\"><span class=\"speaker\">")
                        .append(Inline.html(text, 0, colon, spans)).append("</span>")
                        .append(Inline.html(text, colon, text.length(), spans)).append("</p>");
            } else {
                sb.append(b.kind() == BlockKind.TRANSCRIPT ? "<p class=\"turn\">" : "<p>").append(Inline.html(text, 0, text.length(), spans)).append("</p>");
            }
            sb.append('\n');
        }
        if (inTranscript) {
            sb.append("</div>\n");
        }
        return sb.toString();
    }

    /**
     * The digest of {@link #event}'s model of {@code c} and of its entities' ids (which the data files list), worked
     * out once per build: events show on several pages.
     */
    String eventDigest(ChronologyEntry c) {
        int i = eventIndex.get(c);
        String d = eventDigests.get(i);
        if (d == null) {
            // what event(c) is made of: the entry, its articles and its entities' links
            d = Fingerprint.of(c.date().iso(), c.date().granularity(), c.text(), c.explicit(),
                    c.articles().stream().map(this::digest).toList(), c.entities(), eventEntities(c));
            eventDigests.set(i, d);
        }
        return d;
    }

    /**
     * {@code value}, a part of a data file made of event {@code c}; or where the build's memory keeps values, its
     * JSON text nested {@code depth} levels deep, kept under the event's digest for the next build to write without
     * making it.
     */
    Object eventJson(BuildMemory.Kind<SerializableString> kind, ChronologyEntry c, int depth, Supplier<Object> value) {
        return !memory.keeps() ? value.get() : memory.get(kind, eventDigest(c), () -> json.nested(value.get(), depth));
    }

    /** {@code value}, or where the build's memory keeps values, its JSON text nested {@code depth} levels deep. */
    Object nested(Object value, int depth) {
        return memory.keeps() ? json.nested(value, depth) : value;
    }

    /** Whether data files made with {@link #eventJson} and {@link #nested} have their strings in JSON text. */
    boolean nestsJson() {
        return memory.keeps();
    }

    Map<String, Object> event(ChronologyEntry c) {
        Map<String, Object> v = new Part(() -> eventDigest(c));
        v.put("date", c.date().iso());
        v.put("dateText", dates.display(c.date()));
        v.put("granularity", c.date().granularity().id());
        v.put("text", c.text());
        v.put("lang", articles.get(c.articles().get(0)).article().meta().lang());
        v.put("explicit", c.explicit());
        v.put("articles", c.articles().stream().map(this::articleLink).toList());
        v.put("entities", eventEntities(c));
        return v;
    }

    /**
     * The links of an event's entities, without their counts: an event shows none, and a count that changes with
     * an edit elsewhere would make every page listing one of the entity's events new.
     */
    private List<Map<String, Object>> eventEntities(ChronologyEntry c) {
        return c.entities().stream().filter(entities::containsKey).map(id -> refs.computeIfAbsent(id, k -> {
            Map<String, Object> v = new LinkedHashMap<>(entityLink(k));
            v.remove("count");
            return part(v);
        })).toList();
    }

    /**
     * What {@link #entity} makes the page of {@code e} from: the entity, its count, its articles (their contexts
     * come from them), its related entities and its events.
     */
    Object entityKey(EntityEntry e) {
        return List.of(e.entity(), e.mentionCount(), e.articles().stream().map(this::digest).toList(),
                e.related().stream().filter(entities::containsKey).map(this::entityLink).toList(),
                e.events().stream().map(this::eventDigest).toList());
    }

    Map<String, Object> entity(EntityEntry e) {
        Entity entity = e.entity();
        Map<String, Object> v = new LinkedHashMap<>(entityLink(entity.id()));
        v.put("description", nz(entity.description()));
        v.put("discovered", entity.discovered());
        v.put("wikidata", nz(entity.wikidata()));
        v.put("typeName", entity.type().schemaType());
        List<Map<String, Object>> names = new ArrayList<>();
        entity.names().forEach((lang, name) -> names.add(Map.of("lang", lang, "language", language(lang), "name", name)));
        v.put("names", names);
        v.put("aliases", entity.aliases());
        v.put("articles", mentions(e));
        v.put("related", e.related().stream().filter(entities::containsKey).map(this::entityLink).toList());
        v.put("events", e.events().stream().map(this::event).toList());
        v.put("timelineSvg", TimelineSvg.draw(e.events(), messages.get("entity.timeline.caption", entity.name()),
                n -> messages.get("chart.events", n)));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", entity.type().schemaType());
        ld.put("name", entity.name());
        ld.put("alternateName", entity.forms().stream().filter(f -> !f.equals(entity.name())).toList());
        if (entity.description() != null) {
            ld.put("description", entity.description());
        }
        if (entity.wikidata() != null) {
            ld.put("sameAs", "https://www.wikidata.org/wiki/" + entity.wikidata());
        }
        v.put("jsonLd", json.compact(ld));
        return v;
    }

    /** The entity's articles, newest first, each with the contexts of the entity's mentions in it. */
    private List<Map<String, Object>> mentions(EntityEntry e) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String slug : e.articles()) {
            Map<String, Object> link = articleLink(slug);
            List<Map<String, Object>> contexts = new ArrayList<>();
            for (MentionContext c : Indexer.contexts(articles.get(slug), e.entity().id())) {
                contexts.add(Map.of("before", c.sentence().substring(0, c.start()),
                        "mention", c.sentence().substring(c.start(), c.end()),
                        "after", c.sentence().substring(c.end())));
            }
            link.put("contexts", contexts);
            list.add(link);
        }
        return list;
    }

    /** Chronology entries grouped by year, in year order, each year's by month and then date. */
    static List<List<ChronologyEntry>> byYear(List<ChronologyEntry> entries) {
        List<List<ChronologyEntry>> out = new ArrayList<>();
        // by date, which orders by year and month first
        for (ChronologyEntry c : entries.stream().sorted((a, b) -> a.date().compareTo(b.date())).toList()) {
            if (out.isEmpty() || out.get(out.size() - 1).get(0).date().year() != c.date().year()) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(c);
        }
        return out;
    }

    /** A year's number and count of entries: what links to its page need. */
    static Map<String, Object> yearLink(List<ChronologyEntry> year) {
        return Map.of("year", year.get(0).date().year(), "count", year.size());
    }

    /**
     * One year of {@link #byYear}, its entries by month (events known only to the year come first). Made a year
     * at a time: the whole chronology's models would take more memory than the rest of a large archive.
     */
    Map<String, Object> year(List<ChronologyEntry> year) {
        Map<String, List<Map<String, Object>>> months = new LinkedHashMap<>();
        for (ChronologyEntry c : year) {
            String month = c.date().month() == 0 ? dates.display(c.date())
                    : dates.display(dev.annals.time.PartialDate.month(c.date().year(), c.date().month()));
            months.computeIfAbsent(month, m -> new ArrayList<>()).add(event(c));
        }
        List<Map<String, Object>> list = new ArrayList<>();
        months.forEach((label, events) -> list.add(Map.of("label", label, "events", events)));
        return Map.of("year", year.get(0).date().year(), "count", year.size(), "months", list);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
