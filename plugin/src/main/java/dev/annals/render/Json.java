package dev.annals.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.annals.build.AnnalsException;
import java.util.Map;

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

    private final JsonFactory factory = new JsonFactory();
    private final DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    Json() {
        factory.setCharacterEscapes(new HtmlSafeEscapes());
    }

    /** The escapes of every string written, for tests. */
    CharacterEscapes escapes() {
        return factory.getCharacterEscapes();
    }

    /** A JSON object from key-value pairs, in that order: {@code Map.of} iterates in a per-JVM random order. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    String pretty(Object value) {
        return text(value, true).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n";
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
        try (JsonGenerator g = generator(factory.createGenerator(writer), true)) {
            write(g, value);
        }
        writer.write('\n');
        writer.flush();
    }

    /**
     * {@code value} as {@link #pretty(Object, java.io.OutputStream)} writes it nested {@code depth} levels deep, to
     * stand for it in a larger value: only the indentation of its lines depends on what holds it (no JSON string
     * holds a line break).
     */
    SerializableString nested(Object value, int depth) {
        // encoded as the Writer of pretty(Object, OutputStream) encodes
        return new Utf8Text(text(value, true).replace("\n", "\n" + "  ".repeat(depth))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * As {@link #pretty(Object, java.io.OutputStream)} for a value whose strings are all ASCII or in {@link #nested}
     * values: through the byte generator, which copies a nested value's UTF-8 as it is.
     */
    void prettyUtf8(Object value, java.io.OutputStream out) throws java.io.IOException {
        try (JsonGenerator g = generator(factory.createGenerator(out), true)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the caller closes it
            write(g, value);
        }
        out.write('\n');
    }

    String compact(Object value) {
        return text(value, false).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private String text(Object value, boolean pretty) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = generator(factory.createGenerator(out), pretty)) {
            write(g, value);
        } catch (java.io.IOException e) {
            throw new AnnalsException("cannot write JSON: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private JsonGenerator generator(JsonGenerator g, boolean pretty) {
        return pretty ? g.setPrettyPrinter(printer.createInstance()) : g;
    }

    /**
     * Writes a value of the plain types pages and data files are made of; a {@link SerializableString} is JSON
     * already. A walk over them, not Jackson's object mapper, which loaded 434 classes and compiled its
     * serializers in every build.
     */
    private static void write(JsonGenerator g, Object v) throws java.io.IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Iterable<?> items) {
            g.writeStartArray();
            for (Object item : items) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            g.writeNumber(((Number) v).intValue());
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof int[] ints) {
            g.writeArray(ints, 0, ints.length);
        } else if (v instanceof SerializableString raw) {
            g.writeRawValue(raw);
        } else {
            throw new IllegalArgumentException("no JSON for a " + v.getClass().getName());
        }
    }
}
