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
}
