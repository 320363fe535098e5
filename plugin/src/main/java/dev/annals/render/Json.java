package dev.annals.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
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

    private final ObjectWriter pretty;
    private final ObjectWriter compact;

    Json() {
        ObjectMapper mapper = new ObjectMapper();
        mapper.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
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

    String compact(Object value) {
        try {
            return compact.writeValueAsString(value).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new AnnalsException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
