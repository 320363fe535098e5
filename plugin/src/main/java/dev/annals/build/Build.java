package dev.annals.build;

import dev.annals.annotate.AnnotatedArticle;
import dev.annals.entity.BuiltInPlaces;
import dev.annals.entity.Discovery;
import dev.annals.entity.Entity;
import dev.annals.entity.Gazetteer;
import dev.annals.index.Archive;
import dev.annals.index.Indexer;
import dev.annals.render.ReportRenderer;
import dev.annals.render.SiteRenderer;
import dev.annals.render.SiteWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The pipeline: read, clean, annotate, index, render. The site is written to a folder beside the output
 * and swapped in (or, when the build cache let it keep pages of the previous site, its new files moved in) only
 * when complete, so a failed build leaves the previous site as it was.
 */
public final class Build {
    private final BuildConfig config;
    private final BuildMemory memory;

    /** The code a build's output depends on besides its inputs: this plugin, its theme and libraries. */
    private static final List<Class<?>> CODE = List.of(Build.class, freemarker.template.Configuration.class,
            com.vladsch.flexmark.parser.Parser.class, com.ibm.icu.text.BreakIterator.class, org.jsoup.Jsoup.class,
            org.yaml.snakeyaml.Yaml.class, com.fasterxml.jackson.core.JsonFactory.class);

    public Build(BuildConfig config) {
        this(config, BuildMemory.forOneBuild());
    }

    /** A build that keeps in {@code memory} what the next build in this process can take instead of reading. */
    public Build(BuildConfig config, BuildMemory memory) {
        this.config = config;
        this.memory = memory;
    }

    /**
     * The result of a successful build.
     *
     * @param suggestions names found in the text that got no page (in one article, not defined there)
     */
    public record Result(Archive archive, List<Problem> problems, List<Discovery.Candidate> suggestions) {
        public Summary summary() {
            return new Summary(archive.articles().size(), archive.entities().size(), archive.chronology().size(),
                    problems);
        }
    }

    /** What a build reports: how many articles, entities and chronology entries it wrote, and its problems. */
    public record Summary(int articles, int entities, int events, List<Problem> problems) {
    }

    public Result run() {
        Stopwatch watch = new Stopwatch(Boolean.getBoolean("annals.timings"));
        Path source = config.source().toAbsolutePath().normalize();
        Path output = config.output().toAbsolutePath().normalize();
        if (!Files.isDirectory(source)) {
            throw new AnnalsException("source folder " + source + " does not exist; set 'source' (annals.source).");
        }
        OutputGuard.check(output, source, config);
        Path cacheDir = config.cache() == null ? null : config.cache().toAbsolutePath().normalize();
        if (cacheDir != null && cacheDir.startsWith(output)) {
            throw new AnnalsException("the build cache " + cacheDir + " lies in the output folder " + output
                    + ", which each build replaces; set 'cache' (annals.cache) to a folder outside it.");
        }
        try (BuildCache cache = cacheDir == null ? BuildCache.NONE
                : BuildCache.open(cacheDir, BuildCache.key(config, CODE), memory)) {
            Result result = run(cache, source, output, watch);
            cache.memory().end();
            return result;
        }
    }

    /** The gazetteer's entities, parsed or as the cache keeps them (the file's content is part of its key). */
    private Gazetteer curated(BuildCache cache) {
        if (config.entities() == null || !Files.isRegularFile(config.entities())) {
            return Gazetteer.empty();
        }
        List<Entity> kept = cache.curated();
        if (kept != null) {
            return new Gazetteer(kept);
        }
        Gazetteer parsed = Gazetteer.load(config.entities());
        cache.curated(List.copyOf(parsed.entities()));
        return parsed;
    }

    private Result run(BuildCache cache, Path source, Path output, Stopwatch watch) {
        Problems problems = new Problems();
        ArticleStages stages = new ArticleStages(config, cache, problems, watch);
        Gazetteer curated = curated(cache); // first: a broken gazetteer is reported before the long stages run
        stages.clean(source);
        List<BuiltInPlaces.Place> places = BuiltInPlaces.all();
        if (problems.hasErrors() && config.failOnError()) {
            throw new AnnalsException(problems.all().stream().filter(Problem::isError).map(Problem::toString)
                    .reduce((a, b) -> a + "\n" + b).orElse("") + "\n(set failOnError=false to skip such articles)");
        }
        Gazetteer known = curated.withBuiltIns(places);
        List<Discovery.Candidate> candidates = stages.discover(known, places);
        List<Entity> discovered = Discovery.entities(candidates).stream()
                .filter(e -> known.get(e.id()).isEmpty()).toList();
        watch.lap("discover");
        Gazetteer gazetteer = new Gazetteer(Stream.concat(curated.entities().stream(), discovered.stream()).toList())
                .withBuiltIns(places);
        watch.lap("gazetteer");
        List<AnnotatedArticle> annotated = stages.annotate(gazetteer, discovered);
        watch.lap("annotate");
        Archive archive = new Indexer().index(annotated, gazetteer,
                curated.entities().stream().map(Entity::id).collect(Collectors.toSet()));
        watch.lap("index");
        Set<String> pages = archive.entities().stream().map(e -> e.entity().id()).collect(Collectors.toSet());
        List<Discovery.Candidate> suggestions = candidates.stream().filter(c -> !pages.contains(c.id())
                && known.get(c.id()).isEmpty()).toList();

        Path staging = SiteSwap.stage(output);
        try {
            SiteWriter writer = new SiteWriter(staging, output, cache.pages(), cache != BuildCache.NONE);
            new SiteRenderer(config.templates(), config.siteLanguage(), config.baseUrl()).render(archive, writer,
                    stages.digests()::get, cache.memory());
            watch.lap("render");
            cache.pages(null); // while the site is being replaced, it is not the one the list describes
            if (writer.kept().isEmpty()) {
                SiteSwap.swap(staging, output);
            } else {
                SiteSwap.update(staging, output, writer.paths(), writer.kept());
            }
            cache.pages(writer.pages());
            watch.lap("swap");
        } catch (RuntimeException | Error e) {
            try {
                SiteSwap.delete(staging);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup); // the failure that stopped the build is the one to report
            }
            throw e;
        }
        if (config.report() != null) {
            new ReportRenderer(config.templates()).write(archive, problems.all(), suggestions, config.report());
        }
        return new Result(archive, problems.all(), suggestions);
    }
}
