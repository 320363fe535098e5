package dev.annals.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
}
