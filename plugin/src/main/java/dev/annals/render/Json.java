package dev.annals.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.annals.build.AnnalsException;

/**
 * JSON for data files and JSON-LD: pretty-printed with {@code \n}, and with {@code < > &} and line
 * separators escaped so that a value can never close a {@code <script>} element.
 */
final class Json {
    private static final SerializableString LS = new SerializedString("\\u2028");
    private static final SerializableString PS = new SerializedString("\\u2029");

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? LS : ch == 0x2029 ? PS : null;
        }
    }

    private final com.fasterxml.jackson.core.JsonFactory factory;
    private final ObjectWriter pretty;
    private final ObjectWriter compact;

    Json() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        factory = mapper.getFactory();
        pretty = mapper.writer(printer);
        compact = mapper.writer();
    }

    /** A JSON object from key-value pairs, in that order: {@code Map.of} iterates in a per-JVM random order. */
    static java.util.Map<String, Object> object(Object... keysAndValues) {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    String pretty(Object value) {
        try {
            return pretty.writeValueAsString(value).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n";
        } catch (JsonProcessingException e) {
            throw new AnnalsException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Writes {@code value} as {@link #pretty} does, streaming: large data files never exist as one string. */
    void pretty(Object value, java.io.OutputStream out) throws java.io.IOException {
        // Through a Writer, as writeValueAsString does (the byte generator would escape astral characters).
        java.io.Writer writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8) {
            @Override
            public void close() throws java.io.IOException {
                flush(); // the caller closes the stream
            }
        };
        pretty.writeValue(writer, value);
        writer.write('\n');
        writer.flush();
    }

    /**
     * {@code value} as {@link #pretty(Object, java.io.OutputStream)} writes it nested {@code depth} levels deep, to
     * stand for it in a larger value: only the indentation of its lines depends on what holds it (no JSON string
     * holds a line break).
     */
    RawValue nested(Object value, int depth) {
        try {
            // encoded as the Writer of pretty(Object, OutputStream) encodes
            return new RawValue(new Utf8Text(pretty.writeValueAsString(value).replace("\n", "\n" + "  ".repeat(depth))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new AnnalsException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #pretty(Object, java.io.OutputStream)} for a value whose strings are all ASCII or in {@link #nested}
     * values: through the byte generator, which copies a nested value's UTF-8 as it is.
     */
    void prettyUtf8(Object value, java.io.OutputStream out) throws java.io.IOException {
        try (com.fasterxml.jackson.core.JsonGenerator g = factory.createGenerator(out)) {
            g.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller closes it
            pretty.writeValue(g, value);
        }
        out.write('\n');
    }

    String compact(Object value) {
        try {
            return compact.writeValueAsString(value).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new AnnalsException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
