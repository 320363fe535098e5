package dev.annals.render;

import dev.annals.annotate.AnnotatedArticle;
import dev.annals.build.BuildMemory;
import dev.annals.clean.Block;
import dev.annals.clean.Languages;
import dev.annals.index.Archive;
import dev.annals.index.EntityEntry;
import dev.annals.util.Text;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * A static search index, sharded so a query downloads little: {@code search/terms/XX.json} holds the
 * postings of the terms whose folded form starts with {@code XX}, each term's best {@value #POSTINGS}
 * documents; {@code search/docs/N.json} holds {@value #DOCS_PER_CHUNK} documents' title, date, language,
 * URL and snippet. Terms are folded to lower case without diacritics, exactly as {@code assets/search.js}
 * folds queries. Entity names count as terms of every article that mentions the entity, so a query in one
 * spelling finds articles written in another.
 */
final class SearchIndex {
    static final int POSTINGS = 100;
    static final int DOCS_PER_CHUNK = 25;
    /** Articles whose terms are counted at once. */
    private static final int CHUNK = 1000;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Kept on disk too: working out every article's terms again was a seventh of a rebuild in a new process. */
    private static final BuildMemory.Kind<Counted> COUNTED = BuildMemory.Kind.onDisk("terms", new Counted.Codec());

    private final java.util.Set<String> stopwords;
    /** Non-ASCII characters without their marks, by code point, as {@link #fold} meets them. */
    private final Map<Integer, String> stripped = new java.util.concurrent.ConcurrentHashMap<>();

    SearchIndex() {
        // Only English: folded Vietnamese stopwords would swallow names ("bà" folds to the "Ba" of "Ba Lan").
        stopwords = new Languages().stopwords("en");
    }

    /**
     * Folds as search.js does: NFD, combining marks removed, đ to d, lower case. Each character is decomposed on
     * its own, once per build ({@link #stripped}): the same as the whole text's NFD once the marks, the only
     * characters that NFD reorders, are gone.
     */
    String fold(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (c >= 0x80 && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null && c < 0x80) {
                sb.append((char) c);
            } else if (sb != null) {
                sb.append(stripped.computeIfAbsent(c, SearchIndex::strip));
            }
            i += Character.charCount(c);
        }
        return (sb == null ? s : sb.toString()).toLowerCase(Locale.ROOT);
    }

    private static String strip(int c) {
        return MARKS.matcher(Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
    }

    /**
     * Gives {@code file} each file to write, by site-relative path, as a JSON-ready value: each chunk of documents
     * as soon as it is complete (held until the end, a large archive's documents take tens of megabytes), then the
     * terms. Each article's terms are taken from {@code memory} under its digest when kept there.
     */
    void write(Archive archive, Views views, BuildMemory memory, BiConsumer<String, Object> file) {
        Docs docs = new Docs(file);
        Map<String, Postings> postings = new HashMap<>();
        Map<String, EntityEntry> entities = new HashMap<>();
        archive.entities().forEach(e -> entities.put(e.entity().id(), e));
        List<AnnotatedArticle> articles = archive.articles();
        // each named entity's terms, counted once: every article naming it adds them
        Map<String, Map<String, Integer>> formTerms = new java.util.concurrent.ConcurrentHashMap<>();
        for (int from = 0; from < articles.size(); from += CHUNK) {
            // Terms are counted per article in parallel, a chunk at a time (all at once would hold every article's
            // terms), and added to the postings in article order.
            List<Counted> terms = articles.subList(from, Math.min(articles.size(), from + CHUNK))
                    .parallelStream().map(a -> memory.get(COUNTED, views.digest(a.slug()), () -> {
                        Map<String, Integer> weights = new HashMap<>();
                        String body = String.join(" ", a.article().textBlocks().stream().map(Block::text).toList());
                        add(weights, a.article().meta().title(), 5);
                        add(weights, body, 1);
                        a.mentioned().forEach(eid -> formTerms.computeIfAbsent(eid, id -> {
                            Map<String, Integer> counts = new HashMap<>();
                            entities.get(id).entity().forms().forEach(f -> add(counts, f, 1));
                            return counts;
                        }).forEach((term, count) -> weights.merge(term, 2 * count, Integer::sum)));
                        return Counted.of(weights, snippet(body));
                    })).toList();
            for (int k = 0; k < terms.size(); k++) {
                AnnotatedArticle a = articles.get(from + k);
                int id = docs.size();
                Map<String, Object> link = views.articleLink(a.slug());
                Map<String, Object> doc = new Part(() -> "doc " + views.digest(a.slug())); // the article makes it
                doc.putAll(doc((String) link.get("language"), (String) link.get("title"), (String) link.get("dateText"),
                        a.article().meta().lang(), (String) link.get("url"), terms.get(k).snippet()));
                docs.add(doc);
                Counted counted = terms.get(k);
                for (int t = 0; t < counted.terms().length; t++) {
                    postings.computeIfAbsent(counted.terms()[t], x -> new Postings()).add(id, counted.weights()[t]);
                }
            }
        }
        for (EntityEntry e : archive.entities()) {
            int id = docs.size();
            String description = e.entity().description() == null ? String.join(", ", e.entity().forms())
                    : e.entity().description();
            docs.add(doc("", e.entity().name(), "", "", Views.entityUrl(e.entity().id()), description));
            Map<String, Integer> weights = new HashMap<>();
            e.entity().forms().forEach(f -> add(weights, f, 20));
            weights.forEach((term, weight) -> postings.computeIfAbsent(term, t -> new Postings()).add(id, weight));
        }
        docs.flush();
        Map<String, Map<String, List<int[]>>> shards = new TreeMap<>();
        postings.forEach((term, byDoc) -> shards.computeIfAbsent(shard(term), s -> new TreeMap<>())
                .put(term, byDoc.best(POSTINGS)));
        postings.clear();
        shards.forEach((shard, terms) -> file.accept("search/terms/" + shard + ".json", terms));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("docs", docs.size());
        meta.put("docsPerChunk", DOCS_PER_CHUNK);
        meta.put("shards", List.copyOf(shards.keySet()));
        file.accept("search/meta.json", meta);
    }

    /** The documents, numbered as added, given out {@value #DOCS_PER_CHUNK} at a time as files. */
    private static final class Docs {
        private final BiConsumer<String, Object> file;
        private List<Map<String, Object>> chunk = new ArrayList<>();
        private int size;

        Docs(BiConsumer<String, Object> file) {
            this.file = file;
        }

        int size() {
            return size;
        }

        void add(Map<String, Object> doc) {
            chunk.add(doc);
            if (++size % DOCS_PER_CHUNK == 0) {
                flush();
            }
        }

        void flush() {
            if (!chunk.isEmpty()) {
                file.accept("search/docs/" + (size - 1) / DOCS_PER_CHUNK + ".json", chunk);
                chunk = new ArrayList<>();
            }
        }
    }

    /** The shard of a term: its first two characters, or the first and {@code _}; non-ASCII as hex. */
    static String shard(String term) {
        StringBuilder sb = new StringBuilder();
        term.codePoints().limit(2).forEach(c -> sb.append(c < 128 && Character.isLetterOrDigit(c)
                ? String.valueOf((char) c) : "u" + Integer.toHexString(c)));
        return term.codePointCount(0, term.length()) == 1 ? sb + "_" : sb.toString();
    }

    /** An article's terms with their weights, and the start of its text. */
    record Counted(String[] terms, int[] weights, String snippet) {
        /** As arrays: a map of boxed counts per article would double what the build's memory keeps of them. */
        static Counted of(Map<String, Integer> weights, String snippet) {
            String[] terms = new String[weights.size()];
            int[] counts = new int[terms.length];
            int i = 0;
            for (Map.Entry<String, Integer> e : weights.entrySet()) {
                terms[i] = e.getKey();
                counts[i++] = e.getValue();
            }
            return new Counted(terms, counts, snippet);
        }

        /**
         * The counts, the weights, then the snippet and the terms as UTF-16 (every string as it is), the terms
         * NUL-separated.
         */
        static final class Codec implements BuildMemory.Codec<Counted> {
            @Override
            public byte[] write(Counted c) {
                String terms = String.join("\0", c.terms());
                java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(12 + 4 * c.weights().length
                        + 2 * (c.snippet().length() + terms.length()));
                b.putInt(c.weights().length).putInt(c.snippet().length()).putInt(terms.length());
                b.asIntBuffer().put(c.weights());
                b.position(b.position() + 4 * c.weights().length);
                b.asCharBuffer().put(c.snippet()).put(terms);
                return b.array();
            }

            @Override
            public Counted read(byte[] bytes) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
                int count = b.getInt();
                int snippetLength = b.getInt();
                int termsLength = b.getInt();
                if (count < 0 || snippetLength < 0 || termsLength < 0
                        || b.remaining() != 4L * count + 2L * snippetLength + 2L * termsLength) {
                    throw new IllegalArgumentException("not a search index entry"); // and no array made of its size
                }
                int[] weights = new int[count];
                b.asIntBuffer().get(weights);
                b.position(b.position() + 4 * count);
                char[] chars = new char[snippetLength + termsLength];
                b.asCharBuffer().get(chars);
                String[] terms = count == 0 ? new String[0]
                        : new String(chars, snippetLength, termsLength).split("\0", -1);
                if (terms.length != count) {
                    throw new IllegalArgumentException("not a search index entry");
                }
                return new Counted(terms, weights, new String(chars, 0, snippetLength));
            }
        }
    }

    /**
     * Adds {@code weight} to each term of {@code text} in {@code weights}, once per occurrence: terms are the runs
     * of letters and digits, as search.js splits queries (a loop rather than a regular expression: this runs
     * over every article's text).
     */
    private void add(Map<String, Integer> weights, String text, int weight) {
        String folded = fold(text);
        int start = -1;
        for (int i = 0; i <= folded.length(); ) {
            int c = i < folded.length() ? folded.codePointAt(i) : ' ';
            if (Text.isLetterOrDigit(c)) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                String t = folded.substring(start, i);
                if (!stopwords.contains(t)) {
                    weights.merge(t, weight, Integer::sum);
                }
                start = -1;
            }
            i += i < folded.length() ? Character.charCount(c) : 1;
        }
    }

    /**
     * A term's documents and weights as pairs in one int array: documents are added in increasing order, so a
     * weight for the last document is merged in place. Much smaller than a map of boxed integers per term.
     */
    static final class Postings {
        private int[] pairs = new int[4];
        private int size;

        void add(int doc, int weight) {
            if (size > 0 && pairs[size - 2] == doc) {
                pairs[size - 1] += weight;
                return;
            }
            if (size == pairs.length) {
                pairs = java.util.Arrays.copyOf(pairs, size * 2);
            }
            pairs[size++] = doc;
            pairs[size++] = weight;
        }

        /** The {@code limit} heaviest documents as {@code [doc, weight]}, heaviest first, then by document. */
        List<int[]> best(int limit) {
            List<int[]> all = new ArrayList<>(size / 2);
            for (int i = 0; i < size; i += 2) {
                all.add(new int[] {pairs[i], pairs[i + 1]});
            }
            all.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
            return List.copyOf(all.subList(0, Math.min(limit, all.size())));
        }
    }

    /** A result: {@code n} is the article's language in the site's words, empty for an entity. */
    private static Map<String, Object> doc(String language, String title, String date, String lang, String url,
                                           String snippet) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("n", language);
        d.put("t", title);
        d.put("d", date);
        d.put("l", lang);
        d.put("u", url);
        d.put("s", snippet);
        return d;
    }

    private static String snippet(String text) {
        return text.length() <= 200 ? text : text.substring(0, text.lastIndexOf(' ', 200) > 0 ? text.lastIndexOf(' ', 200) : 200) + "…";
    }

}
