package dev.annals.clean;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/** The text of an HTML block as annotation offsets see it: its text nodes concatenated in document order. */
public final class HtmlText {
    private HtmlText() {
    }

    public static String textOf(Element element) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                sb.append(t.getWholeText());
            }
        }, element);
        return sb.toString();
    }
}
