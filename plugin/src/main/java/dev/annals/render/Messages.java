package dev.annals.render;

import dev.annals.build.AnnalsException;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The site's own words in the configured language: English defaults, then the theme's
 * {@code messages/LANG.properties}, then the maintainer's. Templates call it as {@code t("key", args...)}.
 */
final class Messages implements TemplateMethodModelEx {
    private final Properties messages = new Properties();
    private final Locale locale;
    /** Each message's format, parsed once (parsing builds number formats: costly once per page); copied per use. */
    private final java.util.Map<String, MessageFormat> formats = new java.util.concurrent.ConcurrentHashMap<>();
    /** The number format MessageFormat uses for numbers in this locale; never used itself, only copied. */
    private final java.text.NumberFormat numbers;

    Messages(String lang, Path overrides) {
        this.locale = Locale.forLanguageTag(lang);
        this.numbers = java.text.NumberFormat.getInstance(locale);
        load("en", null);
        load(lang, null);
        load(lang, overrides);
    }

    private void load(String lang, Path overrides) {
        String name = "messages/" + lang + ".properties";
        try (InputStream in = overrides == null ? Messages.class.getResourceAsStream(Templates.THEME + "/" + name)
                : Files.exists(overrides.resolve(name)) ? Files.newInputStream(overrides.resolve(name)) : null) {
            if (in != null) {
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    messages.load(reader);
                }
            }
        } catch (IOException e) {
            throw new AnnalsException(name, 0, "cannot read messages: " + e.getMessage());
        }
    }

    /** The message {@code key} with {@code {0}}-style arguments filled in; the key itself when unknown. */
    String get(String key, Object... args) {
        String pattern = messages.getProperty(key, key);
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat format = (MessageFormat) formats.computeIfAbsent(pattern,
                p -> new MessageFormat(p.replace("'", "''"), locale)).clone();
        if (java.util.Arrays.stream(format.getFormats()).allMatch(java.util.Objects::isNull)) {
            // Without a format in the pattern, MessageFormat makes a number format for each number it writes; a
            // copy of one made once writes the same (a chart's bars each have a count).
            java.text.Format[] byArgument = new java.text.Format[args.length];
            for (int i = 0; i < args.length; i++) {
                byArgument[i] = args[i] instanceof Number ? (java.text.Format) numbers.clone() : null;
            }
            format.setFormatsByArgumentIndex(byArgument);
        }
        return format.format(args);
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("t(key, args...) needs a key");
        }
        Object[] args = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            args[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(i));
        }
        return get(String.valueOf(DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0))), args);
    }
}
