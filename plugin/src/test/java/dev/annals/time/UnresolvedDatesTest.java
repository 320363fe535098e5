package dev.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnresolvedDatesTest {
    private static final String ENGLISH = "Talks began last Sunday. The deal of August 15 follows the one signed in 1994 "
            + "and the vote on 2020-08-09.";
    private static final String VIETNAMESE = "Hôm qua ông đến Moscow. Hôm 06/04 hai bên gặp nhau, như năm 1999.";

    @Test
    void withoutAPublicationDateOnlyDatesWithTheirYearAreFound() {
        List<DateMention> found = Dates.EXTRACTOR.find(ENGLISH, "en", null);
        assertEquals(List.of("1994", "2020-08-09"), found.stream().map(d -> d.date().iso()).toList());
        assertEquals(List.of("1999"), Dates.EXTRACTOR.find(VIETNAMESE, "vi", null).stream().map(d -> d.date().iso()).toList());
    }

    @Test
    void relativeAndYearlessExpressionsAreReportedWithTheirOffsets() {
        List<UnresolvedDate> english = Dates.EXTRACTOR.unresolved(ENGLISH, "en");
        assertEquals(List.of("last Sunday", "August 15"), english.stream().map(UnresolvedDate::expression).toList());
        UnresolvedDate sunday = english.get(0);
        assertEquals(ENGLISH.indexOf("last Sunday"), sunday.start());
        assertEquals(ENGLISH.indexOf("last Sunday") + "last Sunday".length(), sunday.end());
        assertEquals(false, sunday.explicit());
        assertEquals(true, english.get(1).explicit());

        List<UnresolvedDate> vietnamese = Dates.EXTRACTOR.unresolved(VIETNAMESE, "vi");
        assertEquals(List.of("Hôm qua", "06/04"), vietnamese.stream().map(UnresolvedDate::expression).toList());
        assertEquals(VIETNAMESE.indexOf("06/04"), vietnamese.get(1).start());
    }

    @Test
    void aRelativeExpressionNextToAFullDateResolvesWithoutAPublicationDate() {
        String text = "They spoke on Sunday (August 15, 2020) by phone.";
        assertEquals(List.of("2020-08-15"), Dates.EXTRACTOR.find(text, "en", null).stream().map(d -> d.date().iso()).toList());
        assertEquals(0, Dates.EXTRACTOR.unresolved(text, "en").size());
    }
}
