package dev.annals.time;

import java.util.Locale;

/** How precise a date is. */
public enum Granularity {
    DAY, MONTH, YEAR, DECADE;

    private final String id = name().toLowerCase(Locale.ROOT);

    public String id() {
        return id;
    }
}
