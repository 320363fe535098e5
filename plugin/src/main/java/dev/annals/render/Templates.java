package dev.annals.render;

import dev.annals.build.AnnalsException;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The theme's FreeMarker templates: a maintainer's folder first (file by file), then the default theme
 * from the {@code annals-site-template} jar. {@code .ftlh} files auto-escape HTML.
 */
public final class Templates {
    /** Where the default theme lives on the class path. */
    public static final String THEME = "/dev/annals/theme";

    private final Configuration config;

    public Templates(Path overrides) {
        config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (overrides != null && Files.isDirectory(overrides.resolve("templates"))) {
                loaders.add(new FileTemplateLoader(overrides.resolve("templates").toFile()));
            }
        } catch (IOException e) {
            throw new AnnalsException(overrides.toString(), 0, "cannot read templates: " + e.getMessage());
        }
        loaders.add(new ClassTemplateLoader(Templates.class, THEME + "/templates"));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        config.setLocalizedLookup(false);
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE); // read once: one build's templates do not change
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.ROOT);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
    }

    /** Renders template {@code name} (such as {@code article.ftlh}) with {@code model}. */
    public String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        try {
            render(name, model, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /** Renders template {@code name} with {@code model} to {@code out}; only writing to {@code out} throws. */
    public void render(String name, Map<String, Object> model, Writer out) throws IOException {
        Template template;
        try {
            template = config.getTemplate(name);
        } catch (IOException e) {
            throw new AnnalsException(name, 0, "cannot load template: " + e.getMessage());
        }
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw new AnnalsException(e.getTemplateSourceName(), e.getLineNumber() == null ? 0 : e.getLineNumber(),
                    "template error: " + e.getMessageWithoutStackTop());
        }
    }
}
