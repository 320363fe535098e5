package dev.annals.render;

import dev.annals.annotate.BlockAnnotations;
import dev.annals.entity.Mention;
import dev.annals.time.DateMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Writes a block's text as HTML with its entity mentions linked and its dates marked; all text escaped. */
final class Inline {
    /** A span to wrap: {@code open} and {@code close} are trusted markup. */
    record Span(int start, int end, String open, String close) {
    }

    private Inline() {
    }

    /** Spans for the annotations, without overlaps (mentions win over dates). */
    static List<Span> spans(BlockAnnotations a, Function<String, String> entityUrl, Function<String, String> entityType) {
        List<Span> spans = new ArrayList<>();
        for (Mention m : a.mentions()) {
            spans.add(new Span(m.start(), m.end(), "<a class=\"entity " + entityType.apply(m.entityId())
                    + "\" href=\"" + escape(entityUrl.apply(m.entityId())) + "\">", "</a>"));
        }
        for (DateMention d : a.dates()) {
            spans.add(new Span(d.start(), d.end(), "<time datetime=\"" + d.date().iso() + "\" data-granularity=\""
                    + d.date().granularity().id() + "\">", "</time>"));
        }
        spans.sort(Comparator.comparingInt(Span::start).thenComparingInt(s -> s.open().startsWith("<a") ? 0 : 1));
        List<Span> out = new ArrayList<>();
        int end = 0;
        for (Span s : spans) {
            if (s.start() >= end) {
                out.add(s);
                end = s.end();
            }
        }
        return out;
    }

    /** {@code text[from, to)} escaped, with the spans that lie inside it applied. */
    static String html(String text, int from, int to, List<Span> spans) {
        StringBuilder sb = new StringBuilder(to - from + 64 * spans.size());
        int pos = from;
        for (Span s : spans) {
            if (s.start() < pos || s.end() > to) {
                continue;
            }
            escape(sb, text, pos, s.start()).append(s.open());
            escape(sb, text, s.start(), s.end()).append(s.close());
            pos = s.end();
        }
        return escape(sb, text, pos, to).toString();
    }

    /**
     * Applies spans to the text nodes of a sanitised HTML element, whose concatenated text nodes are the
     * offsets' text. Spans across node boundaries, or inside links and code, are left out.
     */
    static String html(Element element, List<Span> spans) {
        List<TextNode> nodes = dev.annals.clean.HtmlText.textNodes(element);
        int offset = 0;
        for (TextNode node : nodes) {
            String text = node.getWholeText();
            int from = offset;
            int to = offset + text.length();
            offset = to;
            if (insideAny(node, "a", "code", "pre")) {
                continue;
            }
            List<Span> inside = spans.stream().filter(s -> s.start() >= from && s.end() <= to)
                    .map(s -> new Span(s.start() - from, s.end() - from, s.open(), s.close())).toList();
            if (!inside.isEmpty()) {
                node.before(new org.jsoup.nodes.DataNode(html(text, 0, text.length(), inside)));
                node.remove();
            }
        }
        element.ownerDocument().outputSettings().prettyPrint(false);
        return element.outerHtml();
    }

    private static boolean insideAny(Node node, String... tags) {
        for (Node p = node.parentNode(); p instanceof Element e; p = p.parentNode()) {
            for (String tag : tags) {
                if (e.normalName().equals(tag)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String escape(String s) {
        return escape(new StringBuilder(s.length() + 16), s, 0, s.length()).toString();
    }

    /** Appends {@code s[from, to)} escaped to {@code sb}, the runs between escaped characters in one go. */
    private static StringBuilder escape(StringBuilder sb, String s, int from, int to) {
        int run = from;
        for (int i = from; i < to; i++) {
            String escaped = switch (s.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (escaped != null) {
                sb.append(s, run, i).append(escaped);
                run = i + 1;
            }
        }
        return sb.append(s, run, to);
    }
}
