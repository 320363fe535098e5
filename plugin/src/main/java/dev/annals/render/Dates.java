package dev.annals.render;

import dev.annals.time.PartialDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.Month;
import java.util.Locale;

/** Dates as readers see them, in English, as precise as they are known. */
final class Dates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    static String display(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String display(PartialDate d) {
        return switch (d.granularity()) {
            case DAY -> DAY.format(LocalDate.of(d.year(), d.month(), d.day()));
            case MONTH -> Month.of(d.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.year();
            case YEAR -> Integer.toString(d.year());
            case DECADE -> d.year() + "s";
        };
    }
}
