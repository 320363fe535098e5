package dev.annals.time;

import java.text.DateFormatSymbols;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit dates in English and Vietnamese text and resolves partial ones (no year) against the
 * publication date. Hand-written because no maintained Java library reads Vietnamese dates or tells
 * "9.8" (a day) from "80.1%" (a share); the patterns are bounded, so matching is linear.
 */
public final class DateExtractor {
    /** A pattern and how to turn its match into a date, given the publication date (may be null). */
    private record DatePattern(String rule, Pattern pattern, Resolver resolver) {
        /** Whether the match begins with a cue word ({@code (?<cue>...)}) that is not part of the date. */
        boolean hasCue() {
            return pattern.pattern().contains("(?<cue>");
        }
    }

    @FunctionalInterface
    private interface Resolver {
        PartialDate resolve(Matcher m, LocalDate published);
    }

    private static final String NOT_BEFORE = "(?<![\\p{L}\\p{Nd}.,/:-])";
    private static final String NOT_AFTER = "(?![\\p{Nd}%]|[.,:/-]\\p{Nd}|\\s?(%|‰|km|dặm|m\\b|kg|tấn|triệu|tỷ|nghìn|ngàn|USD|đồng))";

    private final Map<String, Integer> months = new HashMap<>();
    private final List<DatePattern> english = new ArrayList<>();
    private final List<DatePattern> vietnamese = new ArrayList<>();
    private final List<DatePattern> common = new ArrayList<>();

