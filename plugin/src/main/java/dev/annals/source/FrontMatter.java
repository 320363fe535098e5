package dev.annals.source;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The YAML front matter of an article: known keys with typed accessors. */
public record FrontMatter(Map<String, Object> values) {
    /** Every key a maintainer may write; others are warned about. */
    public static final Set<String> KEYS = Set.of("title", "date", "lang", "source", "url", "author", "translator",
            "origin", "contributors", "slug", "summary", "captions", "drop", "keep", "translations");

    public static final FrontMatter EMPTY = new FrontMatter(Map.of());

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s\"<>]+", Pattern.CASE_INSENSITIVE);

    /** Whether {@code s} is a language tag such as {@code en} or {@code pt-BR} (the only values for {@code lang}). */
    public static boolean isLanguageTag(String s) {
        return LANGUAGE_TAG.matcher(s).matches();
    }

    /** Checks the values that end up in attributes; throws {@link IllegalArgumentException} naming the key. */
    void check() {
        date();
        string("lang").filter(l -> !isLanguageTag(l)).ifPresent(l -> {
            throw new IllegalArgumentException("lang '" + l + "' is not a language code such as en or vi");
        });
        string("url").filter(u -> !WEB_ADDRESS.matcher(u).matches()).ifPresent(u -> {
            throw new IllegalArgumentException("url '" + u + "' is not an http(s) address");
        });
    }

    public FrontMatter {
        values = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    public Optional<String> string(String key) {
        Object v = values.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Date d) {
            return Optional.of(d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
        String s = v.toString().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** A list value; a single scalar counts as a list of one. */
    public List<String> list(String key) {
        Object v = values.get(key);
        List<String> out = new ArrayList<>();
        if (v instanceof List<?> l) {
            l.stream().filter(x -> x != null).forEach(x -> out.add(x.toString().strip()));
        } else if (v != null) {
            out.add(v.toString().strip());
        }
        return List.copyOf(out);
    }

    /** The {@code date} key as a day; throws {@link IllegalArgumentException} when it is not one. */
    public Optional<LocalDate> date() {
        Optional<String> s = string("date");
        try {
            return s.map(x -> LocalDate.parse(x.length() > 10 ? x.substring(0, 10) : x));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date '" + s.get() + "' is not a day such as 2020-08-16");
        }
    }
}
