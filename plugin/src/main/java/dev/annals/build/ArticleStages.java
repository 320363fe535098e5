package dev.annals.build;

import dev.annals.annotate.AnnotatedArticle;
import dev.annals.annotate.Annotator;
import dev.annals.clean.Article;
import dev.annals.clean.Block;
import dev.annals.clean.Cleaner;
import dev.annals.clean.Languages;
import dev.annals.clean.LineStats;
import dev.annals.clean.Rules;
import dev.annals.entity.BuiltInPlaces;
import dev.annals.entity.Discovery;
import dev.annals.entity.Entity;
import dev.annals.entity.EntityMatcher;
import dev.annals.entity.Gazetteer;
import dev.annals.source.Source;
import dev.annals.source.SourceReader;
import dev.annals.time.DateExtractor;
import dev.annals.util.Lazy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The stages that work article by article: read, clean, discovery's scan and annotate. Each reuses what the
 * previous build made of an article (see {@link BuildCache}) when the article's file and the archive-wide
 * evidence the stage reads are unchanged; the archive-wide steps between them (line counts, the lower-case
 * words, the tally of names) are always redone, from cached parts where they are valid. Call {@link #clean},
 * {@link #discover} and {@link #annotate} once each, in that order.
 */
final class ArticleStages {
    private static final BuildMemory.Kind<List<String>> LOWER_WORDS = new BuildMemory.Kind<>();
    private static final BuildMemory.Kind<EntityMatcher> KNOWN = new BuildMemory.Kind<>();
    private static final BuildMemory.Kind<Annotator> ANNOTATOR = new BuildMemory.Kind<>();

    private final BuildConfig config;
    private final BuildCache cache;
    private final Problems problems;
    private final Stopwatch watch;
    /** The articles kept after cleaning, in file order, and what the stages made of each. */
    private List<Slot> slots;
    /** Each annotated article's identity by slug: a hash of everything it is made from (see {@link #digests}). */
    private final java.util.Map<String, String> digests = new java.util.concurrent.ConcurrentHashMap<>();

    ArticleStages(BuildConfig config, BuildCache cache, Problems problems, Stopwatch watch) {
        this.config = config;
        this.cache = cache;
        this.problems = problems;
        this.watch = watch;
    }

    /** One article file as read: its previous entry when its content is unchanged, else its parsed source. */
    private record Read(String file, String hash, String slug, long[] lineKeys, List<Problem> problems,
                        BuildCache.Entry before, Source source) {
        /**
         * Without the source, whose text is not kept past cleaning, nor the previous entry (the slot keeps it
         * only while its results are reused): either would double the memory held.
         */
        Read bare() {
            return new Read(file, hash, slug, lineKeys, problems, null, null);
        }
    }

    /** One kept article and its stages' results so far; {@code before} is set only while they match it. */
    private static final class Slot {
        final Read read;
        final long[] lookups;
        final long[] repeated;
        final Article article;
        final List<Problem> cleanProblems;
        BuildCache.Entry before;
        private String stamp;

        Slot(Read read, long[] lookups, long[] repeated, Article article, List<Problem> cleanProblems,
             BuildCache.Entry before) {
            this.read = read;
            this.lookups = lookups;
            this.repeated = repeated;
            this.article = article;
            this.cleanProblems = cleanProblems;
            this.before = before;
        }

        /** What the cleaned article is made from: the file and the answers of the line counts. */
        String stamp() {
            if (stamp == null) {
                stamp = BuildCache.hash(read.hash() + Arrays.toString(lookups) + Arrays.toString(repeated));
            }
            return stamp;
        }
    }

    /** Reads and cleans every article under {@code root}. */
    List<Article> clean(Path root) {
        List<Read> read = new SourceReader(problems).unique(SourceReader.list(root).parallelStream()
                .map(path -> read(root, path)).filter(Objects::nonNull).toList(), Read::file, Read::slug);
        watch.lap("read");
        LineStats stats = LineStats.ofKeys(read.stream().map(Read::lineKeys).toList());
        Supplier<Cleaner> cleaner = Lazy.of(() -> new Cleaner(Rules.load(config.rules()), new Languages(), stats));
        slots = read.parallelStream().map(r -> {
            BuildCache.Entry before = r.before() != null && r.before().cleanedAsBy(stats) ? r.before() : null;
            if (before != null) {
                problems.addAll(before.cleanProblems());
                return before.article() == null || !keep(before.article()) ? null : new Slot(r.bare(),
                        before.lookups(), before.repeated(), before.article(), before.cleanProblems(), before);
            }
            Problems local = new Problems();
            Set<Long> asked = new HashSet<>();
            Article a = clean(cleaner.get().with(stats.recording(asked)), r.source() != null ? r.source()
                    : reread(root, r), local);
            problems.addAll(local.all());
            long[] lookups = asked.stream().mapToLong(Long::longValue).sorted().toArray();
            long[] repeated = Arrays.stream(lookups).filter(stats::repeated).toArray();
            if (a == null || !keep(a)) { // the annotate stage stores the others
                cache.put(new BuildCache.Entry(r.file(), r.hash(), r.slug(), r.lineKeys(), r.problems(), lookups,
                        repeated, a, local.all(), null, null));
                return null;
            }
            return new Slot(r.bare(), lookups, repeated, a, local.all(), null);
        }).filter(Objects::nonNull).toList();
        cache.retain(read.stream().map(Read::file).collect(Collectors.toSet()));
        watch.lap("clean");
        return slots.stream().map(s -> s.article).toList();
    }

    private Read read(Path root, Path path) {
        Problems local = new Problems();
        SourceReader reader = new SourceReader(local);
        String file = SourceReader.file(root, path);
        byte[] bytes = reader.load(root, path);
        String hash = bytes == null ? null : BuildCache.hash(bytes);
        BuildCache.Entry before = hash == null ? null : cache.get(file);
        Read out;
        if (before != null && before.hash().equals(hash)) {
            out = new Read(file, hash, before.slug(), before.lineKeys(), before.readProblems(), before, null);
        } else {
            Source s = bytes == null ? null : reader.parseOrReport(file, bytes);
            out = s == null ? null : new Read(file, hash, s.slug(), LineStats.keys(s.body()), local.all(), null, s);
        }
        problems.addAll(out == null ? local.all() : out.problems());
        return out;
    }

    /** A cached article's source, read again because the archive's repeated lines changed. */
    private static Source reread(Path root, Read r) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(root.resolve(r.file()));
        } catch (IOException e) {
            bytes = new byte[0];
        }
        if (!BuildCache.hash(bytes).equals(r.hash())) {
            throw new AnnalsException(r.file(), 0, "changed or vanished while the site was being built; build again.");
        }
        return new SourceReader(new Problems()).parse(r.file(), bytes);
    }

    private static Article clean(Cleaner cleaner, Source source, Problems problems) {
        try {
            return cleaner.clean(source, problems);
        } catch (AnnalsException e) {
            problems.add(e.problem());
            return null;
        } catch (RuntimeException e) {
            problems.error(source.file(), 0, "cannot clean: " + e + "; please report this with the file.");
            return null;
        }
    }

    private boolean keep(Article a) {
        if (a.textBlocks().isEmpty()) {
            problems.warn(a.file(), 0, "no article text is left after removing boilerplate, so no page is made; "
                    + "keep blocks with 'keep:' in its front matter if this is wrong.");
            return false;
        }
        return true;
    }

    /** The names {@code known} lacks, found in the cleaned articles. */
    List<Discovery.Candidate> discover(Gazetteer known, List<BuiltInPlaces.Place> places) {
        List<Discovery.Doc> docs = slots.stream().map(s -> new Discovery.Doc(s.article.slug(), s.article.meta().lang(),
                String.join("\n", s.article.textBlocks().stream().map(Block::text).toList()))).toList();
        // the known names are the gazetteer's and the built-in places, both covered by the cache's key; a kept
        // matcher is kept on through builds that scan nothing
        cache.memory().find(KNOWN, "");
        Supplier<EntityMatcher> matcher = () -> cache.memory().get(KNOWN, "", () -> new EntityMatcher(known));
        return new Discovery(places, matcher).find(docs, new Discovery.Scans() {
            @Override
            public Discovery.Scan stored(int doc, Set<String> lowerWords) {
                Slot s = slots.get(doc);
                Discovery.Scan scan = s.before == null ? null : cache.scan(s.read.file(), s.stamp());
                return scan != null && scan.holds(lowerWords) ? scan : null;
            }

            @Override
            public void store(int doc, Discovery.Scan scan) {
                cache.scan(slots.get(doc).read.file(), slots.get(doc).stamp(), scan);
            }

            @Override
            public java.util.Collection<String> lowerWords(int doc, Discovery.Doc d) {
                if (!cache.memory().keeps()) {
                    return Discovery.lowerWords(d);
                }
                Slot s = slots.get(doc); // kept as a list: a set per article would double what the memory holds
                return cache.memory().get(LOWER_WORDS, s.read.file() + "|" + s.stamp(),
                        () -> List.of(Discovery.lowerWords(d).toArray(String[]::new)));
            }
        });
    }

    /**
     * Annotates every article against {@code gazetteer} (the curated entities with {@code discovered}) and keeps
     * in the cache what changed.
     */
    List<AnnotatedArticle> annotate(Gazetteer gazetteer, List<Entity> discovered) {
        String key = BuildCache.hash(discovered.toString());
        cache.memory().find(ANNOTATOR, key); // kept on through builds that annotate nothing
        Supplier<Annotator> annotator = Lazy.of(() -> cache.memory().get(ANNOTATOR, key,
                () -> new Annotator(new EntityMatcher(gazetteer), new DateExtractor())));
        List<AnnotatedArticle> out = slots.parallelStream().map(s -> {
            BuildCache.Entry b = s.before;
            boolean same = b != null && key.equals(b.gazetteer()) && b.annotated() != null;
            s.before = null;
            AnnotatedArticle done = same ? b.annotated() : annotate(annotator.get(), s.article);
            digests.put(done.slug(), BuildCache.hash(s.read.file() + "|" + done.slug() + "|" + s.stamp() + "|" + key));
            if (!same) {
                Read r = s.read;
                cache.put(new BuildCache.Entry(r.file(), r.hash(), r.slug(), r.lineKeys(), r.problems(), s.lookups,
                        s.repeated, s.article, s.cleanProblems, key, done));
            }
            return done;
        }).toList();
        slots = null;
        return out;
    }

    /**
     * The annotated articles' digests by slug, after {@link #annotate}: equal digests mean equal articles within
     * one cache, whose key covers the configuration and code (the file's name, slug and content, the line
     * counts' answers and the discovered entities are the rest), so pages can be fingerprinted without reading
     * the articles through.
     */
    java.util.Map<String, String> digests() {
        return digests;
    }

    private static AnnotatedArticle annotate(Annotator annotator, Article a) {
        try {
            return annotator.annotate(a);
        } catch (RuntimeException e) {
            throw new AnnalsException(a.file(), 0, "cannot annotate: " + e + "; please report this with the file.", e);
        }
    }
}
