package dev.annals.build;

import java.nio.file.Path;

/**
 * Everything one build needs, as plain values (the mojos fill it from their parameters).
 *
 * @param source      folder of article files
 * @param output      folder the site is written to; replaced whole when the build succeeds
 * @param entities    the gazetteer ({@code entities.yml}), or null
 * @param templates   a theme folder overriding the default theme file by file, or null
 * @param rules       the archive's own boilerplate rules ({@code rules.yml}), or null
 * @param failOnError whether errors in single articles fail the build (otherwise those articles are skipped)
 * @param report      where to write the build report (outside the site), or null for none
 */
public record BuildConfig(Path source, Path output, Path entities, Path templates, Path rules, boolean failOnError,
                          Path report) {

    /** A configuration without a build report. */
    public BuildConfig(Path source, Path output, Path entities, Path templates, Path rules, boolean failOnError) {
        this(source, output, entities, templates, rules, failOnError, null);
    }
}
