package dev.annals.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void foldsLettersToAsciiAndJoinsWordsWithDashes() {
        assertEquals("lanh-dao-belarus-gap-putin", Slugs.of("Lãnh đạo Belarus gặp Putin"));
        assertEquals("2020-08-16-hello-world", Slugs.of("2020-08-16 Hello, World!"));
        assertEquals("linkevicius", Slugs.of("Linkevičius"));
    }

    @Test
    void neverKeepsSeparatorsOrDots() {
        assertEquals("a-b-c", Slugs.of("../a/b\\c"));
        assertEquals("", Slugs.of("../.."));
    }

    @Test
    void longNamesAreCutWithoutATrailingDash() {
        String slug = Slugs.of("word ".repeat(60));
        assertEquals(Slugs.MAX_LENGTH - 1, slug.length());
        assertEquals("word-", slug.substring(0, 5));
        assertEquals('d', slug.charAt(slug.length() - 1));
    }

    @Test
    void reservedNamesGetASuffix() {
        assertEquals("nul-", Slugs.of("NUL"));
        assertEquals("index-", Slugs.of("index"));
    }

    /** ASCII names skip the transliterator, which leaves them as they are. */
    @Test
    void asciiNamesAreAsTheTransliteratorLeavesThem() {
        com.ibm.icu.text.Transliterator icu = com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII");
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                name.append((char) random.nextInt(0x80));
            }
            assertEquals(icu.transliterate(name.toString()), Slugs.toAscii(name.toString()));
        }
        assertEquals("Dang Thi", Slugs.toAscii("Đặng Thị"));
    }

    /** Names that lose only marks skip the transliterator too: every character alone and in Latin-script names. */
    @Test
    void marklessNamesAreAsTheTransliteratorLeavesThem() {
        com.ibm.icu.text.Transliterator icu = com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII");
        for (char c = 0x80; c < 0xFFFF; c++) {
            String name = "a" + c + "B";
            if (!Character.isSurrogate(c)) {
                assertEquals(icu.transliterate(name), Slugs.toAscii(name), "U+" + Integer.toHexString(c));
            }
        }
        String alphabet = "aEđĐ ,-'ăâêôơưạảãáàẠỆễỄ\u0300\u0301\u0303\u0309\u0323\u031b\u0306čšžłøß";
        java.util.Random random = new java.util.Random(6);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(icu.transliterate(name.toString()), Slugs.toAscii(name.toString()), name.toString());
        }
    }
}
