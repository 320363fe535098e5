package dev.annals.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    private final Languages languages = new Languages();

    @Test
    void guessesEveryStoplistLanguage() {
        assertEquals("en", languages.guess("The minister said that the talks would go on for as long as they were needed."));
        assertEquals("fr", languages.guess("Le ministre a dit que les discussions continueraient aussi longtemps que nécessaire."));
        assertEquals("es", languages.guess("El ministro dijo que las conversaciones seguirán todo el tiempo que sea necesario."));
        assertEquals("pt", languages.guess("O ministro disse que as conversas vão continuar pelo tempo que for necessário."));
        assertEquals("de", languages.guess("Der Minister sagte, dass die Gespräche so lange wie nötig weitergehen würden."));
        assertEquals("cs", languages.guess("Ministr řekl, že jednání budou pokračovat tak dlouho, jak to bude potřeba."));
        assertEquals("vi", languages.guess("Bộ trưởng nói rằng các cuộc đàm phán sẽ tiếp tục trong thời gian cần thiết."));
        assertEquals("zh", languages.guess("部长说，谈判将在需要的时间内继续进行。"));
        assertEquals("ja", languages.guess("大臣は、交渉は必要な限り続けられると述べた。"));
        assertEquals("und", languages.guess("12345 ---"));
    }

    @Test
    void chineseDensityCountsCharacters() {
        assertEquals(0.0, languages.stopwordDensity("北京天津", "zh"));
        assertEquals(0.25, languages.stopwordDensity("北京的人 and more", "zh"), 1e-9);
    }

    @Test
    void wordsAreWhatTheRegexSplitGives() {
        String alphabet = "aZ9 .,-\u0301\u20DD\u0903ẳĐ İ\u00A0\uD801\uDC00\uD835\uDFCE\uD800\u0660_zA0@[`{/:\u007f";
        int[] points = alphabet.codePoints().toArray();
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                text.appendCodePoint(points[random.nextInt(points.length)]);
            }
            String lower = text.toString().toLowerCase(java.util.Locale.ROOT);
            String[] expected = lower.isBlank() ? new String[0] : lower.split("[^\\p{L}\\p{M}\\p{Nd}]+");
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected, Languages.words(text.toString()),
                    "'" + text + "'");
        }
    }

    @Test
    void noHanOrKanaComesBeforeTheCjkRadicals() {
        for (int c = 0; c < 0x2E80; c++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            org.junit.jupiter.api.Assertions.assertFalse(script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA,
                    Integer.toHexString(c));
        }
    }
}
