package dev.annals.time;

import java.time.LocalDate;

/** A date known to a day, a month, a year or a decade (month and day are 0 when unknown). */
public record PartialDate(int year, int month, int day, Granularity granularity) implements Comparable<PartialDate> {
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

    /**
     * The most precise date that contains the whole span {@code [from, to]}: a day when both are the same day,
     * else the month, year or decade that holds both, or null when the span crosses a decade. A span such as a
     * week or a weekend has no granularity of its own, so it is reported by the unit that honestly contains it
     * (usually its month) rather than by one of its days.
     */
    public static PartialDate covering(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return day(from);
        }
        if (from.getYear() == to.getYear()) {
            return from.getMonthValue() == to.getMonthValue() ? month(from.getYear(), from.getMonthValue())
                    : year(from.getYear());
        }
        return from.getYear() / 10 == to.getYear() / 10 ? decade(from.getYear()) : null;
    }

    /** ISO 8601, as precise as known: {@code 2020-08-09}, {@code 2020-08}, {@code 2020}; a decade by its first year. */
    public String iso() {
        if (year < 0 || year > 9999) {
            return switch (granularity) {
                case DAY -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", year, month, day);
                case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", year, month);
                case YEAR, DECADE -> String.format(java.util.Locale.ROOT, "%04d", year);
            };
        }
        StringBuilder b = new StringBuilder(10);
        pad(b, year, 4);
        if (granularity == Granularity.DAY || granularity == Granularity.MONTH) {
            pad(b.append('-'), month, 2);
        }
        if (granularity == Granularity.DAY) {
            pad(b.append('-'), day, 2);
        }
        return b.toString(); // as String.format("%04d-%02d-%02d"), which is slow in sorts and keys
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits);
    }

    /** By year, month, day, then granularity (in a sort of every event: no chain of comparators). */
    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        c = c != 0 ? c : Integer.compare(month, o.month);
        c = c != 0 ? c : Integer.compare(day, o.day);
        return c != 0 ? c : granularity.compareTo(o.granularity);
    }
}
