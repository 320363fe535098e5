package dev.annals.clean;

import com.vladsch.flexmark.ast.Heading;
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
    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Cleaner cleaner = new Cleaner(Safelist.relaxed().removeTags("img")
            .addProtocols("a", "href", "http", "https", "mailto"));

    Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /** A block of Markdown: its HTML element, its text, its first line (0-based within the body). */
    record Part(Element element, String text, int line, boolean heading) {
    }

    List<Part> parts(String markdown) {
        List<Part> parts = new ArrayList<>();
        for (Node node : parser.parse(markdown).getChildren()) {
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
                    parts.add(new Part(element, text, node.getStartLineNumber(), node instanceof Heading));
                }
            }
        }
        return parts;
    }
}
