package dev.annals.render;

import dev.annals.time.PartialDate;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as readers of the site's language see them, as precise as they are known. */
final class Dates {
    private final boolean vietnamese;
    private final DateTimeFormatter day;

    Dates(String siteLang) {
        vietnamese = "vi".equals(siteLang);
        day = vietnamese ? DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT)
                : DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    }

    String display(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    String display(PartialDate d) {
        return switch (d.granularity()) {
            case DAY -> day.format(LocalDate.of(d.year(), d.month(), d.day()));
            case MONTH -> vietnamese ? "tháng " + d.month() + "/" + d.year()
                    : Month.of(d.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.year();
            case YEAR -> vietnamese ? "năm " + d.year() : Integer.toString(d.year());
            case DECADE -> vietnamese ? "thập niên " + d.year() : d.year() + "s";
        };
    }
}
