package dev.annals.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTest {
    @Test
    void escapesTheFiveCharactersAndKeepsTheRest() {
        String text = "x<b>Tom & \"Ann's\" việc</b>y";
        assertEquals("&lt;b&gt;Tom &amp; &quot;Ann&#39;s&quot; việc&lt;/b&gt;", Inline.html(text, 1, text.length() - 1,
                List.of()));
        assertEquals("plain", Inline.html("plain", 0, 5, List.of()));
    }

    @Test
    void wrapsSpansAndEscapesTheTextInside() {
        String text = "Minsk & Hà Nội";
        assertEquals("<a href=\"m\">Minsk</a> &amp; <b>Hà Nội</b>", Inline.html(text, 0, text.length(),
                List.of(new Inline.Span(0, 5, "<a href=\"m\">", "</a>"), new Inline.Span(8, 14, "<b>", "</b>"))));
    }
}
