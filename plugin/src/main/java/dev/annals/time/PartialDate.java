package dev.annals.time;

import java.time.LocalDate;
import java.util.Comparator;

/** A date known to a day, a month, a year or a decade (month and day are 0 when unknown). */
public record PartialDate(int year, int month, int day, Granularity granularity) implements Comparable<PartialDate> {
    private static final Comparator<PartialDate> ORDER = Comparator.comparingInt((PartialDate d) -> d.year())
            .thenComparingInt(PartialDate::month).thenComparingInt(PartialDate::day)
            .thenComparing(PartialDate::granularity);

    public static PartialDate day(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), Granularity.DAY);
    }

    public static PartialDate month(int year, int month) {
        return new PartialDate(year, month, 0, Granularity.MONTH);
    }

    public static PartialDate year(int year) {
        return new PartialDate(year, 0, 0, Granularity.YEAR);
    }

    public static PartialDate decade(int year) {
        return new PartialDate(year - year % 10, 0, 0, Granularity.DECADE);
    }

    /** ISO 8601, as precise as known: {@code 2020-08-09}, {@code 2020-08}, {@code 2020}; a decade by its first year. */
    public String iso() {
        return switch (granularity) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            case YEAR, DECADE -> String.format("%04d", year);
        };
    }

    @Override
    public int compareTo(PartialDate o) {
        return ORDER.compare(this, o);
    }
}
