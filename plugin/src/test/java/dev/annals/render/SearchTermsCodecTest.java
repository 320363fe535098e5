package dev.annals.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An article's search terms, kept on disk between builds, are read back exactly as they were written. */
class SearchTermsCodecTest {
    private final SearchIndex.Counted.Codec codec = new SearchIndex.Counted.Codec();

    @Test
    void readsBackWhatItWrote() {
        for (SearchIndex.Counted c : List.of(
                new SearchIndex.Counted(new String[] {"minsk", "lukashenko", "2020"}, new int[] {7, 2, 1}, "Minsk…"),
                new SearchIndex.Counted(new String[0], new int[0], ""),
                new SearchIndex.Counted(new String[] {"ha", "noi", "😀x", "ł"}, new int[] {1, 5, 3, 20},
                        "a NUL \0, a lone \uD800 surrogate, 😀 and “quotes”"))) {
            SearchIndex.Counted back = codec.read(codec.write(c));
            assertArrayEquals(c.terms(), back.terms());
            assertArrayEquals(c.weights(), back.weights());
            assertEquals(c.snippet(), back.snippet());
        }
    }

    @Test
    void refusesBytesItDidNotWrite() {
        byte[] written = codec.write(new SearchIndex.Counted(new String[] {"a", "b"}, new int[] {1, 2}, "s"));
        byte[] cut = java.util.Arrays.copyOf(written, written.length - 2); // the last term lost
        assertThrows(IllegalArgumentException.class, () -> codec.read(cut));
        byte[] huge = ByteBuffer.allocate(12).putInt(Integer.MAX_VALUE).putInt(0).putInt(0).array();
        assertThrows(IllegalArgumentException.class, () -> codec.read(huge), "no array of that size is made");
        assertThrows(RuntimeException.class, () -> codec.read(new byte[3]));
    }
}
