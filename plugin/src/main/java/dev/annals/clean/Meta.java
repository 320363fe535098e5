package dev.annals.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What is known about an article besides its text. Front matter wins; otherwise values are inferred from
 * the text and {@code inferred} says from where (field to reason).
 */
public record Meta(String title, LocalDate date, String lang, String source, String url, String author,
                   String translator, String origin, List<String> contributors, String summary,
                   Map<String, String> translations, Map<String, String> inferred) {

    public Meta {
        contributors = List.copyOf(contributors);
        translations = Map.copyOf(translations);
        inferred = Map.copyOf(inferred);
    }
}