    public DateExtractor() {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.ENGLISH);
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            String full = symbols.getMonths()[i];
            String abbr = symbols.getShortMonths()[i];
            months.put(full.toLowerCase(Locale.ROOT), i + 1);
            months.put(abbr.toLowerCase(Locale.ROOT), i + 1);
            names.append(full).append('|');
            if (!abbr.equals(full)) {
                names.append(abbr).append("\\.?|");
            }
        }
        months.put("sept", 9);
        names.append("Sept\\.?");
        String month = "(?<month>" + names + ")";
        String year = "(?<year>1[89]\\d\\d|20\\d\\d|2100)";

        common.add(new DatePattern("iso-date", p("\\b" + year + "-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\\d|3[01])\\b"),
                (m, pub) -> day(num(m, "year"), num(m, "m"), num(m, "d"), pub)));
        common.add(new DatePattern("year-in-parentheses", p("\\(" + year + "\\)"), (m, pub) -> PartialDate.year(num(m, "year"))));
        common.add(new DatePattern("month-year-numeric", p(NOT_BEFORE + "(?<m>0?[1-9]|1[0-2])/" + year + NOT_AFTER),
                (m, pub) -> PartialDate.month(num(m, "year"), num(m, "m"))));

        english.add(new DatePattern("month-day-year", p("\\b" + month + "\\s+(?<d>[12]\\d|3[01]|0?[1-9])(st|nd|rd|th)?(,?\\s+" + year + ")?" + NOT_AFTER),
                (m, pub) -> day(m.group("year") == null ? 0 : num(m, "year"), monthOf(m), num(m, "d"), pub)));
        english.add(new DatePattern("day-month-year", p("\\b(?<d>[12]\\d|3[01]|0?[1-9])(st|nd|rd|th)?\\s+(of\\s+)?" + month + "(,?\\s+" + year + ")?\\b"),
                (m, pub) -> day(m.group("year") == null ? 0 : num(m, "year"), monthOf(m), num(m, "d"), pub)));
        english.add(new DatePattern("month-year", p("\\b" + month + ",?\\s+" + year + "\\b"),
                (m, pub) -> PartialDate.month(num(m, "year"), monthOf(m))));
        english.add(new DatePattern("decade", p("\\b(the\\s+|mid-|early\\s+|late\\s+)(?<year>1[89]\\d0|20\\d0)s\\b"),
                (m, pub) -> PartialDate.decade(num(m, "year"))));
        english.add(new DatePattern("year-after-cue", p("\\b(?<cue>in|since|by|from|until|till|of|during|early|late|mid-?|before|after|the|a|an|year|In|Since|By|From|Until|The|A|An)\\s+" + year + NOT_AFTER + "(?!s\\b)"),
                (m, pub) -> PartialDate.year(num(m, "year"))));

        String cue = "(?<cue>(?iu:ngày|hôm|sáng|chiều|tối|đêm|trưa|từ|đến|vào|tới|cho tới|cho đến|hạn chót)|\\()";
        vietnamese.add(new DatePattern("vi-day-month-words", p("\\bngày\\s+(?<d>[12]\\d|3[01]|0?[1-9])\\s+tháng\\s+(?<m>1[0-2]|0?[1-9])(\\s+năm\\s+" + year + ")?\\b"),
                (m, pub) -> day(m.group("year") == null ? 0 : num(m, "year"), num(m, "m"), num(m, "d"), pub)));
        vietnamese.add(new DatePattern("vi-day-month-year", p(NOT_BEFORE + "(?<d>[12]\\d|3[01]|0?[1-9])[/.-](?<m>1[0-2]|0?[1-9])[/.-]" + year + NOT_AFTER),
                (m, pub) -> day(num(m, "year"), num(m, "m"), num(m, "d"), pub)));
        vietnamese.add(new DatePattern("vi-day-month", p(cue + "\\s*(?<d>[12]\\d|3[01]|0?[1-9])[/.](?<m>1[0-2]|0?[1-9])" + NOT_AFTER),
                (m, pub) -> day(0, num(m, "m"), num(m, "d"), pub)));
        vietnamese.add(new DatePattern("vi-day-month-padded", p(NOT_BEFORE + "(?<d>0[1-9]|[12]\\d|3[01])/(?<m>0[1-9]|1[0-2])" + NOT_AFTER),
                (m, pub) -> day(0, num(m, "m"), num(m, "d"), pub)));
        vietnamese.add(new DatePattern("vi-month-year", p("\\btháng\\s+(?<m>1[0-2]|0?[1-9])(\\s*[/.-]\\s*|\\s+năm\\s+)" + year + "\\b"),
                (m, pub) -> PartialDate.month(num(m, "year"), num(m, "m"))));
        vietnamese.add(new DatePattern("vi-decade", p("\\b(những năm|thập niên|thập kỷ)\\s+(?<year>1[89]\\d0|20\\d0)\\b"),
                (m, pub) -> PartialDate.decade(num(m, "year"))));
        vietnamese.add(new DatePattern("vi-year", p("\\b(?<cue>(?iu:năm))\\s+" + year + NOT_AFTER),
                (m, pub) -> PartialDate.year(num(m, "year"))));
        vietnamese.add(new DatePattern("vi-month", p("\\btháng\\s+(?<m>1[0-2]|0?[1-9])(?![\\p{Nd}/.])(?!\\s+năm)"),
                (m, pub) -> pub == null ? null : monthBefore(num(m, "m"), pub)));
    }

    /** Explicit dates in {@code text} of language {@code lang}, in text order, without overlaps. */
    public List<DateMention> find(String text, String lang, LocalDate published) {
        List<DateMention> found = new ArrayList<>();
        List<DatePattern> patterns = new ArrayList<>(common);
        patterns.addAll("vi".equals(lang) ? vietnamese : english);
        for (DatePattern p : patterns) {
            Matcher m = p.pattern().matcher(text);
            while (m.find()) {
                PartialDate date;
                try {
                    date = p.resolver().resolve(m, published);
                } catch (DateTimeException e) {
                    date = null;
                }
                if (date != null) {
                    int start = m.start();
                    if (p.hasCue()) {
                        start = m.end("cue");
                        while (start < m.end() && Character.isWhitespace(text.charAt(start))) {
                            start++;
                        }
                    }
                    found.add(new DateMention(start, m.end(), date, true, p.rule()));
                }
            }
        }
        return withoutOverlaps(found);
    }

    private static List<DateMention> withoutOverlaps(List<DateMention> found) {
        found.sort(Comparator.comparingInt(DateMention::start).thenComparingInt(d -> -(d.end() - d.start())));
        List<DateMention> out = new ArrayList<>();
        int end = -1;
        for (DateMention d : found) {
            if (d.start() >= end) {
                out.add(d);
                end = d.end();
            }
        }
        return out;
    }

    private int monthOf(Matcher m) {
        return months.get(m.group("month").replace(".", "").toLowerCase(Locale.ROOT));
    }

    /** A day; without a year, the latest such day not after a week past the publication date. */
    private static PartialDate day(int year, int month, int day, LocalDate published) {
        if (year > 0) {
            return PartialDate.day(LocalDate.of(year, month, day));
        }
        if (published == null) {
            return null;
        }
        LocalDate d = LocalDate.of(published.getYear(), month, day);
        if (d.isAfter(published.plusDays(7))) {
            d = LocalDate.of(published.getYear() - 1, month, day);
        }
        return PartialDate.day(d);
    }

    private static PartialDate monthBefore(int month, LocalDate published) {
        int year = month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
        return PartialDate.month(year, month);
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }

}
