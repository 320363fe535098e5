package dev.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

/** Shared helpers for the date tests. */
final class Dates {
    static final DateExtractor EXTRACTOR = new DateExtractor();

    private Dates() {
    }

    /** The single mention found in {@code text}; fails when there is none or more than one. */
    static DateMention only(String text, String lang, LocalDate published) {
        List<DateMention> found = EXTRACTOR.find(text, lang, published);
        assertEquals(1, found.size(), () -> "expected one date in \"" + text + "\" but found " + describe(text, found));
        return found.get(0);
    }

    /** "iso/granularity/explicit [surface]" for each mention, for readable failures. */
    static String describe(String text, List<DateMention> found) {
        StringBuilder b = new StringBuilder("[");
        for (DateMention d : found) {
            b.append(' ').append(d.date().iso()).append('/').append(d.date().granularity().id())
                    .append(d.explicit() ? "/explicit" : "/relative")
                    .append(" \"").append(text, d.start(), d.end()).append('"');
        }
        return b.append(" ]").toString();
    }

    static void assertDate(String text, String lang, LocalDate published, String iso, Granularity granularity,
                           boolean explicit) {
        DateMention d = only(text, lang, published);
        assertEquals(iso, d.date().iso(), () -> "value of \"" + text + "\"");
        assertEquals(granularity, d.date().granularity(), () -> "granularity of \"" + text + "\"");
        assertEquals(explicit, d.explicit(), () -> "explicit flag of \"" + text + "\"");
    }
}
