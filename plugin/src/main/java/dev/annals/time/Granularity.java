package dev.annals.time;

import java.util.Locale;

/** How precise a date is. */
public enum Granularity {
    DAY, MONTH, YEAR, DECADE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
