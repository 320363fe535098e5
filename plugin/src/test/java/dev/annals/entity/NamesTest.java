package dev.annals.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void distanceIsTheOptimalStringAlignmentDistance() {
        assertEquals(0, Names.distance("minsk", "minsk"));
        assertEquals(1, Names.distance("lukashenko", "lukashenka"));
        assertEquals(1, Names.distance("ab", "ba"), "one transposition");
        assertEquals(1, Names.distance("abcd", "acbd"));
        assertEquals(3, Names.distance("ca", "abc"), "no edits of a transposed pair, unlike Damerau-Levenshtein's 2");
        assertEquals(3, Names.distance("kitten", "sitting"));
        assertEquals(2, Names.distance("", "ab"));
        assertEquals(2, Names.distance("tsikhanouskaya", "tikhanovskaya"));
        assertEquals(3, Names.distance("abc", "abcdef"), "lengths three apart are at least three apart");
    }

    @Test
    void nfcComposesWhatIsNotComposedAndKeepsWhatIs() {
        assertEquals("é", Names.nfc("e\u0301"), "maybe composed: the quick check's MAYBE");
        assertEquals("\u0300", Names.nfc("\u0340"), "never composed: its NO");
        String composed = "Linkevičius";
        org.junit.jupiter.api.Assertions.assertSame(composed, Names.nfc(composed));
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 1 + random.nextInt(6); i > 0; i--) {
                b.appendCodePoint(random.nextBoolean() ? "aeoAEOuUnNcCsSzZ".charAt(random.nextInt(16))
                        : 0x300 + random.nextInt(0x70));
            }
            String s = b.toString();
            assertEquals(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC), Names.nfc(s), s);
        }
    }

    @Test
    void stripDropsTheDiacriticsAndKeepsTheCase() {
        assertEquals("Linkevicius", Names.strip("Linkevičius"));
        assertEquals("LODZ Soren", Names.strip("ŁÓDŹ Søren"));
        assertEquals("Đa Nang", Names.strip("Đà Nẵng"), "Đ is a letter of its own, not D with a mark");
        assertEquals("हिदी", Names.strip("हिंदी"), "the spacing vowel sign stays, the nasal mark goes");
    }

    @Test
    void stripAgreesWithDroppingEveryNonSpacingMarkByRegex() {
        java.util.regex.Pattern marks = java.util.regex.Pattern.compile("\\p{Mn}+");
        java.util.Random random = new java.util.Random(5);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder("é");
            for (int i = random.nextInt(8); i > 0; i--) {
                b.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x1F000) : 0x300 + random.nextInt(0x70));
            }
            String s = java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFC);
            String d = marks.matcher(java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)).replaceAll("");
            String want = java.text.Normalizer.normalize(d.replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o')
                    .replace('Ø', 'O'), java.text.Normalizer.Form.NFC);
            assertEquals(want, Names.strip(s), s);
        }
    }

    @Test
    void distanceAgreesWithTheWholeTableUpToTwo() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 50_000; round++) {
            String a = word(random);
            String b = random.nextBoolean() ? word(random) : mutated(a, random);
            assertEquals(Math.min(table(a, b), 3), Names.distance(a, b), a + " / " + b);
        }
    }

    /** Letters for words far apart in their sets of characters; '!' and 'ă' share low bits with 'a' and 'c'. */
    private static final String WIDE = "abcdefghijk!ă";

    private static String word(java.util.Random random) {
        String letters = random.nextBoolean() ? "abcd" : WIDE;
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            out.append(letters.charAt(random.nextInt(letters.length())));
        }
        return out.toString();
    }

    private static String mutated(String a, java.util.Random random) {
        StringBuilder out = new StringBuilder(a);
        for (int i = random.nextInt(3); i > 0 && out.length() > 1; i--) {
            int at = random.nextInt(out.length() - 1);
            char c = out.charAt(at); // swap a pair, or change a letter
            if (random.nextBoolean()) {
                out.setCharAt(at, out.charAt(at + 1));
                out.setCharAt(at + 1, c);
            } else {
                out.setCharAt(at, WIDE.charAt(random.nextInt(WIDE.length())));
            }
        }
        return out.toString();
    }

    /** The textbook optimal-string-alignment table, filled in whole. */
    private static int table(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
