package dev.annals.clean;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/** The text of an HTML block as annotation offsets see it: its text nodes concatenated in document order. */
public final class HtmlText {
    private HtmlText() {
    }

    /** The element's text nodes in document order; their texts concatenated are {@link #textOf}. */
    public static List<TextNode> textNodes(Element element) {
        List<TextNode> nodes = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                nodes.add(t);
            }
        }, element);
        return nodes;
    }

    public static String textOf(Element element) {
        StringBuilder sb = new StringBuilder();
        textNodes(element).forEach(t -> sb.append(t.getWholeText()));
        return sb.toString();
    }
}
