package dev.annals.index;

import dev.annals.annotate.AnnotatedArticle;
import dev.annals.annotate.Event;
import dev.annals.annotate.Sentences;
import dev.annals.clean.Block;
import dev.annals.entity.Entity;
import dev.annals.entity.Gazetteer;
import dev.annals.entity.Mention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

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

        Map<String, Map<String, List<MentionContext>>> contexts = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (AnnotatedArticle a : articles) {
            Sentences sentences = new Sentences(a.article().meta().lang());
            for (int i = 0; i < a.annotations().size(); i++) {
                Block block = a.article().blocks().get(i);
                if (!block.kind().isText()) {
                    continue;
                }
                Map<Long, String> sentenceAt = new HashMap<>(); // one copy of a sentence with several mentions
                for (Mention m : a.annotations().get(i).mentions()) {
                    counts.merge(m.entityId(), 1, Integer::sum);
                    contexts.computeIfAbsent(m.entityId(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(a.slug(), k -> new ArrayList<>())
                            .add(context(a.slug(), block.text(), m, sentences, sentenceAt));
                }
            }
        }
        Map<String, java.util.Set<String>> mentioned = new HashMap<>();
        articles.forEach(a -> mentioned.put(a.slug(), a.mentionCounts().keySet()));
        Map<String, List<ChronologyEntry>> eventsOf = new HashMap<>();
        for (ChronologyEntry c : chronology) {
            c.entities().forEach(id -> eventsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(c));
        }
        List<EntityEntry> entries = new ArrayList<>();
        for (Entity e : gazetteer.entities()) {
            if (!counts.containsKey(e.id()) && !listed.contains(e.id())) {
                continue;
            }
            Map<String, List<MentionContext>> byArticle = contexts.getOrDefault(e.id(), Map.of());
            // Filled in archive order, so its keys are the entity's articles newest first.
            List<String> slugs = List.copyOf(byArticle.keySet());
            entries.add(new EntityEntry(e, counts.getOrDefault(e.id(), 0), slugs, byArticle,
                    related(e.id(), mentioned, slugs), eventsOf.getOrDefault(e.id(), List.of())));
        }
        entries.sort(Comparator.comparing((EntityEntry x) -> x.entity().name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(x -> x.entity().id()));
        return new Archive(articles, entries, chronology);
    }

    private static MentionContext context(String slug, String text, Mention m, Sentences sentences,
                                         Map<Long, String> sentenceAt) {
        int[] span = sentences.around(text, m.start());
        String sentence = sentenceAt.computeIfAbsent(((long) span[0] << 32) | span[1],
                k -> text.substring(span[0], span[1]));
        return new MentionContext(slug, sentence, m.start() - span[0], m.end() - span[0]);
    }

    /** Entities that share articles with {@code id}, most shared articles first, then by id. */
    private static List<String> related(String id, Map<String, java.util.Set<String>> mentioned, List<String> slugs) {
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
     * Merges events into chronology entries: events with the same date and the same non-empty set of
     * entities are one entry, whichever articles and languages report them.
     */
    static List<ChronologyEntry> chronology(List<AnnotatedArticle> articles) {
        Map<String, List<Event>> groups = new LinkedHashMap<>();
        for (AnnotatedArticle a : articles) {
            for (Event e : a.events()) {
                String key = e.date().iso() + "|" + e.date().granularity() + "|"
                        + (e.entities().isEmpty() ? e.slug() + "|" + e.text() : String.join(",", e.entities()));
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        List<ChronologyEntry> out = new ArrayList<>();
        for (List<Event> group : groups.values()) {
            Event first = group.get(0);
            List<String> slugs = group.stream().map(Event::slug).distinct().toList();
            TreeSet<String> entities = new TreeSet<>(first.entities());
            out.add(new ChronologyEntry(first.date(), first.text(), slugs, List.copyOf(entities),
                    group.stream().anyMatch(Event::explicit)));
        }
        out.sort(Comparator.comparing(ChronologyEntry::date).thenComparing(ChronologyEntry::text)
                .thenComparing(c -> String.join(",", c.articles())));
        return out;
    }
}
