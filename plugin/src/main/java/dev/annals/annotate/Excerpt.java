package dev.annals.annotate;

/**
 * A stretch of a block's text held as offsets into it, so that sentences quoted by events and mention contexts
 * do not hold a second copy of every article's text. Ordered as its text would be.
 */
public record Excerpt(String source, int from, int to) implements Comparable<Excerpt> {
    public String text() {
        return source.substring(from, to);
    }

    public boolean sameText(Excerpt o) {
        return to - from == o.to - o.from && source.regionMatches(from, o.source, o.from, to - from);
    }

    /** As {@code text().compareTo(o.text())}, without making either string. */
    @Override
    public int compareTo(Excerpt o) {
        int n = Math.min(to - from, o.to - o.from);
        for (int i = 0; i < n; i++) {
            char a = source.charAt(from + i);
            char b = o.source.charAt(o.from + i);
            if (a != b) {
                return a - b;
            }
        }
        return (to - from) - (o.to - o.from);
    }
}
