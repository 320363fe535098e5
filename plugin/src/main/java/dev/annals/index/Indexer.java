package dev.annals.index;

import dev.annals.annotate.AnnotatedArticle;
import dev.annals.annotate.Event;
import dev.annals.annotate.Excerpt;
import dev.annals.clean.Block;
import dev.annals.entity.Gazetteer;
import dev.annals.entity.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the archive's indexes: the one step that sees every article. */
public final class Indexer {
    private static final Comparator<AnnotatedArticle> NEWEST_FIRST = Comparator
            .comparing((AnnotatedArticle a) -> a.article().meta().date(),
                    Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(AnnotatedArticle::slug);

    /**
     * @param listed ids of entities that get a page even when no article mentions them (the curated ones);
     *               the others (built-in countries, discovered names) get one only when mentioned
     */
    public Archive index(List<AnnotatedArticle> annotated, Gazetteer gazetteer, java.util.Set<String> listed) {
        List<AnnotatedArticle> articles = new ArrayList<>(annotated);
        articles.sort(NEWEST_FIRST);
        List<ChronologyEntry> chronology = chronology(articles);

        // each entity's articles in archive order and its count of mentions; the contexts are made for its page
        Map<String, List<String>> articlesOf = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            eachMention(a, (m, block, k) -> {
                counts.merge(m.entityId(), 1, Integer::sum);
                List<String> slugs = articlesOf.computeIfAbsent(m.entityId(), id -> new ArrayList<>());
                if (slugs.isEmpty() || !slugs.get(slugs.size() - 1).equals(a.slug())) {
                    slugs.add(a.slug());
                }
            });
        }
        Map<String, List<String>> mentioned = new HashMap<>();
        articles.forEach(a -> mentioned.put(a.slug(), a.mentioned()));
        Map<String, List<ChronologyEntry>> eventsOf = new HashMap<>();
        for (ChronologyEntry c : chronology) {
            c.entities().forEach(id -> eventsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(c));
        }
        List<EntityEntry> entries = new ArrayList<>(gazetteer.entities().parallelStream()
                .filter(e -> counts.containsKey(e.id()) || listed.contains(e.id())).map(e -> {
                    List<String> slugs = articlesOf.getOrDefault(e.id(), List.of());
                    return new EntityEntry(e, counts.getOrDefault(e.id(), 0), slugs, related(e.id(), mentioned, slugs),
                            eventsOf.getOrDefault(e.id(), List.of()));
                }).toList());
        entries.sort(Comparator.comparing((EntityEntry x) -> x.entity().name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(x -> x.entity().id()));
        return new Archive(articles, entries, chronology);
    }

    /**
     * The contexts of the mentions of {@code entityId} in an article's text and captions, in text order, a sentence
     * naming it twice given once. Made for the entity's page rather than kept in the index: a large archive's
     * contexts took a tenth of its heap.
     */
    public static List<MentionContext> contexts(AnnotatedArticle a, String entityId) {
        List<MentionContext> out = new ArrayList<>();
        eachMention(a, (m, block, k) -> {
            if (m.entityId().equals(entityId)) {
                Excerpt sentence = a.annotations().get(block).context(a.article().blocks().get(block).text(), k);
                if (out.isEmpty() || !out.get(out.size() - 1).excerpt().sameText(sentence)) {
                    out.add(new MentionContext(a.slug(), entityId, sentence, m.start() - sentence.from(),
                            m.end() - sentence.from()));
                }
            }
        });
        return out;
    }

    private interface MentionVisitor {
        void visit(Mention m, int block, int k);
    }

    /** Visits every mention in an article's text and captions, in text order: mention {@code k} of {@code block}. */
    private static void eachMention(AnnotatedArticle a, MentionVisitor visitor) {
        for (int i = 0; i < a.annotations().size(); i++) {
            Block block = a.article().blocks().get(i);
            if (block.kind().isText() || block.kind() == dev.annals.clean.BlockKind.CAPTION) {
                List<Mention> mentions = a.annotations().get(i).mentions();
                for (int k = 0; k < mentions.size(); k++) {
                    visitor.visit(mentions.get(k), i, k);
                }
            }
        }
    }

    /** Entities that share articles with {@code id}, most shared articles first, then by id. */
    private static List<String> related(String id, Map<String, List<String>> mentioned, List<String> slugs) {
        Map<String, Integer> shared = new HashMap<>();
        for (String slug : slugs) {
            mentioned.get(slug).stream().filter(other -> !other.equals(id))
                    .forEach(other -> shared.merge(other, 1, Integer::sum));
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(12).map(Map.Entry::getKey).toList();
    }

    /**
     * Merges events into chronology entries, whichever articles and languages report them: events on the
     * same day that share an entity are one entry (transitively); events known only to a month, year or
     * decade merge only when their entities are the same. Events without entities stay apart.
     */
    static List<ChronologyEntry> chronology(List<AnnotatedArticle> articles) {
        Map<String, List<Event>> byDate = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            for (Event e : a.events()) {
                byDate.computeIfAbsent(e.date().iso() + "|" + e.date().granularity(), k -> new ArrayList<>()).add(e);
            }
        }
        List<ChronologyEntry> out = new ArrayList<>();
        for (List<Event> sameDate : byDate.values()) {
            for (List<Event> group : groups(sameDate)) {
                Event first = group.get(0);
                out.add(group.size() == 1 ? new ChronologyEntry(first.date(), first.sentence(),
                        List.of(first.slug()), sortedDistinct(first.entities()), first.explicit())
                        : new ChronologyEntry(first.date(), first.sentence(),
                        group.stream().map(Event::slug).distinct().toList(),
                        group.stream().flatMap(e -> e.entities().stream()).distinct().sorted().toList(),
                        group.stream().anyMatch(Event::explicit)));
            }
        }
        out.sort(Indexer::chronologically);
        return out;
    }

    /** {@code ids} sorted without repeats; themselves when they already are (most events' are). */
    private static List<String> sortedDistinct(List<String> ids) {
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i - 1).compareTo(ids.get(i)) >= 0) {
                return ids.stream().distinct().sorted().toList();
            }
        }
        return ids;
    }

    /** By date, sentence, then articles; one method rather than a chain of comparators: it sorts every event. */
    private static int chronologically(ChronologyEntry a, ChronologyEntry b) {
        int c = a.date().compareTo(b.date());
        c = c != 0 ? c : a.sentence().compareTo(b.sentence());
        return c != 0 ? c : String.join(",", a.articles()).compareTo(String.join(",", b.articles()));
    }

    /** Events of one date in groups that report the same event, each group in archive order. */
    private static List<List<Event>> groups(List<Event> events) {
        int[] parent = new int[events.size()];
        Map<String, Integer> owner = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            parent[i] = i;
            Event e = events.get(i);
            List<String> keys = e.entities().isEmpty() ? List.of("#" + i)
                    : e.date().granularity() == dev.annals.time.Granularity.DAY ? e.entities()
                    : List.of(String.join(",", e.entities()));
            for (String key : keys) {
                Integer j = owner.putIfAbsent(key, i);
                if (j != null) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Event>> groups = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(events.get(i));
        }
        return new ArrayList<>(groups.values()); // in order of each group's first event
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
