package dev.annals.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies the plain-text blocks no rule settled, in the manner of jusText: each block is first good,
 * near-good, short or bad by its own features (length, stopword density, sentence shape, menu-likeness,
 * recurrence across the archive), then short and near-good blocks take their class from their neighbours.
 *
 * <p>Hand-written: jusText (Python) and Boilerpipe (Java, unmaintained) classify HTML; this works on plain text.
 */
final class Paragraphs {
    enum Cls { GOOD, NEAR, SHORT, BAD }

    static final int LENGTH_LOW = 70;
    static final int LENGTH_HIGH = 200;
    static final int HEADING_DISTANCE = 200;
    static final int GAP = 10;
    static final int MINOR = 4;
    static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？:]['\"”’»)\\]]*$");
    static final Pattern MENU = Pattern.compile(" [|•·»›] |^[|•·»›>]|[|•·»›]$|https?://|www\\.|\\w@\\w+\\.");

    private final Languages languages;
    private final LineStats stats;
    /** Densities as reasons show them, by value: formatting each block's anew took a few percent of cleaning. */
    private final java.util.Map<Double, String> shown;

    Paragraphs(Languages languages, LineStats stats, java.util.Map<Double, String> shown) {
        this.languages = languages;
        this.stats = stats;
        this.shown = shown;
    }

    /** A block's state while classifying: its class, whether rules fixed it, and why. */
    private record State(Cls cls, boolean open, boolean heading, String reason, boolean dense) {
        State(Cls cls, boolean open, boolean heading, String reason) {
            this(cls, open, heading, reason, false);
        }
    }

    /**
     * Classifies {@code blocks}; lines of a hard-wrapped paragraph (a line that stops mid-sentence, followed by
     * one starting in lower case or after a trailing stopword) are classified together.
     */
    List<Block> classify(List<Block> lines, String lang) {
        List<List<Integer>> units = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && continues(lines.get(i - 1), lines.get(i), lang)) {
                units.get(units.size() - 1).add(i);
            } else {
                units.add(new ArrayList<>(List.of(i)));
            }
        }
        List<Block> joined = new ArrayList<>();
        for (List<Integer> unit : units) {
            Block first = lines.get(unit.get(0));
            String text = String.join(" ", unit.stream().map(i -> lines.get(i).text()).toList());
            joined.add(new Block(first.kind(), text, first.html(), first.line(), first.reason(), first.detail()));
        }
        List<Block> classified = classifyUnits(joined, lang);
        List<Block> out = new ArrayList<>(lines);
        for (int u = 0; u < units.size(); u++) {
            Block c = classified.get(u);
            boolean wrapped = units.get(u).size() > 1;
            for (int i : units.get(u)) {
                BlockKind kind = wrapped && c.kind() == BlockKind.HEADING ? BlockKind.BODY : c.kind();
                Block line = lines.get(i);
                boolean same = kind == line.kind() && c.reason().equals(line.reason());
                out.set(i, same ? line : line.withKind(kind, c.reason() + (wrapped ? " (wrapped lines)" : "")));
            }
        }
        return out;
    }

    private boolean continues(Block before, Block line, String lang) {
        if (!before.reason().equals("text") || !line.reason().equals("text") || before.kind() != BlockKind.BODY
                || line.kind() != BlockKind.BODY || endsSentence(before.text())
                || stats.repeated(before.text()) || stats.repeated(line.text())) {
            return false;
        }
        int c = line.text().codePointAt(0);
        if (Character.isLowerCase(c)) {
            return true;
        }
        String[] words = Languages.words(before.text());
        return words.length >= 3 && languages.stopwords(lang).contains(words[words.length - 1]);
    }

    private List<Block> classifyUnits(List<Block> blocks, String lang) {
        int n = blocks.size();
        State[] s = new State[n];
        Cls[] initial = new Cls[n];
        for (int i = 0; i < n; i++) {
            s[i] = initial(blocks.get(i), lang);
            initial[i] = s[i] == null ? null : s[i].cls();
        }
        // a page without long text: its densest near-good blocks are its text
        if (java.util.Arrays.stream(s).noneMatch(x -> x != null && x.open() && x.cls() == Cls.GOOD)) {
            for (int i = 0; i < n; i++) {
                if (isOpen(s[i], Cls.NEAR) && s[i].dense()) {
                    s[i] = new State(Cls.GOOD, true, s[i].heading(), s[i].reason() + ", on a page without long text");
                    initial[i] = Cls.GOOD;
                }
            }
        }
        // headings: a short heading-like block shortly before good text is near-good
        for (int i = 0; i < n; i++) {
            if (isOpen(s[i], Cls.SHORT) && s[i].heading() && goodFollows(s, initial, blocks, i)) {
                s[i] = new State(Cls.NEAR, true, true, "heading before good text");
            }
        }
        // short blocks take the class of their neighbours
        State[] revised = s.clone();
        for (int i = 0; i < n; i++) {
            if (!isOpen(s[i], Cls.SHORT)) {
                continue;
            }
            Cls prev = neighbour(s, i, -1, true);
            Cls next = neighbour(s, i, 1, true);
            String why;
            Cls c;
            if (prev == Cls.GOOD && next == Cls.GOOD) {
                c = Cls.GOOD;
                why = "short, between good blocks";
            } else if (prev == Cls.BAD && next == Cls.BAD) {
                c = Cls.BAD;
                why = "short, between boilerplate";
            } else if (prev == Cls.BAD && neighbour(s, i, -1, false) == Cls.NEAR
                    || next == Cls.BAD && neighbour(s, i, 1, false) == Cls.NEAR) {
                c = Cls.GOOD;
                why = "short, next to near-good text";
            } else {
                c = Cls.BAD;
                why = "short, at the edge of the text";
            }
            revised[i] = new State(c, true, s[i].heading(), why);
        }
        s = revised;
        // near-good blocks are good unless boilerplate surrounds them
        revised = s.clone();
        for (int i = 0; i < n; i++) {
            if (isOpen(s[i], Cls.NEAR)) {
                boolean bad = neighbour(s, i, -1, true) == Cls.BAD && neighbour(s, i, 1, true) == Cls.BAD;
                revised[i] = new State(bad ? Cls.BAD : Cls.GOOD, true, s[i].heading(),
                        s[i].reason() + (bad ? ", between boilerplate" : ", next to good text"));
            }
        }
        s = revised;
        // a heading-like block right before good text heads it
        for (int i = 0; i < n; i++) {
            if (isOpen(s[i], Cls.BAD) && initial[i] == Cls.SHORT && s[i].heading()
                    && goodFollows(s, initial, blocks, i)) {
                s[i] = new State(Cls.GOOD, true, true, "heading before good text");
            }
        }
        keepMainText(s, blocks);
        List<Block> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Block b = blocks.get(i);
            if (s[i] == null || !s[i].open()) {
                out.add(s[i] != null && s[i].cls() == Cls.BAD && b.kind() == BlockKind.BODY
                        ? b.withKind(BlockKind.BOILERPLATE, s[i].reason()) : b);
            } else if (s[i].cls() == Cls.GOOD) {
                boolean heading = s[i].heading() && initial[i] != Cls.GOOD;
                out.add(b.withKind(heading ? BlockKind.HEADING : BlockKind.BODY, s[i].reason()));
            } else {
                out.add(b.withKind(BlockKind.BOILERPLATE, s[i].reason()));
            }
        }
        return out;
    }

    /**
     * Good text separated from the main text (the region with the most good text) by a run of at least
     * {@link #GAP} boilerplate blocks, and much smaller than it, is teasers or comments: boilerplate.
     */
    private static void keepMainText(State[] s, List<Block> blocks) {
        List<int[]> regions = new ArrayList<>();
        int gap = GAP;
        for (int i = 0; i < s.length; i++) {
            if (s[i] == null) {
                continue;
            }
            if (s[i].cls() != Cls.GOOD) {
                gap++;
                continue;
            }
            if (gap >= GAP) {
                regions.add(new int[] {i, i, 0});
            }
            int[] r = regions.get(regions.size() - 1);
            r[1] = i;
            r[2] += blocks.get(i).text().length();
            gap = 0;
        }
        int main = regions.stream().mapToInt(r -> r[2]).max().orElse(0);
        for (int[] r : regions) {
            if (r[2] * MINOR < main) {
                for (int i = r[0]; i <= r[1]; i++) {
                    if (s[i] != null && s[i].open() && s[i].cls() == Cls.GOOD) {
                        s[i] = new State(Cls.BAD, true, false, "good text apart from the main text");
                    }
                }
            }
        }
    }

    private static boolean isOpen(State s, Cls c) {
        return s != null && s.open() && s.cls() == c;
    }

    /**
     * Whether good text that is not itself a short line follows block {@code i} directly (captions and metadata
     * aside), within a short distance.
     */
    private static boolean goodFollows(State[] s, Cls[] initial, List<Block> blocks, int i) {
        int distance = 0;
        for (int j = i + 1; j < s.length && distance <= HEADING_DISTANCE; j++) {
            if (s[j] != null && s[j].cls() == Cls.GOOD && initial[j] != Cls.SHORT) {
                return true;
            }
            if (s[j] != null && s[j].open()) {
                return false;
            }
            distance += blocks.get(j).text().length();
        }
        return false;
    }

    /** The class of the nearest block before or after {@code i} that is not short (nor near-good if asked). */
    private static Cls neighbour(State[] s, int i, int step, boolean ignoreNear) {
        for (int j = i + step; j >= 0 && j < s.length; j += step) {
            if (s[j] == null || s[j].cls() == Cls.SHORT || ignoreNear && s[j].cls() == Cls.NEAR) {
                continue;
            }
            return s[j].cls();
        }
        return Cls.BAD;
    }

    /** The class a block gets from its own features; null for blocks that do not take part (captions, metadata). */
    private State initial(Block b, String lang) {
        switch (b.kind()) {
            case BOILERPLATE:
                return new State(Cls.BAD, false, false, b.reason());
            case TRANSCRIPT:
            case HEADING:
                return new State(Cls.GOOD, false, false, b.reason());
            case BODY:
                break;
            default:
                return null;
        }
        String t = b.text();
        boolean heading = Cleaner.looksLikeHeading(t);
        if (!b.reason().equals("text")) {
            return new State(Cls.GOOD, false, heading, b.reason());
        }
        if (stats.repeated(t)) {
            return new State(Cls.BAD, false, heading, "recurs across the archive (in 3 articles or more, and 1 in 20)");
        }
        int length = length(t);
        boolean sentence = endsSentence(t);
        if (length < LENGTH_HIGH && mayBeMenu(t) && MENU.matcher(t).find()) {
            return new State(Cls.BAD, true, false, "menu-like separators or address");
        }
        double d = density(t, lang);
        String dens = shown.computeIfAbsent(d, v -> String.format(Locale.ROOT, "%.2f", v));
        if (length < LENGTH_LOW) {
            if (sentence && words(t) >= 4 && d >= low(lang)) {
                return new State(Cls.NEAR, true, heading, "short sentence with stopwords " + dens);
            }
            return new State(Cls.SHORT, true, heading, "short");
        }
        if (d >= high(lang)) {
            return length > LENGTH_HIGH
                    ? new State(Cls.GOOD, true, heading, "long text with stopwords " + dens)
                    : new State(Cls.NEAR, true, heading, "text with stopwords " + dens, true);
        }
        if (d >= low(lang)) {
            return new State(Cls.NEAR, true, heading, "text with some stopwords " + dens);
        }
        if (sentence && d >= low(lang) / 2) {
            return new State(Cls.NEAR, true, heading, "sentence with few stopwords " + dens);
        }
        return new State(Cls.BAD, true, heading, "few stopwords " + dens);
    }

    /** Stopword density in {@code lang}; in the best-fitting language when there is no stoplist for it. */
    private double density(String t, String lang) {
        return languages.stopwords(lang).isEmpty() ? languages.bestDensity(t, Languages.KNOWN)
                : languages.stopwordDensity(t, lang);
    }

    static double low(String lang) {
        return switch (lang) {
            case "zh" -> 0.10;
            case "ja" -> 0.20;
            default -> 0.22;
        };
    }

    static double high(String lang) {
        return switch (lang) {
            case "zh" -> 0.14;
            case "ja" -> 0.28;
            default -> 0.30;
        };
    }

    /** Length in characters, a Han character counting as three. */
    static int length(String t) {
        int han = 0;
        for (int i = 0; i < t.length(); i++) {
            if (Languages.isCjk(t.charAt(i))) {
                han++;
            }
        }
        return t.length() + 2 * han;
    }

    /**
     * {@code SENTENCE_END.matcher(t).find()}, tried only on the trailing closers and line breaks and the character
     * before them, where every match starts: the regex engine would try each position of the text.
     */
    static boolean endsSentence(String t) {
        int from = t.length();
        while (from > 0 && "'\"”’»)]\n\r\u0085\u2028\u2029".indexOf(t.charAt(from - 1)) >= 0) {
            from--;
        }
        return SENTENCE_END.matcher(t).region(Math.max(0, from - 1), t.length()).find();
    }

    /** False when {@code t} lacks every character or word {@code MENU} needs, so that it cannot match. */
    static boolean mayBeMenu(String t) {
        for (int i = 0; i < t.length(); i++) {
            if ("|•·»›>@".indexOf(t.charAt(i)) >= 0) {
                return true;
            }
        }
        return t.contains("http") || t.contains("www.");
    }

    private static int words(String t) {
        return t.split("\\s+").length;
    }
}
