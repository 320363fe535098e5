package dev.annals.clean;

import dev.annals.build.AnnalsException;
import dev.annals.build.Problems;
import dev.annals.source.Format;
import dev.annals.source.FrontMatter;
import dev.annals.source.Source;
import dev.annals.util.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies every block of a source as title, heading, body, transcript, caption, metadata or boilerplate,
 * and fills the article's metadata from front matter, falling back to what the text says.
 */
public final class Cleaner {
    private static final Pattern SPEAKER = Pattern.compile(
            "^(?<speaker>\\p{Lu}[\\p{Lu}.'’\\- ]{1,40}(?:, \\p{Lu}[\\p{Lu} ]{1,30})?): (?<said>.+)$");
    private static final Pattern TERMINAL = Pattern.compile("[.!?…;,:]['\"”’»)]*$");
    private static final List<String> META_FIELDS = List.of("date", "author", "source", "translator", "origin",
            "contributor");
    /** Splits a metadata block's detail ("date=…; source=…") only before a field name: values may hold "; ". */
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("; (?=(" + String.join("|", META_FIELDS) + ")=)");

    private final List<Rule> rules;
    private final Languages languages;
    private final Markdown markdown;
    private final java.util.Map<String, String> reasons;
    private final java.util.Map<Double, String> densities;

    private final Paragraphs paragraphs;

    public Cleaner(List<Rule> rules, Languages languages) {
        this(rules, languages, LineStats.EMPTY);
    }

    /** A cleaner that also drops lines recurring across the archive, as counted by {@code stats}. */
    public Cleaner(List<Rule> rules, Languages languages, LineStats stats) {
        this(List.copyOf(rules), languages, new Markdown(), new java.util.concurrent.ConcurrentHashMap<>(),
                new java.util.concurrent.ConcurrentHashMap<>(), stats);
    }

    private Cleaner(List<Rule> rules, Languages languages, Markdown markdown, java.util.Map<String, String> reasons,
                    java.util.Map<Double, String> densities, LineStats stats) {
        this.rules = rules;
        this.languages = languages;
        this.markdown = markdown;
        this.reasons = reasons;
        this.densities = densities;
        this.paragraphs = new Paragraphs(languages, stats, densities);
    }

    /** This cleaner with other line counts (such as a {@link LineStats#recording} view), sharing the rest. */
    public Cleaner with(LineStats stats) {
        return new Cleaner(rules, languages, markdown, reasons, densities, stats);
    }

