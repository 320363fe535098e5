package dev.annals.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    private final Json json = new Json();

    @Test
    void streamedIsTheSameAsTheString() throws Exception {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("text", "a\u2028b\u2029c </script> & Việt Nam 😀 \"q\"");
        v.put("list", SiteRenderer.lazy(List.of(1, 2), i -> Map.of("n", i)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.pretty(v, out);
        String streamed = out.toString(StandardCharsets.UTF_8);
        v.put("list", List.of(Map.of("n", 1), Map.of("n", 2)));
        assertEquals(json.pretty(v), streamed);
        assertEquals(true, streamed.contains("a\\u2028b\\u2029c \\u003C/script\\u003E \\u0026 Việt Nam 😀"));
    }

    @Test
    void writesEveryKindOfValue() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("none", null);
        v.put("empty", Map.of());
        v.put("list", List.of(1, 2L, 2.5, true));
        v.put("ints", new int[] {3, 4});
        assertEquals("{\n  \"none\" : null,\n  \"empty\" : { },\n  \"list\" : [\n    1,\n    2,\n    2.5,\n    true\n  ],\n"
                + "  \"ints\" : [\n    3,\n    4\n  ]\n}\n", json.pretty(v));
        assertEquals("{\"none\":null,\"empty\":{},\"list\":[1,2,2.5,true],\"ints\":[3,4]}", json.compact(v));
        assertEquals("{\"a\":[],\"n\":{\"x\":1}}", json.compact(Json.object("a", List.of(), "n",
                json.nested(Map.of("x", 1), 1))).replaceAll("\\s", ""));
        assertThrows(IllegalArgumentException.class, () -> json.compact(List.of(new Object())));
    }

    /** The walk writes what Jackson's object mapper, set up as the walk's generator is, writes. */
    @Test
    void writesWhatTheObjectMapperWrites() throws Exception {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            Object value = randomValue(random, 3);
            ObjectMapper escaping = new ObjectMapper();
            escaping.getFactory().setCharacterEscapes(json.escapes());
            String pretty = escaping.writer(new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"))).writeValueAsString(value);
            assertEquals(pretty.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n", json.pretty(value));
            assertEquals(escaping.writeValueAsString(value).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"),
                    json.compact(value));
        }
    }

    private static Object randomValue(java.util.Random random, int depth) {
        String alphabet = "aZ <>&\"\\/\n\t\u0001\u2028\u2029ệ😀";
        switch (random.nextInt(depth > 0 ? 10 : 7)) {
            case 0: return null;
            case 1: return random.nextInt();
            case 2: return random.nextLong();
            case 3: return random.nextDouble() * 1000;
            case 4: return random.nextBoolean();
            case 5: return random.ints(random.nextInt(3)).toArray();
            case 6: {
                StringBuilder s = new StringBuilder();
                for (int i = random.nextInt(6); i > 0; i--) {
                    s.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
                }
                return s.toString();
            }
            case 7: case 8: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put("k" + random.nextInt(100), randomValue(random, depth - 1));
                }
                return map;
            }
            default: {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomValue(random, depth - 1));
                }
                return list;
            }
        }
    }
}
