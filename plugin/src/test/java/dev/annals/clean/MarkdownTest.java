package dev.annals.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annals.build.Problems;
import dev.annals.source.Format;
import dev.annals.source.FrontMatter;
import dev.annals.source.Source;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    private final Cleaner cleaner = new Cleaner(Rules.load(null), new Languages());

    private Article clean(String markdown) {
        return cleaner.clean(new Source("a.md", "a", Format.MARKDOWN, FrontMatter.EMPTY, markdown, 1), new Problems());
    }

    @Test
    void aBracketFollowedByManyBackslashesIsParsedInLinearTime() {
        for (String unit : new String[] {"\\", "\\!", "\\[", "a\\", "x[y\\\\\\"}) {
            String markdown = "Minsk talks [" + unit.repeat(200) + "\nand more text.";
            Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> clean(markdown), unit);
            assertTrue(a.blocks().get(0).text().startsWith("Minsk talks ["), a.blocks().get(0).text());
        }
    }

    @Test
    void onlyBracketsThatCannotStartARealLinkAreEscaped() {
        for (String plain : new String[] {"See [the report](https://example.org/a\\b) and [x][y].",
                "A path [C:\\Users\\annals] in text.", "\\[" + "\\\\".repeat(20), "[[[" + "\\".repeat(12)}) {
            assertEquals(plain, Markdown.defuseLinkLabels(plain));
        }
        assertEquals("a \\[" + "\\".repeat(13) + "\n", Markdown.defuseLinkLabels("a [" + "\\".repeat(13) + "\n"));
        assertEquals("\\[x \\[" + "\\".repeat(13), Markdown.defuseLinkLabels("[x [" + "\\".repeat(13)),
                "a bracket before one that is escaped would take in its backslashes, so it is escaped too");
        assertEquals(clean("Text [" + "\\\\".repeat(30) + " end.").blocks().get(0).text(),
                clean("Text \\[" + "\\\\".repeat(30) + " end.").blocks().get(0).text(),
                "an escaped bracket reads the same");
    }

    @Test
    void eachPartIsOnTheLineWhereItsBlockStarts() {
        String[] kinds = {"Para %d one\ncontinued.", "# Head %d", "- Item %d\n- next", "> Quote %d\n> more",
                "1. Step %d", "Link %d [" + "\\".repeat(13) + " defused", "    code %d", "<div>Html %d</div>"};
        java.util.Random random = new java.util.Random(3);
        for (int doc = 0; doc < 200; doc++) {
            StringBuilder md = new StringBuilder("\n".repeat(random.nextInt(3)));
            for (int k = 0; k < 1 + random.nextInt(12); k++) {
                md.append(String.format(kinds[random.nextInt(kinds.length)], k))
                        .append("\n".repeat(2 + random.nextInt(3)));
            }
            String[] lines = md.toString().split("\n", -1);
            for (Markdown.Part part : new Markdown().parts(md.toString(), "a.md", 1)) {
                String first = part.text().strip().split("\\s+")[0];
                assertTrue(lines[part.line()].contains(first), part.line() + " for '" + part.text() + "' in\n" + md);
            }
        }
    }

    @Test
    void blocksAreSanitisedHtmlAndHeadingsBecomeLevelTwoWithoutIds() {
        java.util.List<Markdown.Part> parts = new Markdown().parts(
                "# Minsk *talks*\n\nText with <script>x</script> and [a link](javascript:alert(1)).\n\n## Sub", "a.md", 1);
        assertEquals("<h2>Minsk <em>talks</em></h2>", parts.get(0).element().outerHtml());
        assertTrue(parts.get(0).heading());
        assertEquals("<p>Text with &lt;script&gt;x&lt;/script&gt; and a link.</p>", parts.get(1).element().outerHtml());
        assertEquals("<h2>Sub</h2>", parts.get(2).element().outerHtml());
        assertEquals(4, parts.get(2).line());
    }
}
