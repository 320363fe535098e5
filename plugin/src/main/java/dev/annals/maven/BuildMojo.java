package dev.annals.maven;

import dev.annals.build.BuildConfig;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that build the site, turned into one {@link BuildConfig}. */
abstract class BuildMojo extends AbstractMojo {
    /** Folder of article files ({@code .txt}, {@code .md}). */
    @Parameter(property = "annals.source", defaultValue = "${basedir}/content")
    File source;

    /** Folder the site is written to; replaced when the build succeeds. */
    @Parameter(property = "annals.output", defaultValue = "${project.build.directory}/site")
    File output;

    /** The gazetteer; skipped when the file does not exist. */
    @Parameter(property = "annals.entities", defaultValue = "${basedir}/entities.yml")
    File entities;

    /** A theme folder ({@code templates/*.ftlh}, {@code assets/}, {@code messages/}) overriding the default theme. */
    @Parameter(property = "annals.templates")
    File templates;

    /** The archive's own boilerplate rules, in the format of the built-in {@code rules.yml}. */
    @Parameter(property = "annals.rules", defaultValue = "${basedir}/rules.yml")
    File rules;

    /** The build report for the maintainer: dropped blocks and why, inferred metadata, problems. */
    @Parameter(property = "annals.report", defaultValue = "${project.build.directory}/annals-report.html")
    File report;

    /** The language of the site's own words (navigation, labels, dates): {@code en} or {@code vi}. */
    @Parameter(property = "annals.language", defaultValue = "en")
    String language;

    /** The site's public address, such as {@code https://example.org/news/}: for canonical links, feeds, sitemap. */
    @Parameter(property = "annals.baseUrl")
    String baseUrl;

    /** Where a build keeps what the next one can reuse, so that it redoes only what changed. */
    @Parameter(property = "annals.cache", defaultValue = "${project.build.directory}/annals-cache")
    File cache;

    /** Reuses the previous build's work from {@code cache}; when false, every build starts from scratch. */
    @Parameter(property = "annals.incremental", defaultValue = "true")
    boolean incremental;

    /** Skips the goal. */
    @Parameter(property = "annals.skip", defaultValue = "false")
    boolean skip;

    /** Fails the build when an article has an error; when false, such articles are skipped with an error message. */
    @Parameter(property = "annals.failOnError", defaultValue = "true")
    boolean failOnError;

    /** The project folder, which the output may not be or contain. */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    BuildConfig config() {
        return new BuildConfig(source.toPath(), unresolved(output) ? Path.of("target/site") : output.toPath(),
                existing(entities), templates == null ? null : templates.toPath(), existing(rules), failOnError,
                unresolved(report) ? Path.of("target/annals-report.html") : report.toPath(), language, baseUrl,
                basedir == null || unresolved(basedir) ? null : basedir.toPath(),
                !incremental ? null : cache == null || unresolved(cache) ? Path.of("target/annals-cache") : cache.toPath());
    }

    /** Without a project, {@code ${project.build.directory}} stays uninterpolated; callers fall back to ./target. */
    static boolean unresolved(File f) {
        return f.getPath().contains("${");
    }

    private static Path existing(File f) {
        return f != null && f.isFile() ? f.toPath() : null;
    }
}
