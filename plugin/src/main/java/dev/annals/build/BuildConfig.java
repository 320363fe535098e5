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
 * @param siteLanguage the language of the site's own words: {@code en} or {@code vi}
 * @param baseUrl     the site's public address, for canonical links, feeds and the sitemap; or null
 * @param projectRoot the project's folder ({@code ${basedir}}), which the output may not be or contain; or null
 * @param cache       the folder where a build keeps what the next one can reuse ({@link BuildCache}), or null
 */
public record BuildConfig(Path source, Path output, Path entities, Path templates, Path rules, boolean failOnError,
                          Path report, String siteLanguage, String baseUrl, Path projectRoot, Path cache) {

    public BuildConfig {
        siteLanguage = siteLanguage == null || siteLanguage.isBlank() ? "en" : siteLanguage;
        if (!siteLanguage.matches("[a-z]{2,3}")) {
            throw new AnnalsException("language '" + siteLanguage + "' is not a language code such as en or vi.");
        }
        if (baseUrl != null && baseUrl.isBlank()) {
            baseUrl = null;
        }
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s\"<>]+")) {
            throw new AnnalsException("baseUrl '" + baseUrl + "' is not an http(s) address such as https://example.org/news/");
        }
        if (baseUrl != null && !baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
    }

    /** A configuration without a project root. */
    public BuildConfig(Path source, Path output, Path entities, Path templates, Path rules, boolean failOnError,
                       Path report, String siteLanguage, String baseUrl) {
        this(source, output, entities, templates, rules, failOnError, report, siteLanguage, baseUrl, null, null);
    }

    /** This configuration with a build cache in {@code folder}. */
    public BuildConfig withCache(Path folder) {
        return new BuildConfig(source, output, entities, templates, rules, failOnError, report, siteLanguage, baseUrl,
                projectRoot, folder);
    }

    /** A configuration without report, in English, without a base URL. */
    public BuildConfig(Path source, Path output, Path entities, Path templates, Path rules, boolean failOnError) {
        this(source, output, entities, templates, rules, failOnError, null, "en", null);
    }
}
