package dev.annals.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
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
            return null;
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

    String pretty(Object value) {
        try {
            return pretty.writeValueAsString(value).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029") + "\n";
        } catch (JsonProcessingException e) {
            throw new AnnalsException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    String compact(Object value) {
        try {
            return compact.writeValueAsString(value).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new AnnalsException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
