package dev.annals.clean;

import com.vladsch.flexmark.ast.Heading;
import dev.annals.build.AnnalsException;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/** Splits Markdown into top-level blocks of sanitised HTML: raw HTML is escaped, unsafe links removed. */
final class Markdown {
    /** The deepest nesting of quotes and lists accepted. */
    static final int MAX_DEPTH = 100;
    /** Backslashes after a '[' past which it is escaped before parsing (see {@link #defuseLinkLabels}). */
    static final int MAX_LABEL_BACKSLASHES = 12;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner = new Cleaner(Safelist.relaxed().removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto"));

    Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        // ids are not rendered, and rendering a block at a time made them for the whole document at each block
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** A block of Markdown: its HTML element, its text, its first line (0-based within the body). */
    record Part(Element element, String text, int line, boolean heading) {
    }

    /**
     * flexmark's link-label pattern backtracks exponentially on a '[' followed by many backslashes and no closing
     * bracket (40 backslashes take 20 s, each more doubles it). A '[' whose would-be label (up to the next
     * unescaped ']', at most 1,000 characters, as the pattern reads) holds more than
     * {@value #MAX_LABEL_BACKSLASHES} backslashes is escaped: no real link label looks like that, and an escaped
     * '[' renders as the same character.
     */
    static String defuseLinkLabels(String markdown) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = markdown.indexOf('['); i >= 0; i = markdown.indexOf('[', i + 1)) {
            int backslashes = 0;
            for (int j = i + 1; j < markdown.length() && j <= i + 1000; j++) {
                char c = markdown.charAt(j);
                if (c == '\\') {
                    backslashes++;
                    j++; // the escaped character cannot end the label
                    backslashes += j < markdown.length() && markdown.charAt(j) == '\\' ? 1 : 0;
                } else if (c == ']') {
                    break; // not at '[': one escaped here would let this label run on past it
                }
            }
            int before = 0;
            while (i - before > 0 && markdown.charAt(i - before - 1) == '\\') {
                before++;
            }
            if (backslashes > MAX_LABEL_BACKSLASHES && before % 2 == 0) {
                out = out == null ? new StringBuilder(markdown.length() + 16) : out;
                out.append(markdown, copied, i).append('\\');
                copied = i;
            }
        }
        return out == null ? markdown : out.append(markdown, copied, markdown.length()).toString();
    }

    /**
     * The blocks of {@code markdown}, which starts on line {@code firstLine} of {@code file}.
     *
     * @throws AnnalsException when quotes or lists nest deeper than {@link #MAX_DEPTH} levels, which the parser
     *                         would follow by recursion until the stack overflows
     */
    List<Part> parts(String markdown, String file, int firstLine) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int depth = depth(lines[i]);
            if (depth > MAX_DEPTH) {
                throw new AnnalsException(file, firstLine + i, "quotes or lists nest about " + depth
                        + " levels deep; at most " + MAX_DEPTH + " are supported, so flatten them.");
            }
        }
        List<Node> nodes = new ArrayList<>();
        String parsed = defuseLinkLabels(markdown);
        try {
            parser.parse(parsed).getChildren().forEach(nodes::add);
        } catch (StackOverflowError e) {
            throw new AnnalsException(file, firstLine, "the Markdown nests too deeply to be parsed; flatten it.");
        }
        List<Part> parts = new ArrayList<>();
        int counted = 0; // line numbers counted on from the previous node: flexmark's count from the start each time
        int line = 0;
        for (Node node : nodes) {
            for (int start = node.getStartOffset(); counted < start; counted++) {
                line += parsed.charAt(counted) == '\n' ? 1 : 0;
            }
            String html = renderer.render(node);
            Document dirty = Jsoup.parseBodyFragment(html);
            Document clean = cleaner.clean(dirty);
            clean.outputSettings().prettyPrint(false);
            for (Element element : clean.body().children()) {
                if (node instanceof Heading) {
                    element.tagName("h2");
                }
                String text = HtmlText.textOf(element);
                if (!text.isBlank()) {
                    parts.add(new Part(element, text, line, node instanceof Heading));
                }
            }
        }
        return parts;
    }

    /** The nesting a line's prefix opens: each {@code >} or list marker a level, each two spaces of indent one. */
    static int depth(String line) {
        int depth = 0;
        int spaces = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                spaces += c == '\t' ? 4 : 1;
            } else if (c == '>' || (c == '-' || c == '*' || c == '+') && i + 1 < line.length()
                    && line.charAt(i + 1) == ' ') {
                depth++;
            } else if (!Character.isDigit(c) && c != '.' && c != ')') {
                break;
            }
        }
        return depth + spaces / 2;
    }
}
