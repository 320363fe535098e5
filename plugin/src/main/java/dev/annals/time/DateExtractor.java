package dev.annals.time;

import dev.annals.util.Text;
import java.text.DateFormatSymbols;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in English and Vietnamese text and resolves them to {@link PartialDate}s: absolute ones
 * ("2020-08-16", "December 2019", "năm 1994"), partial ones without a year ("August 15", "ngày 9.8", "06/04"),
 * resolved against the publication date, and relative ones ("last Sunday", "six years ago", "hôm qua",
 * "thứ Hai tuần trước", "cuối năm nay"), also resolved against the publication date.
 *
 * <p>Hand-written because no maintained Java library handles Vietnamese temporal expressions, nor tells
 * "ngày 9.8" (a day) from "80.1%" (a share); the English ones ride along so both languages follow one set of
 * rules. Only the names come from a library ({@link DateFormatSymbols} for English months and weekdays) and
 * all arithmetic is {@code java.time}. Every pattern is a fixed alternation of words and bounded digit runs,
 * with bounded look-arounds and no nested quantifiers, so matching stays linear in the length of the text.
 *
 * <p>Choices:
 * <ul>
 *   <li>{@code explicit} is true when the text writes a calendar month, day of month or year, even if the year
 *       is inferred ("August 15", "tháng 10 năm ngoái"); weekday names and relative words are not explicit.</li>
 *   <li>Spans with no granularity of their own (a week, a weekend) are reported by the unit that contains the
 *       whole span, usually the month ("last week" published 2020-08-16 is 2020-08), never by one of their days:
 *       see {@link PartialDate#covering}.</li>
 *   <li>Numeric dates: Vietnamese day first ("9/5/1945" is 9 May), English month first ("8/16/2020"); when the
 *       preferred reading is impossible the other is taken.</li>
 *   <li>An explicit date next to a relative expression wins: "Sunday (August 15)" is August 15 even if the
 *       weekday disagrees, "hồi tháng trước (03/2023)" is 2023-03; "August 15 last year" takes the year from
 *       "last year".</li>
 *   <li>A bare weekday or month means the latest one on or before the publication date, or the next one when
 *       the clause is in the future tense ("will", "sẽ"). "last Sunday" is the latest Sunday strictly before
 *       it; "thứ Hai tuần trước" is the Monday of the previous calendar week. "N days earlier" and "N ngày trước
 *       đó" are counted back from the publication date, the only reference time known.</li>
 * </ul>
 */
public final class DateExtractor {
    /**
     * A pattern and how to turn its match into a date; {@code starts} is null when it can start anywhere, and
     * {@code need}, when set, is found in every text the pattern matches, so a text without it is skipped.
     */
    private record Rule(String name, Pattern pattern, Starts starts, Need need, boolean hasCue, boolean explicit,
                        boolean yearless, Check check, Resolver resolver) {
        Rule(String name, String regex, boolean explicit, boolean yearless, Check check, Resolver resolver) {
            this(name, p(regex), Starts.of(regex), null, regex.contains("(?<cue>"), explicit, yearless, check,
                    resolver);
        }

        Rule needing(Need need) {
            return need == null ? this
                    : new Rule(name, pattern, starts, need, hasCue, explicit, yearless, check, resolver);
        }
    }

    /**
     * A part every match of a rule holds. An alternation of plain words is looked up with {@link String#indexOf}
     * and a year by {@link #hasYear}, many times faster than the regex engine trying them at each character.
     */
    private record Need(java.util.function.Predicate<String> in) {
        private static final Pattern WORDS = Pattern.compile("(?:[^\\\\()\\[\\]{}.*+?^$|]|\\\\[.])+(?:\\|(?:[^\\\\()\\[\\]{}.*+?^$|]|\\\\[.])+)*");

        static Need of(String regex) {
            if (regex.equals(YEAR)) {
                return new Need(DateExtractor::hasYear);
            }
            if (!WORDS.matcher(regex).matches()) {
                Pattern pattern = p(regex);
                return new Need(text -> pattern.matcher(text).find());
            }
            List<String> words = List.of(regex.replace("\\.", ".").split("\\|"));
            return new Need(text -> {
                for (String w : words) {
                    if (text.contains(w)) {
                        return true;
                    }
                }
                return false;
            });
        }

        boolean in(String text) {
            return in.test(text);
        }
    }

    /**
     * Whether {@link #YEAR} finds a match in {@code text}: 18, 19 or 20 and two decimal digits (of any script, as
     * {@code \d} is in these patterns), or 2100. A loop: the regex engine tries the alternation at every character.
     */
    static boolean hasYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((c == '1' && (next == '8' || next == '9') || c == '2' && next == '0') && digits(text, i + 2, 2)
                    || c == '2' && next == '1' && text.startsWith("00", i + 2)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code count} decimal digits (code points) start at {@code from}. */
    private static boolean digits(String text, int from, int count) {
        for (int k = 0; k < count; k++) {
            if (from >= text.length() || !Character.isDigit(text.codePointAt(from))) {
                return false;
            }
            from += Character.charCount(text.codePointAt(from));
        }
        return true;
    }

    /**
     * Where a match of a rule opening with a look-ahead {@code (?=[...])} can begin: at one of those characters
     * and, when the look-ahead is followed by a word boundary or a look-behind refusing letters and digits,
     * not right after one. Scanning for such places first and trying the pattern only there gives the same matches as
     * {@link Matcher#find(int)}, which would enter the regex engine at every character for every rule.
     */
    private record Starts(Pattern first, boolean[] latin, boolean wordStart) {
        private static final int LATIN = 0x2000;

        static Starts of(String regex) {
            if (!regex.startsWith("(?=[")) {
                return null;
            }
            int close = regex.indexOf("])") + 1;
            Pattern first = Pattern.compile(regex.substring(3, close));
            boolean[] latin = new boolean[LATIN];
            for (char c = 0; c < LATIN; c++) {
                latin[c] = first.matcher(String.valueOf(c)).matches();
            }
            String rest = regex.substring(close + 1);
            return new Starts(first, latin, rest.startsWith("\\b") || rest.startsWith("(?<![\\p{L}\\p{Nd}"));
        }

        /** The first place at or after {@code from} where a match may begin, or -1. */
        int next(Chars text, int from) {
            if (!wordStart) {
                for (int i = from; i < text.chars.length; i++) {
                    if (opens(text.chars[i])) {
                        return i;
                    }
                }
                return -1;
            }
            for (int k = text.startsFrom[from]; k < text.wordStarts.length; k++) {
                if (opens(text.chars[text.wordStarts[k]])) {
                    return text.wordStarts[k];
                }
            }
            return -1;
        }

        private boolean opens(char c) {
            return c < LATIN ? latin[c] : first.matcher(String.valueOf(c)).matches();
        }
    }

    /**
     * A text's chars and the places not right after a letter or digit, worked out once for all rules; for each
     * position, the index in {@code wordStarts} of the first such place at or after it.
     */
    private static final class Chars {
        final char[] chars;
        final int[] wordStarts;
        final int[] startsFrom;

        Chars(String text) {
            chars = text.toCharArray();
            int[] starts = new int[chars.length + 1];
            startsFrom = new int[chars.length + 1];
            int n = 0;
            for (int i = 0; i < chars.length; i++) {
                startsFrom[i] = n;
                if (i == 0 || !Text.isLetterOrDigit(chars[i - 1])) {
                    starts[n++] = i;
                }
            }
            startsFrom[chars.length] = n;
            wordStarts = java.util.Arrays.copyOf(starts, n);
        }
    }

    /** Resolves a match; returns null when the publication date is needed but absent, or when nothing fits. */
    @FunctionalInterface
    private interface Resolver {
        PartialDate resolve(Matcher m, Ctx c);
    }

    /** Whether a match is a date expression at all (not "thứ hai" meaning "second"), before any resolution. */
    @FunctionalInterface
    private interface Check {
        boolean ok(Matcher m, Ctx c);
    }

    private record Ctx(String text, String lang, LocalDate published) {
    }

    /** A match kept for overlap removal and merging; {@code date} is null when it cannot be resolved. */
    private record Candidate(int start, int end, PartialDate date, boolean explicit, boolean yearless, String rule) {
    }

    private static final Check ALWAYS = (m, c) -> true;
    private static final java.util.Set<String> VERSION = java.util.Set.of("v", "version", "bản", "ver", "v.");
    private static final java.util.Set<String> HOLIDAY = java.util.Set.of("black", "good", "bloody", "super", "cyber",
            "easter", "palm", "ash", "holy", "maundy", "giving", "manic");
    /** Nouns that make "thứ hai" an ordinal ("năm thứ hai", "lần thứ Ba"). */
    private static final java.util.Set<String> ORDINAL_NOUN = java.util.Set.of("lần", "hạng", "năm", "vòng", "lượt",
            "kỳ", "khóa", "phần", "quý", "bậc", "ngày thứ");
    /** Words that make "năm qua", "tuần trước" a count or a duration. */
    private static final java.util.Set<String> QUANTIFIER = java.util.Set.of("một", "hai", "ba", "bốn", "tư", "năm",
            "sáu", "bảy", "tám", "chín", "mười", "mươi", "vài", "những", "các", "mấy", "nhiều", "hàng", "mỗi", "từng");

    private static final String NOT_BEFORE = "(?<![\\p{L}\\p{Nd}.,/:$€£¥-])";
    private static final String NOT_AFTER = "(?![\\p{Nd}%]|[.,:/-]\\p{Nd}|\\s?(%|‰|km|dặm|m\\b|kg|tấn|triệu|tỷ|nghìn|ngàn|USD|đồng))";
    static final String YEAR = "(?<year>1[89]\\d\\d|20\\d\\d|2100)";
    /** Nouns that make a preceding four-digit number a count, not a year ("the 2020 people"). */
    private static final String NOT_COUNT = "(?!\\s+(?:people|persons|men|women|children|troops|soldiers|votes|"
            + "voters|cases|deaths|units|tonnes|tons|dollars|euros|rubles|roubles|kilometres|kilometers|miles|"
            + "metres|meters|feet|hours|minutes|seconds|points|protesters|workers|employees|residents|copies|"
            + "times|members|households|families|vehicles|cars|homes|jobs|students|patients|signatures|arrests|"
            + "người|binh sĩ|quân|lính|phiếu|ca|chiếc|lần|điểm|giờ|phút|đô la|rúp)\\b)";
    private static final String EN_NUMBER = "(?<n>\\d{1,3}|(?i:an|a|one|two|three|four|five|six|seven|eight|nine|"
            + "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
            + "forty|fifty|sixty|seventy|eighty|ninety))";
    private static final String VI_NUMBER = "(?<n>\\d{1,3}|(?iu:một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười))";
    private static final Map<String, Integer> NUMBERS = numbers();
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|shall|is due|are due|is set to|are set to|"
            + "scheduled|plans? to|upcoming|sẽ|dự kiến|dự định|sắp)\\b|['’]ll\\b", Pattern.UNICODE_CHARACTER_CLASS);

    /** Number words of English and Vietnamese, by value. */
    private static Map<String, Integer> numbers() {
        Map<String, Integer> numbers = new HashMap<>();
        String[] en = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                "twenty"};
        for (int i = 0; i < en.length; i++) {
            numbers.put(en[i], i);
        }
        String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            numbers.put(tens[i], 30 + 10 * i);
        }
        numbers.put("a", 1);
        numbers.put("an", 1);
        String[] vi = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"};
        for (int i = 0; i < vi.length; i++) {
            numbers.put(vi[i], i);
        }
        numbers.put("tư", 4);
        return Map.copyOf(numbers);
    }

    private final Map<String, Integer> months = new HashMap<>();
    private final Map<String, DayOfWeek> weekdays = new HashMap<>();
    private final List<Rule> english = new ArrayList<>();
    private final List<Rule> vietnamese = new ArrayList<>();

    public DateExtractor() {
        this(true);
    }

    /**
     * With {@code shortcuts} false, every rule searches its whole text with the regex engine: no {@link Starts}
     * or {@link Need}, for tests that compare the two.
     */
    DateExtractor(boolean shortcuts) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.ENGLISH);
        StringBuilder names = new StringBuilder();
        StringBuilder fullNames = new StringBuilder();
        StringBuilder monthWords = new StringBuilder("Sept"); // each of names' words, without its optional dot
        for (int i = 0; i < 12; i++) {
            String full = symbols.getMonths()[i];
            String abbr = symbols.getShortMonths()[i];
            months.put(full.toLowerCase(Locale.ROOT), i + 1);
            months.put(abbr.toLowerCase(Locale.ROOT), i + 1);
            names.append(full).append('|');
            fullNames.append(full).append('|');
            monthWords.append('|').append(full).append('|').append(abbr);
            if (!abbr.equals(full)) {
                names.append(abbr).append("\\.?|");
            }
        }
        months.put("sept", 9);
        names.append("Sept\\.?");
        fullNames.append("Sept\\.");
        StringBuilder days = new StringBuilder();
        for (int i = Calendar.SUNDAY; i <= Calendar.SATURDAY; i++) {
            String name = symbols.getWeekdays()[i];
            weekdays.put(name.toLowerCase(Locale.ROOT), DayOfWeek.of((i + 5) % 7 + 1));
            days.append(i == Calendar.SUNDAY ? "" : "|").append(name);
        }
        String[] vi = {"hai", "ba", "tư", "năm", "sáu", "bảy"};
        for (int i = 0; i < vi.length; i++) {
            weekdays.put(vi[i], DayOfWeek.of(i + 1));
            weekdays.put(String.valueOf(i + 2), DayOfWeek.of(i + 1));
        }
        String month = "(?<month>" + names + ")";
        String monthName = "(?<month>" + fullNames + ")";
        String weekday = "(?<wd>" + days + ")";

        List<Rule> common = new ArrayList<>();
        common.add(explicit("iso-date", "(?=[12])" + "\\b" + YEAR + "(?<sep>[-/.])(?<m>0[1-9]|1[0-2])\\k<sep>(?<d>0[1-9]|[12]\\d|3[01])\\b"
                + "(?![.,:/-]\\p{Nd})", (m, c) -> day(num(m, "year"), num(m, "m"), num(m, "d"), c, m.start())));
        common.add(rule("numeric-date", "(?=[0-9])" + NOT_BEFORE + "(?<a>[12]\\d|3[01]|0?[1-9])(?<sep>[/.-])(?<b>[12]\\d|3[01]|0?[1-9])"
                + "\\k<sep>" + YEAR + NOT_AFTER,
                true, true, (m, c) -> !VERSION.contains(wordBefore(c.text(), m.start())), DateExtractor::numericDate));
        common.add(explicit("year-in-parentheses", "\\(" + YEAR + "\\)", (m, c) -> PartialDate.year(num(m, "year"))));
        common.add(explicit("month-year-numeric", "(?=[0-9])" + NOT_BEFORE + "(?<m>0?[1-9]|1[0-2])/" + YEAR + NOT_AFTER,
                (m, c) -> PartialDate.month(num(m, "year"), num(m, "m"))));

        english.addAll(common);
        english.add(explicit("month-day-year", "(?=[ADFJMNOS])" + "\\b" + month + "\\s+(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:,?\\s+" + YEAR + ")?" + NOT_AFTER,
                (m, c) -> day(opt(m, "year"), monthOf(m), num(m, "d"), c, m.start())));
        english.add(explicit("day-month-year", "(?=[0-9])" + "\\b(?<d>[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + month + "(?:,?\\s+" + YEAR + ")?(?![\\p{L}\\p{Nd}])",
                (m, c) -> day(opt(m, "year"), monthOf(m), num(m, "d"), c, m.start())));
        english.add(explicit("month-year", "(?=[ADFJMNOS])" + "\\b" + month + ",?\\s+(?:of\\s+)?" + YEAR + "(?![\\p{L}\\p{Nd}])",
                (m, c) -> PartialDate.month(num(m, "year"), monthOf(m))));
        english.add(explicit("month", "(?=[IiSsBbFfUuTtDdEeLlOoAa])" + "\\b(?<cue>[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Tt]hrough|[Dd]uring|"
                + "[Ee]arly|[Ll]ate|of|[Bb]efore|[Aa]fter)\\s+" + monthName + "(?!\\p{L})(?!\\s*\\p{Nd})(?!\\s+(?:of\\s+)?(?:1[89]|20)\\d\\d)",
                (m, c) -> month(monthOf(m), "", m.start(), c)));
        english.add(explicit("month-relative", "(?=[LlTtNnm])" + "\\b(?<mod>[Ll]ast|[Tt]his|[Nn]ext|mid-)\\s*" + monthName
                + "(?!\\p{L})(?!\\s*\\p{Nd})(?!\\s+(?:of\\s+)?(?:1[89]|20)\\d\\d)",
                (m, c) -> month(monthOf(m), m.group("mod").toLowerCase(Locale.ROOT), m.start(), c)));
        english.add(explicit("decade", "(?=[tmel])" + "\\b(?:the\\s+|mid-|early\\s+|late\\s+)(?<year>1[89]\\d0|20\\d0)['’]?s\\b",
                (m, c) -> PartialDate.decade(num(m, "year"))));
        english.add(explicit("decade-short", "(?=[tmel])" + "\\b(?:the|mid-|early|late)\\s*['’](?<yy>\\d0)s\\b",
                (m, c) -> PartialDate.decade(num(m, "yy") + (num(m, "yy") >= 30 ? 1900 : 2000))));
        english.add(explicit("year-after-cue", "(?=[iIsSbBfFuUtToOdDeElLmMaAyYcC])" + "\\b(?<cue>in|since|by|from|until|till|of|during|early|late|mid-?|"
                + "before|after|the|a|an|year|between|around|circa|through|In|Since|By|From|Until|The|A|An|Between|"
                + "Before|After|During|Around|Through)\\s+" + YEAR + NOT_AFTER + NOT_COUNT + "(?!s\\b)",
                (m, c) -> PartialDate.year(num(m, "year"))));
        english.add(explicit("year-in-range", "(?=[12])(?<![\\p{Nd}.,/-])(?<cue>(?:1[89]|20)\\d\\d(?:\\s?–\\s?|\\s{1,3}(?:to|and|through|or)\\s{1,3}))"
                + YEAR + NOT_AFTER + NOT_COUNT + "(?!s\\b)", (m, c) -> PartialDate.year(num(m, "year"))));
        english.add(explicit("year-before-event", "(?=[12])" + NOT_BEFORE + YEAR + "\\s+(?:presidential\\s+|parliamentary\\s+|"
                + "general\\s+|local\\s+|snap\\s+)?(?:election|elections|vote|referendum|summit|Olympics|World Cup|war|"
                + "invasion|annexation|revolution|protests|uprising|crisis|coup|agreement|treaty|accord|deal|census|"
                + "campaign|pact|talks|ceasefire|truce|constitution|law)\\b", (m, c) -> PartialDate.year(num(m, "year"))));

        english.add(relative("today", "(?=[TtEeLl])" + "\\b(?:(?:[Ee]arlier|[Ll]ater)\\s+)?"
                + "(?:[Tt]oday|[Tt]onight|[Tt]his\\s+(?:morning|afternoon|evening))\\b(?!\\s?[»›|])(?!\\s+show\\b)",
                DateExtractor::todayOk, (m, c) -> PartialDate.day(c.published())));
        english.add(relative("yesterday", "(?=[TtYyLl])" + "\\b(?:[Tt]he\\s+day\\s+before\\s+(?<before>yesterday)|[Yy]esterday|[Ll]ast\\s+(?:night|evening))\\b",
                (m, c) -> PartialDate.day(c.published().minusDays(m.group("before") != null ? 2 : 1))));
        english.add(relative("tomorrow", "(?=[Tt])" + "\\b(?:[Tt]he\\s+day\\s+after\\s+(?<after>tomorrow)|[Tt]omorrow)\\b",
                (m, c) -> PartialDate.day(c.published().plusDays(m.group("after") != null ? 2 : 1))));
        english.add(relative("ago", "(?=[0-9aAoOtTfFsSeEnN])" + "(?<![\\p{Nd},.])\\b" + EN_NUMBER + "(?:\\s+|-)(?<unit>day|week|month|year|decade)s?\\s+"
                + "(?:ago|earlier|before(?=\\s*[,.;:)!?]|\\s*$))", (m, c) -> ago(m, c, m.group("unit"))));
        english.add(relative("period", "(?=[EeLlTtNnpc])" + "\\b(?:(?<edge>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Tt]he\\s+(?:end|beginning|start|middle)\\s+of)\\s+)?"
                + "(?<the>[Tt]he\\s+)?(?<mod>[Tt]his\\s+past|[Tt]his\\s+coming|[Tt]his|[Ll]ast|[Nn]ext|past|coming)\\s+"
                + "(?<unit>weekend|week|month|year)\\b",
                DateExtractor::englishPeriodOk,
                (m, c) -> period(m.group("unit"), englishWhich(m), m.start(), c)));
        english.add(relative("weekend", "(?=[oOdDaA])" + "\\b(?:over|during|at|on|Over|During|At|On)\\s+the\\s+(?<unit>weekend)\\b",
                (m, c) -> period("weekend", "", m.start(), c)));
        english.add(relative("season", "(?=[LlTtNn])" + "\\b(?<mod>[Ll]ast|[Tt]his|[Nn]ext)\\s+(?<season>spring|summer|autumn|fall)\\b",
                DateExtractor::season));
        english.add(rule("weekday", "(?=[oOLlTtNnMWFS])" + "\\b(?:(?<cue>on|On)\\s+)?(?:(?<mod>[Ll]ast|[Tt]his\\s+past|[Tt]his\\s+coming|[Tt]his|[Nn]ext)\\s+)?" + weekday
                + "\\b(?!\\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Star|Mail|Night\\s+Live|school|School)\\b)",
                false, false, (m, c) -> !HOLIDAY.contains(wordBefore(c.text(), m.start())), this::englishWeekday));

        vietnamese.addAll(common);
        String cue = "(?<cue>(?iu:ngày|hôm|sáng|chiều|tối|đêm|trưa|rạng sáng|từ|đến|vào|tới|cho tới|cho đến|hạn chót|"
                + "mùng|mồng|hồi|kể từ|tính đến)|\\()";
        vietnamese.add(explicit("vi-day-month-words", "(?=[Nn])" + "\\b(?iu:ngày)\\s+(?<d>[12]\\d|3[01]|0?[1-9])\\s+tháng\\s+(?<m>1[0-2]|0?[1-9])(?:\\s+năm\\s+" + YEAR + ")?\\b",
                (m, c) -> day(opt(m, "year"), num(m, "m"), num(m, "d"), c, m.start())));
        vietnamese.add(explicit("vi-day-month", "(?=[NnHhSsCcTtĐđRrVvMmKk(])" + cue + "\\s*(?<d>[12]\\d|3[01]|0?[1-9])(?<sep>[/.-])(?<m>1[0-2]|0?[1-9])" + NOT_AFTER,
                (m, c) -> day(0, num(m, "m"), num(m, "d"), c, m.start())));
        vietnamese.add(explicit("vi-day-month-padded", "(?=[0-3])" + NOT_BEFORE + "(?<d>0[1-9]|[12]\\d|3[01])/(?<m>0[1-9]|1[0-2])" + NOT_AFTER,
                (m, c) -> day(0, num(m, "m"), num(m, "d"), c, m.start())));
        vietnamese.add(explicit("vi-month-year", "(?=[Tt])" + "\\b(?iu:tháng)\\s+(?<m>1[0-2]|0?[1-9])(?:\\s*[/.-]\\s*|\\s+năm\\s+)" + YEAR + "\\b",
                (m, c) -> PartialDate.month(num(m, "year"), num(m, "m"))));
        vietnamese.add(explicit("vi-decade", "(?=[NnTt])" + "\\b(?iu:những năm|thập niên|thập kỷ)\\s+(?<year>1[89]\\d0|20\\d0)\\b",
                (m, c) -> PartialDate.decade(num(m, "year"))));
        vietnamese.add(explicit("vi-decade-short", "(?=[NnTt])" + "\\b(?iu:những năm|thập niên|thập kỷ)\\s+(?<yy>[1-9]0)\\b" + NOT_AFTER,
                (m, c) -> PartialDate.decade(num(m, "yy") + (num(m, "yy") >= 30 ? 1900 : 2000))));
        vietnamese.add(explicit("vi-year", "(?=[Nn])" + "\\b(?<cue>(?iu:năm))\\s+" + YEAR + NOT_AFTER + NOT_COUNT,
                (m, c) -> PartialDate.year(num(m, "year"))));
        vietnamese.add(explicit("vi-month", "(?=[Tt])" + "\\b(?iu:tháng)\\s+(?<m>1[0-2]|0?[1-9])(?![\\p{Nd}/.])(?!\\s*[/.-]\\s*\\p{Nd})",
                (m, c) -> month(num(m, "m"), "", m.start(), c)));

        vietnamese.add(explicit("vi-month-relative", "(?=[Tt])" + "\\b(?iu:tháng)\\s+(?<m>1[0-2]|0?[1-9])\\s+(?:năm\\s+(?<yrel>ngoái|nay|trước|tới|sau)"
                + "|(?<mrel>tới|vừa qua|này|trước))\\b(?!\\s+(?:khi|đó)\\b)", DateExtractor::viMonthRelative));
        vietnamese.add(relative("vi-day", "(?=[NnHhSsCcTtĐđKk])" + "\\b(?:(?iu:ngày)\\s+)?(?<w>(?iu:hôm|sáng|chiều|tối|trưa|đêm|khuya|ngày))\\s+"
                + "(?<rel>nay|qua|kia|mai)\\b(?!\\s+(?:khi|nữa)\\b)",
                (m, c) -> !(m.group("w").equalsIgnoreCase("ngày") && !m.group("rel").equals("mai") && !m.group("rel").equals("kia")),
                (m, c) -> PartialDate.day(c.published().plusDays(switch (m.group("rel")) {
                    case "qua" -> -1;
                    case "kia" -> m.group("w").equalsIgnoreCase("hôm") ? -2 : 2;
                    case "mai" -> 1;
                    default -> 0;
                }))));
        vietnamese.add(relative("vi-ago", "(?=[CcMmHhBbTtNnSs0-9])" + "(?<![\\p{L}\\p{Nd},.])(?:(?iu:cách đây)\\s+)?" + VI_NUMBER + "\\s+(?<unit>ngày|tuần|tháng|năm|thập kỷ|thập niên)\\s+"
                + "(?:trước(?:\\s+đó)?|về trước)(?!\\s+(?:khi|nữa)\\b)",
                (m, c) -> !wordBefore(c.text(), m.start()).equals("thứ"), (m, c) -> ago(m, c, viUnit(m.group("unit")))));
        vietnamese.add(relative("vi-ago-cach-day", "(?=[Cc])" + "\\b(?iu:cách đây)\\s+" + VI_NUMBER + "\\s+(?<unit>ngày|tuần|tháng|năm|thập kỷ|thập niên)\\b",
                (m, c) -> ago(m, c, viUnit(m.group("unit")))));
        vietnamese.add(relative("vi-period", "(?=[ĐđCcGgTtNn])" + "\\b(?:(?<edge>(?iu:đầu|cuối|giữa))\\s+)?(?<unit>(?iu:tuần|tháng|năm))\\s+(?<which>nay|này|trước|ngoái|qua|sau|tới)\\b"
                + "(?!\\s+(?:khi|đó|nữa|kia|đây|rồi|mới)\\b)",
                DateExtractor::viPeriodOk, DateExtractor::viPeriod));
        vietnamese.add(rule("vi-weekday", "(?=[HhVvSsCcTtĐđRr])" + "\\b(?:(?<cue>(?iu:hôm|vào|sáng|chiều|tối|trưa|đêm|rạng sáng))\\s+)?"
                + "(?:(?<wd>(?iu:thứ)\\s+(?<name>(?iu:hai|ba|tư|năm|sáu|bảy)|[2-7]))|(?<sun>(?iu:chủ nhật)))\\b"
                + "(?:\\s+(?iu:tuần)\\s+(?<wk>trước|này|sau|tới|qua))?(?!\\s+(?:khi|đó)\\b)",
                false, false, DateExtractor::viWeekdayOk, this::viWeekday));

        // What the costliest patterns cannot match without (each a part that no branch of the pattern can skip).
        Map<String, String> needs = Map.ofEntries(Map.entry("ago", "ago|earlier|before"),
                Map.entry("year-after-cue", YEAR), Map.entry("month", fullNames.toString()),
                Map.entry("month-relative", fullNames.toString()), Map.entry("month-day-year", monthWords.toString()),
                Map.entry("day-month-year", monthWords.toString()), Map.entry("month-year", monthWords.toString()),
                Map.entry("period", "week|month|year"), Map.entry("weekday", days.toString()),
                Map.entry("today", "oday|onight|morning|afternoon|evening"),
                Map.entry("yesterday", "esterday|night|evening"), Map.entry("tomorrow", "omorrow"),
                Map.entry("weekend", "weekend"), Map.entry("season", "spring|summer|autumn|fall"),
                Map.entry("decade", "0s|0's|0’s"), Map.entry("decade-short", "0s"),
                Map.entry("vi-day-month", "\\d[/.-]\\d"), Map.entry("vi-ago", "trước"),
                Map.entry("vi-day", "nay|qua|kia|mai"), Map.entry("vi-period", "nay|này|trước|ngoái|qua|sau|tới"),
                Map.entry("vi-weekday", "(?iu:thứ|chủ nhật)"), Map.entry("vi-day-month-words", "tháng"),
                Map.entry("vi-month-relative", "ngoái|nay|trước|tới|sau|vừa qua|này"),
                Map.entry("vi-year", YEAR), Map.entry("vi-month-year", YEAR), Map.entry("vi-decade", YEAR));
        Map<String, Need> made = new HashMap<>(); // rules needing the same share one, looked up once per text
        java.util.function.UnaryOperator<Rule> withNeed = r -> r.needing(needs.containsKey(r.name())
                ? made.computeIfAbsent(needs.get(r.name()), Need::of) : null);
        english.replaceAll(withNeed);
        vietnamese.replaceAll(withNeed);
        needs.keySet().stream().filter(n -> english.stream().noneMatch(r -> r.name().equals(n))
                && vietnamese.stream().noneMatch(r -> r.name().equals(n))).findAny().ifPresent(n -> {
                    throw new IllegalStateException("no date rule is named " + n);
                });
        if (!shortcuts) {
            java.util.function.UnaryOperator<Rule> plain = r -> new Rule(r.name(), r.pattern(), null, null,
                    r.hasCue(), r.explicit(), r.yearless(), r.check(), r.resolver());
            english.replaceAll(plain);
            vietnamese.replaceAll(plain);
        }
    }

    /**
     * What {@link #read} finds: the dates, and (only without a publication date) the expressions that cannot be
     * resolved without one.
     */
    public record Reading(List<DateMention> dates, List<UnresolvedDate> unresolved) {
    }

    /** Dates in {@code text} of language {@code lang} ("vi" or else English), in text order, without overlaps. */
    public List<DateMention> find(String text, String lang, LocalDate published) {
        return read(text, lang, published).dates();
    }

    /**
     * Date expressions in {@code text} that cannot be resolved without a publication date: relative ones and
     * those written without a year. Dates written with their year are not listed: {@link #find} returns them.
     */
    public List<UnresolvedDate> unresolved(String text, String lang) {
        return read(text, lang, null).unresolved();
    }

    /** {@link #find} and, when {@code published} is null, {@link #unresolved}, from one scan of the text. */
    public Reading read(String text, String lang, LocalDate published) {
        List<DateMention> dates = new ArrayList<>();
        List<UnresolvedDate> unresolved = new ArrayList<>();
        for (Candidate c : scan(text, lang, published)) {
            if (c.date() != null) {
                dates.add(new DateMention(c.start(), c.end(), c.date(), c.explicit(), c.rule()));
            } else {
                unresolved.add(new UnresolvedDate(c.start(), c.end(), text.substring(c.start(), c.end()),
                        c.explicit(), c.rule()));
            }
        }
        return new Reading(dates, unresolved);
    }

    private List<Candidate> scan(String text, String lang, LocalDate published) {
        Ctx ctx = new Ctx(text, lang, published);
        List<Candidate> found = new ArrayList<>();
        Chars chars = new Chars(text);
        Map<Need, Boolean> held = new java.util.IdentityHashMap<>();
        for (Rule rule : "vi".equals(lang) ? vietnamese : english) {
            if (rule.need() != null && !held.computeIfAbsent(rule.need(), n -> n.in(text))) {
                continue;
            }
            Matcher m = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int from = 0;
            while (from <= text.length() && find(rule, m, chars, from)) {
                if (!rule.check().ok(m, ctx)) {
                    from = m.start() + 1; // a shorter match may start inside this one
                    continue;
                }
                from = Math.max(m.end(), m.start() + 1);
                PartialDate date;
                try {
                    date = rule.explicit() || published != null ? rule.resolver().resolve(m, ctx) : null;
                } catch (DateTimeException | ArithmeticException e) {
                    continue;
                }
                if (date == null && published != null) {
                    continue;
                }
                int start = m.start();
                if (rule.hasCue() && m.group("cue") != null) {
                    start = m.end("cue");
                    while (start < m.end() && Character.isWhitespace(text.charAt(start))) {
                        start++;
                    }
                }
                boolean yearless = rule.yearless() && !hasGroup(m, "year")
                        && (hasGroup(m, "d") || hasGroup(m, "m") || hasGroup(m, "month"));
                found.add(new Candidate(start, m.end(), date, rule.explicit(), yearless, rule.name()));
            }
        }
        return merged(text, withoutOverlaps(found));
    }

    /** Like {@code m.find(from)}, trying the pattern only where {@link Starts} allows a match to begin. */
    private static boolean find(Rule rule, Matcher m, Chars text, int from) {
        if (rule.starts() == null) {
            return m.find(from);
        }
        for (int at = rule.starts().next(text, from); at >= 0; at = rule.starts().next(text, at + 1)) {
            if (m.region(at, text.chars.length).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasGroup(Matcher m, String group) {
        return Text.group(m, group) != null;
    }

    private static List<Candidate> withoutOverlaps(List<Candidate> found) {
        found.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(d -> -(d.end() - d.start())));
        List<Candidate> out = new ArrayList<>();
        int end = -1;
        for (Candidate d : found) {
            if (d.start() >= end) {
                out.add(d);
                end = d.end();
            }
        }
        return out;
    }

    private static final Pattern RELATIVE_THEN_EXPLICIT = Pattern.compile("[\\s,(]{0,4}(?:(?:ngày|hôm|on|vào)\\s{1,2})?",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EXPLICIT_THEN_RELATIVE = Pattern.compile("[\\s,(]{0,4}", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * Joins an explicit date with a relative expression right next to it, so that the explicit one wins
     * ("Sunday (August 15)", "hồi tháng trước (03/2023)") or gets its year from it ("August 15 last year").
     */
    private static List<Candidate> merged(String text, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Candidate a = in.get(i);
            Candidate b = i + 1 < in.size() ? in.get(i + 1) : null;
            if (b != null && !a.explicit() && b.explicit() && gap(text, a, b, RELATIVE_THEN_EXPLICIT)) {
                out.add(new Candidate(a.start(), closing(text, a, b), b.date(), true, b.yearless(), b.rule()));
                i++;
            } else if (b != null && a.explicit() && !b.explicit() && gap(text, a, b, EXPLICIT_THEN_RELATIVE)
                    && (b.rule().endsWith("weekday") || a.yearless() && isYear(b.date()))) {
                PartialDate date = a.date();
                if (a.yearless() && a.date() != null && isYear(b.date())) {
                    date = withYear(a.date(), b.date().year());
                }
                out.add(new Candidate(a.start(), closing(text, a, b), date, true, false, a.rule()));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean gap(String text, Candidate a, Candidate b, Pattern allowed) {
        return b.start() - a.end() <= 12 && allowed.matcher(text).region(a.end(), b.start()).matches();
    }

    /** The end of a merged span, taking in the parenthesis that closes one opened between the two parts. */
    private static int closing(String text, Candidate a, Candidate b) {
        boolean opened = text.substring(a.end(), b.start()).indexOf('(') >= 0;
        return opened && b.end() < text.length() && text.charAt(b.end()) == ')' ? b.end() + 1 : b.end();
    }

    private static boolean isYear(PartialDate d) {
        return d != null && d.granularity() == Granularity.YEAR;
    }

    private static PartialDate withYear(PartialDate d, int year) {
        try {
            return d.granularity() == Granularity.DAY ? PartialDate.day(LocalDate.of(year, d.month(), d.day()))
                    : new PartialDate(year, d.month(), d.day(), d.granularity());
        } catch (DateTimeException e) {
            return d;
        }
    }

    // ---- rule builders

    private static Rule explicit(String name, String regex, Resolver resolver) {
        return new Rule(name, regex, true, true, ALWAYS, resolver);
    }

    private static Rule relative(String name, String regex, Resolver resolver) {
        return new Rule(name, regex, false, false, ALWAYS, resolver);
    }

    private static Rule relative(String name, String regex, Check check, Resolver resolver) {
        return new Rule(name, regex, false, false, check, resolver);
    }

    private static Rule rule(String name, String regex, boolean explicit, boolean yearless, Check check, Resolver resolver) {
        return new Rule(name, regex, explicit, yearless, check, resolver);
    }

    // ---- resolvers

    private int monthOf(Matcher m) {
        return months.get(m.group("month").replace(".", "").toLowerCase(Locale.ROOT));
    }

    /** A day; without a year, the latest such day not after a week past the publication date (the next if future). */
    private static PartialDate day(int year, int month, int day, Ctx c, int at) {
        if (year > 0) {
            return PartialDate.day(LocalDate.of(year, month, day));
        }
        LocalDate.of(2000, month, day); // a leap year: rejects 31/02 even when there is no publication date
        LocalDate published = c.published();
        if (published == null) {
            return null;
        }
        if (month == 2 && day == 29) {
            for (int y = published.getYear(); ; y--) {
                if (LocalDate.of(y, 1, 1).isLeapYear() && !LocalDate.of(y, 2, 29).isAfter(published.plusDays(7))) {
                    return PartialDate.day(LocalDate.of(y, 2, 29));
                }
            }
        }
        LocalDate d = LocalDate.of(published.getYear(), month, day);
        if (d.isBefore(published) && future(c, at)) {
            return PartialDate.day(LocalDate.of(published.getYear() + 1, month, day));
        }
        if (d.isAfter(published.plusDays(7))) {
            d = LocalDate.of(published.getYear() - 1, month, day);
        }
        return PartialDate.day(d);
    }

    /** "8/16/2020" in English, "9/5/1945" in Vietnamese; the other order when the preferred one is impossible. */
    private static PartialDate numericDate(Matcher m, Ctx c) {
        int a = num(m, "a");
        int b = num(m, "b");
        int year = num(m, "year");
        boolean monthFirst = !"vi".equals(c.lang());
        if (monthFirst ? a > 12 : b > 12) {
            monthFirst = !monthFirst;
        }
        return PartialDate.day(monthFirst ? LocalDate.of(year, a, b) : LocalDate.of(year, b, a));
    }

    /** A month without its year: {@code mod} is "last", "this", "next", "mid-" or "" (latest, or next if future). */
    private static PartialDate month(int month, String mod, int at, Ctx c) {
        LocalDate pub = c.published();
        if (pub == null) {
            return null;
        }
        int y = pub.getYear();
        int pm = pub.getMonthValue();
        int year = switch (mod) {
            case "last" -> month < pm ? y : y - 1;
            case "this" -> y;
            case "next" -> month > pm ? y : y + 1;
            default -> future(c, at) ? (month >= pm ? y : y + 1) : (month <= pm ? y : y - 1);
        };
        return PartialDate.month(year, month);
    }

    /** "tháng 10 năm ngoái", "tháng 10 tới", "tháng 3 vừa qua". */
    private static PartialDate viMonthRelative(Matcher m, Ctx c) {
        if (c.published() == null) {
            return null;
        }
        int month = num(m, "m");
        int y = c.published().getYear();
        int pm = c.published().getMonthValue();
        if (m.group("yrel") != null) {
            return PartialDate.month(switch (m.group("yrel")) {
                case "ngoái", "trước" -> y - 1;
                case "tới", "sau" -> y + 1;
                default -> y;
            }, month);
        }
        return switch (m.group("mrel")) {
            case "tới" -> PartialDate.month(month > pm ? y : y + 1, month);
            case "này" -> PartialDate.month(y, month);
            default -> PartialDate.month(month <= pm ? y : y - 1, month);
        };
    }

    private static PartialDate ago(Matcher m, Ctx c, String unit) {
        String word = m.group("n").toLowerCase(Locale.ROOT);
        Integer n = NUMBERS.containsKey(word) ? NUMBERS.get(word) : Integer.valueOf(Integer.parseInt(word));
        LocalDate pub = c.published();
        return switch (unit) {
            case "day" -> PartialDate.day(pub.minusDays(n));
            case "week" -> week(pub.minusWeeks(n));
            case "month" -> {
                LocalDate d = pub.minusMonths(n);
                yield PartialDate.month(d.getYear(), d.getMonthValue());
            }
            case "year" -> PartialDate.year(pub.getYear() - n);
            default -> PartialDate.decade(pub.getYear() - 10 * n);
        };
    }

    private static String viUnit(String unit) {
        return switch (unit) {
            case "ngày" -> "day";
            case "tuần" -> "week";
            case "tháng" -> "month";
            case "năm" -> "year";
            default -> "decade";
        };
    }

    /** The calendar week (Monday to Sunday) that holds {@code d}, by the unit that contains it. */
    private static PartialDate week(LocalDate d) {
        LocalDate monday = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return PartialDate.covering(monday, monday.plusDays(6));
    }

    /** "past week" needs "the"; "the last year", "the past month" are durations, not dates. */
    private static boolean englishPeriodOk(Matcher m, Ctx c) {
        boolean the = m.group("the") != null || wordBefore(c.text(), m.start()).equals("the");
        String mod = m.group("mod");
        String unit = m.group("unit");
        if (!the && (mod.equals("past") || mod.equals("coming"))) {
            return false;
        }
        return !(the && (unit.equals("month") || unit.equals("year")));
    }

    private static String englishWhich(Matcher m) {
        String mod = m.group("mod").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean the = m.group("the") != null;
        return switch (mod) {
            case "last", "this past" -> the && m.group("unit").equals("week") ? "past" : "last";
            case "past" -> "past";
            case "next", "this coming", "coming" -> "next";
            default -> "this";
        };
    }

    /** A week, weekend, month or year relative to the publication date; {@code which} is last, this, next or past. */
    private static PartialDate period(String unit, String which, int at, Ctx c) {
        LocalDate pub = c.published();
        switch (unit) {
            case "year":
                return PartialDate.year(pub.getYear() + offset(which));
            case "month": {
                LocalDate d = pub.plusMonths(offset(which));
                return PartialDate.month(d.getYear(), d.getMonthValue());
            }
            case "week":
                return "past".equals(which) ? PartialDate.covering(pub.minusDays(7), pub.minusDays(1))
                        : week(pub.plusWeeks(offset(which)));
            default: { // weekend: Saturday and Sunday
                LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                LocalDate saturday = switch (which) {
                    case "last", "past" -> monday.minusDays(2);
                    case "this" -> monday.plusDays(5);
                    case "next" -> monday.plusDays(12);
                    default -> future(c, at) ? pub.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                            : pub.getDayOfWeek() == DayOfWeek.SUNDAY ? pub.minusDays(1)
                            : pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                };
                return PartialDate.covering(saturday, saturday.plusDays(1));
            }
        }
    }

    private static int offset(String which) {
        return switch (which) {
            case "last", "past" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static PartialDate season(Matcher m, Ctx c) {
        int first = switch (m.group("season")) {
            case "spring" -> 3;
            case "summer" -> 6;
            default -> 9;
        };
        LocalDate pub = c.published();
        int year = switch (m.group("mod").toLowerCase(Locale.ROOT)) {
            case "last" -> pub.getMonthValue() > first + 2 ? pub.getYear() : pub.getYear() - 1;
            case "next" -> pub.getMonthValue() < first ? pub.getYear() : pub.getYear() + 1;
            default -> pub.getYear();
        };
        return PartialDate.year(year);
    }

    private PartialDate englishWeekday(Matcher m, Ctx c) {
        DayOfWeek wd = weekdays.get(m.group("wd").toLowerCase(Locale.ROOT));
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        LocalDate pub = c.published();
        LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return PartialDate.day(switch (mod) {
            case "last", "this past" -> pub.with(TemporalAdjusters.previous(wd));
            case "next", "this coming" -> pub.with(TemporalAdjusters.next(wd));
            case "this" -> monday.with(TemporalAdjusters.nextOrSame(wd));
            default -> future(c, m.start()) ? pub.with(TemporalAdjusters.nextOrSame(wd))
                    : pub.with(TemporalAdjusters.previousOrSame(wd));
        });
    }

    /** "thứ hai" is a weekday only when capitalised ("thứ Hai"), after a cue ("hôm thứ hai") or before "tuần". */
    private static boolean viWeekdayOk(Matcher m, Ctx c) {
        if (ORDINAL_NOUN.contains(wordBefore(c.text(), m.start()))) {
            return false;
        }
        if (m.group("sun") != null || m.group("cue") != null || m.group("wk") != null) {
            return true;
        }
        String name = m.group("name");
        return Character.isUpperCase(name.charAt(0));
    }

    private PartialDate viWeekday(Matcher m, Ctx c) {
        DayOfWeek wd = m.group("sun") != null ? DayOfWeek.SUNDAY : weekdays.get(m.group("name").toLowerCase(Locale.ROOT));
        LocalDate pub = c.published();
        LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String wk = m.group("wk");
        if (wk == null) {
            return PartialDate.day(future(c, m.start()) ? pub.with(TemporalAdjusters.nextOrSame(wd))
                    : pub.with(TemporalAdjusters.previousOrSame(wd)));
        }
        int weeks = switch (wk) {
            case "trước", "qua" -> -1;
            case "sau", "tới" -> 1;
            default -> 0;
        };
        return PartialDate.day(monday.plusWeeks(weeks).with(TemporalAdjusters.nextOrSame(wd)));
    }

    private static boolean viPeriodOk(Matcher m, Ctx c) {
        String before = wordBefore(c.text(), m.start());
        if (QUANTIFIER.contains(before) || before.matches("\\d{1,4}")) {
            return false; // "26 năm qua", "những tuần trước", "hai tuần trước khi": a duration or a count
        }
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String which = m.group("which");
        return switch (unit) {
            case "năm" -> !which.equals("này");
            default -> !which.equals("nay") && !which.equals("ngoái");
        };
    }

    private static PartialDate viPeriod(Matcher m, Ctx c) {
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        String which = switch (m.group("which")) {
            case "trước", "ngoái" -> "last";
            case "qua" -> unit.equals("tuần") ? "past" : "last";
            case "sau", "tới" -> "next";
            default -> "this";
        };
        String edge = m.group("edge") == null ? "" : m.group("edge").toLowerCase(Locale.ROOT);
        if (unit.equals("tuần")) {
            if (edge.equals("cuối")) {
                return period("weekend", which.equals("past") ? "last" : which, m.start(), c);
            }
            return period("week", which, m.start(), c);
        }
        return period(unit.equals("tháng") ? "month" : "year", which, m.start(), c);
    }

    /** "USA Today", "Russia Today" and breadcrumbs ("Home » today »") are not the publication day. */
    private static boolean todayOk(Matcher m, Ctx c) {
        int i = m.start() - 1;
        if (i >= 0 && c.text().charAt(i) == ' ') {
            i--;
        }
        if (i >= 0 && "»›|".indexOf(c.text().charAt(i)) >= 0) {
            return false;
        }
        String before = wordBefore(c.text(), m.start());
        return !before.equals("usa") && !before.equals("russia");
    }

    /**
     * The token right before {@code at} when one whitespace separates them, lower-cased; "" when there is none.
     * Looks back at most a few characters, so a long line costs nothing extra.
     */
    private static String wordBefore(String text, int at) {
        int end = at - 1;
        if (end < 1 || !Character.isWhitespace(text.charAt(end))) {
            return "";
        }
        int start = end;
        while (start > 0 && end - start < 16 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Whether the clause before {@code at} speaks of the future ("will", "sẽ"), looking back a few words. */
    private static boolean future(Ctx c, int at) {
        int from = Math.max(0, at - 60);
        for (int i = at - 1; i >= from; i--) {
            char ch = c.text().charAt(i);
            if (ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == ';' || ch == ',') {
                from = i + 1;
                break;
            }
        }
        return FUTURE.matcher(c.text()).region(from, at).find();
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static int opt(Matcher m, String group) {
        return m.group(group) == null ? 0 : num(m, group);
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    }
}