    public Article clean(Source source, Problems problems) {
        FrontMatter fm = source.frontMatter();
        List<Block> blocks = split(source);
        String fmTitle = fm.string("title").orElse(null);
        Map<String, String> found = new HashMap<>();
        List<String> contributors = new ArrayList<>(fm.list("contributors"));
        for (int i = 0; i < blocks.size(); i++) {
            try {
                blocks.set(i, classify(blocks.get(i), fm));
            } catch (AnnalsException e) {
                throw new AnnalsException(source.file(), blocks.get(i).line(), e.problem().message(), e);
            }
        }
        String inferredTitle = null;
        if (source.format() == Format.TEXT) {
            String lang = fm.string("lang").orElseGet(() -> languages.guess(
                    String.join("\n", blocks.stream().map(Block::text).toList())));
            List<Block> classified = paragraphs.classify(blocks, lang);
            blocks.clear();
            blocks.addAll(classified);
            inferredTitle = markTitle(blocks, fmTitle);
        }
        boolean bodySeen = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.HEADING && !bodySeen && fmTitle == null && inferredTitle == null
                    && b.html() != null) {
                b = b.withKind(BlockKind.TITLE, "first heading");
                inferredTitle = b.text();
            }
            if (b.kind() == BlockKind.BODY || b.kind() == BlockKind.TRANSCRIPT) {
                bodySeen = true;
            }
            if (b.kind() == BlockKind.METADATA && b.detail() != null) {
                for (String field : FIELD_SEPARATOR.split(b.detail())) {
                    int eq = field.indexOf('=');
                    String key = field.substring(0, eq);
                    String value = field.substring(eq + 1);
                    if (key.equals("contributor")) {
                        contributors.add(value);
                    } else {
                        found.putIfAbsent(key, value);
                    }
                }
            }
            blocks.set(i, b);
        }
        dropTrailingHeadings(blocks);
        joinTranscriptTurns(blocks);
        keepSomethingWhenNothingIsLeft(blocks);

        Map<String, String> inferred = new LinkedHashMap<>();
        String bodyText = String.join("\n", blocks.stream().filter(b -> b.kind().isText()).map(Block::text).toList());
        String title = fmTitle;
        if (title == null && inferredTitle != null) {
            title = inferredTitle;
            inferred.put("title", "first line of the text");
        }
        if (title == null) {
            title = titleFromLede(bodyText);
            inferred.put("title", "made from the first words of the text");
        }
        String lang = fm.string("lang").map(l -> l.toLowerCase(Locale.ROOT)).orElse(null);
        if (lang == null) {
            lang = languages.guess(bodyText);
            inferred.put("lang", "stopwords of the text");
        }
        LocalDate date = fm.date().orElse(null);
        if (date == null && found.containsKey("date")) {
            try {
                date = LocalDate.parse(found.get("date"));
                inferred.put("date", "dateline in the text");
            } catch (java.time.format.DateTimeParseException e) {
                problems.warn(source.file(), source.bodyLine(), "the dateline's date '" + found.get("date")
                        + "' is not a day such as 2020-08-16; set 'date' in the front matter.");
            }
        }
        if (date == null) {
            problems.warn(source.file(), source.bodyLine(), "no publication date; set 'date' in the front matter "
                    + "so relative dates in the text can be resolved.");
        }
        String src = pick(fm, "source", found, inferred);
        String author = pick(fm, "author", found, inferred);
        String translator = pick(fm, "translator", found, inferred);
        String origin = pick(fm, "origin", found, inferred);
        if (fm.list("contributors").isEmpty() && !contributors.isEmpty()) {
            inferred.put("contributors", "credit line in the text");
        }
        Meta meta = new Meta(title, date, lang, src, fm.string("url").orElse(null), author, translator, origin,
                contributors.stream().distinct().toList(), fm.string("summary").orElse(null),
                translations(fm), inferred);
        // Reasons are built per block but take few values: one shared copy of each (large archives hold millions).
        List<Block> shared = blocks.stream().map(b -> b.reason() == null ? b
                : b.withKind(b.kind(), reasons.computeIfAbsent(b.reason(), r -> r))).toList();
        return new Article(source.file(), source.slug(), meta, shared);
    }

    private static Map<String, String> translations(FrontMatter fm) {
        Object t = fm.values().get("translations");
        Map<String, String> out = new LinkedHashMap<>();
        if (t instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
        }
        return out;
    }

    private static String pick(FrontMatter fm, String key, Map<String, String> found, Map<String, String> inferred) {
        String v = fm.string(key).orElse(null);
        if (v == null && found.containsKey(key)) {
            v = found.get(key).strip();
            inferred.put(key, "credit line in the text");
        }
        return v;
    }

    private List<Block> split(Source source) {
        List<Block> blocks = new ArrayList<>();
        if (source.format() == Format.MARKDOWN) {
            for (Markdown.Part part : markdown.parts(source.body(), source.file(), source.bodyLine())) {
                blocks.add(new Block(part.heading() ? BlockKind.HEADING : BlockKind.BODY, part.text(),
                        part.element().outerHtml(), source.bodyLine() + part.line(),
                        part.heading() ? "Markdown heading" : "text", null));
            }
            return blocks;
        }
        String[] lines = source.body().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String text = lines[i].strip();
            if (!text.isEmpty()) {
                blocks.add(new Block(BlockKind.BODY, text, null, source.bodyLine() + i, "text", null));
            }
        }
        return blocks;
    }

    private Block classify(Block block, FrontMatter fm) {
        String text = block.text().strip();
        if (matchesAny(fm.list("keep"), text)) {
            return block.withKind(block.kind(), "kept by front matter 'keep'");
        }
        if (matchesAny(fm.list("drop"), text)) {
            return block.withKind(BlockKind.BOILERPLATE, "dropped by front matter 'drop'");
        }
        if (matchesAny(fm.list("captions"), text)) {
            return block.withKind(BlockKind.CAPTION, "caption by front matter 'captions'");
        }
        if (block.kind() == BlockKind.HEADING) {
            return block;
        }
        String folded = Rule.folded(text);
        for (Rule rule : rules) {
            Matcher m = rule.match(text, folded);
            if (m != null) {
                Block b = block.withKind(rule.kind(), "rule " + rule.id());
                if (rule.kind() == BlockKind.METADATA) {
                    return b.withDetail(fields(m));
                }
                if (rule.kind() == BlockKind.CAPTION) {
                    return b.withDetail(Text.group(m, "credit"));
                }
                return b;
            }
        }
        Matcher speaker = SPEAKER.matcher(text);
        if (speaker.matches() && speaker.group("speaker").chars().filter(Character::isLetter).count() >= 3) {
            return block.withKind(BlockKind.TRANSCRIPT, "speaker label in capitals")
                    .withDetail(speaker.group("speaker"));
        }
        return block;
    }

    private static String fields(Matcher m) {
        List<String> fields = new ArrayList<>();
        for (String name : META_FIELDS) {
            String v = Text.group(m, name);
            if (v != null && !v.isBlank()) {
                fields.add(name + "=" + v.strip());
            }
        }
        return fields.isEmpty() ? null : String.join("; ", fields);
    }

    /** A front matter list entry matches a block that equals it or starts with it. */
    private static boolean matchesAny(List<String> entries, String text) {
        for (String e : entries) {
            if (!e.isEmpty() && (text.equals(e) || text.startsWith(e))) {
                return true;
            }
        }
        return false;
    }

    static boolean looksLikeHeading(String text) {
        if (text.length() > 150) {
            return false; // before splitting: most blocks are long
        }
        int words = text.split("\\s+").length;
        return words >= 2 && words <= 20 && !TERMINAL.matcher(text).find() && Character.isUpperCase(text.codePointAt(0));
    }

    private static void dropTrailingHeadings(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.HEADING && b.html() == null) {
                blocks.set(i, b.withKind(BlockKind.BOILERPLATE, "short line after the text ends"));
            } else if (b.kind().isText()) {
                return;
            }
        }
    }

    /**
     * A short article can look like page furniture as a whole; when the text classifier left no body, the
     * blocks it dropped by its own judgement (not by a rule, a front matter list or recurrence) stay.
     */
    private static void keepSomethingWhenNothingIsLeft(List<Block> blocks) {
        if (blocks.stream().anyMatch(b -> b.kind().isText())) {
            return;
        }
        blocks.replaceAll(b -> b.kind() == BlockKind.BOILERPLATE && !b.reason().startsWith("rule ")
                && !b.reason().startsWith("dropped by") && !b.reason().startsWith("recurs") && wordy(b.text())
                ? b.withKind(BlockKind.BODY, "kept: the classifier (" + b.reason() + ") left no text") : b);
    }

    /** Text rather than binary noise: few replacement or control characters, and a word of two letters. */
    private static boolean wordy(String text) {
        long noise = text.chars().filter(c -> c == '\uFFFD' || Character.isISOControl(c) && c != '\t').count();
        return noise <= 0.05 * text.length() && text.matches("(?s).*\\p{L}{2}.*");
    }

    /** A short line between two speaker turns ("Hey, Lucian.") continues the turn before it. */
    private static void joinTranscriptTurns(List<Block> blocks) {
        BlockKind previous = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.kind().isText()) {
                continue;
            }
            BlockKind next = blocks.subList(i + 1, blocks.size()).stream().map(Block::kind)
                    .filter(BlockKind::isText).findFirst().orElse(null);
            if (b.kind() == BlockKind.BODY && b.html() == null && previous == BlockKind.TRANSCRIPT
                    && next == BlockKind.TRANSCRIPT && b.text().length() < 200) {
                b = b.withKind(BlockKind.TRANSCRIPT, "between speaker turns").withDetail("");
                blocks.set(i, b);
            }
            previous = b.kind();
        }
    }

    /**
     * Marks the title of a plain-text page: the front matter's, or the first heading-like line before the body;
     * its repeats before the body (a page title "Headline | Site" and the headline again) are title too.
     * Returns the inferred title, or null.
     */
    private static String markTitle(List<Block> blocks, String fmTitle) {
        String title = fmTitle;
        int first = -1;
        for (int i = 0; i < blocks.size() && title == null; i++) {
            Block b = blocks.get(i);
            boolean candidate = (b.kind() == BlockKind.BODY || b.kind() == BlockKind.HEADING
                    || b.kind() == BlockKind.BOILERPLATE && !b.reason().startsWith("rule"))
                    && looksLikeHeading(b.text());
            if (candidate) {
                first = i;
                title = b.text();
            } else if (b.kind() == BlockKind.BODY || b.kind() == BlockKind.TRANSCRIPT) {
                break;
            }
        }
        if (title == null) {
            return null;
        }
        List<String> parts = titleParts(title);
        for (int i = Math.max(first, 0); i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == BlockKind.BODY && i != first && !parts.contains(norm(b.text()))) {
                break;
            }
            if (i == first) {
                blocks.set(i, b.withKind(BlockKind.TITLE, "first heading-like line before the text"));
            } else if (b.kind() != BlockKind.METADATA && b.kind() != BlockKind.CAPTION
                    && parts.contains(norm(b.text()))) {
                blocks.set(i, b.withKind(BlockKind.TITLE, "repeats the title"));
                if (fmTitle == null) {
                    title = b.text();
                }
            }
        }
        if (fmTitle != null) {
            return null;
        }
        return parts.size() > 1 && norm(title).equals(parts.get(0)) ? longestPart(title) : title;
    }

    private static final Pattern TITLE_SEPARATOR = Pattern.compile(" [|–—-] | :: ");

    /** The normalised title and, for "Headline | Site", each of its parts. */
    private static List<String> titleParts(String title) {
        List<String> parts = new ArrayList<>(List.of(norm(title)));
        for (String part : TITLE_SEPARATOR.split(title)) {
            if (!norm(part).isEmpty() && !parts.contains(norm(part))) {
                parts.add(norm(part));
            }
        }
        return parts;
    }

    private static String longestPart(String title) {
        String best = "";
        for (String part : TITLE_SEPARATOR.split(title)) {
            best = part.strip().length() > best.length() ? part.strip() : best;
        }
        return best;
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private static String norm(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A title of at most ten words from the first sentence of the text. */
    static String titleFromLede(String text) {
        String first = text.strip().split("(?<=[.!?])\\s+|\n", 2)[0];
        String[] words = first.split("\\s+");
        if (words.length <= 10) {
            return first.replaceAll("[.!?]+$", "");
        }
        return String.join(" ", java.util.Arrays.copyOf(words, 10)).replaceAll("[,;:]+$", "") + "…";
    }
}
