package dev.annals.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The search index folds text a character at a time exactly as search.js folds a whole query. */
class SearchFoldTest {
    /** search.js's fold, in Java: the whole text's NFD, marks removed, đ to d, lower case. */
    private static String wholeTextFold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    @Test
    void foldsAsTheWholeTextWould() {
        SearchIndex index = new SearchIndex();
        for (String s : List.of("Minsk", "Thành phố Hồ Chí Minh", "ĐẶNG ĐỨC HUY", "Lukashenko’s “victory”",
                "e\u0323\u0302 and \u1EC7 and e\u0302\u0323", // marks in either order, and precomposed
                "ΟΔΟΣ ΟΔΟΣ", "İstanbul", "Ǆ ǅ", "😀 Łódź", "\uD800 lone", "한국어", "")) {
            assertEquals(wholeTextFold(s), index.fold(s), s);
        }
    }
}
