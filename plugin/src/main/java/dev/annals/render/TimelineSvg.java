package dev.annals.render;

import dev.annals.index.ChronologyEntry;
import dev.annals.time.Granularity;
import dev.annals.time.PartialDate;
import java.util.List;
import java.util.Locale;

/**
 * Draws events over time as an SVG bar chart at build time, so no script is needed: one bar per month
 * (spans up to six years) or per year, stacked by granularity, with year ticks. Counts, not marks, keep it
 * readable at thousands of events.
 */
final class TimelineSvg {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 120;
    private static final int AXIS = 20;
    private static final Granularity[] ORDER = {Granularity.DAY, Granularity.MONTH, Granularity.YEAR, Granularity.DECADE};

    private TimelineSvg() {
    }

    /** @param events the words for a count of events, such as "{0} events" */
    static String draw(List<ChronologyEntry> entries, String label, java.util.function.IntFunction<String> events) {
        if (entries.isEmpty()) {
            return "";
        }
        int first = entries.stream().mapToInt(e -> e.date().year()).min().orElseThrow();
        int last = entries.stream().mapToInt(e -> e.date().year()).max().orElseThrow();
        boolean monthly = last - first < 6;
        int buckets = monthly ? (last - first + 1) * 12 : last - first + 1;
        int[][] counts = counts(entries, first, monthly, buckets);
        int max = 1;
        for (int[] c : counts) {
            max = Math.max(max, c[0] + c[1] + c[2] + c[3]);
        }
        double barWidth = (double) WIDTH / buckets;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"timeline-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT + AXIS)
                .append("\" role=\"img\" aria-label=\"").append(Inline.escape(label)).append("\">\n");
        for (int b = 0; b < buckets; b++) {
            int total = counts[b][0] + counts[b][1] + counts[b][2] + counts[b][3];
            if (total == 0) {
                continue;
            }
            String when = monthly ? PartialDate.month(first + b / 12, b % 12 + 1).iso() : Integer.toString(first + b);
            svg.append("<g><title>").append(when).append(": ").append(Inline.escape(events.apply(total)))
                    .append("</title>");
            bar(svg, counts[b], b * barWidth, barWidth, max);
            svg.append("</g>\n");
        }
        int step = Math.max(1, (last - first + 1) / 10);
        for (int year = first; year <= last; year += step) {
            double x = (monthly ? (year - first) * 12 : year - first) * barWidth;
            svg.append("<line x1=\"").append(tenths(x)).append("\" y1=\"").append(HEIGHT).append("\" x2=\"")
                    .append(tenths(x)).append("\" y2=\"").append(HEIGHT + 5).append("\"/><text x=\"")
                    .append(tenths(x + 2)).append("\" y=\"").append(HEIGHT + AXIS - 4).append("\">").append(year)
                    .append("</text>\n");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * Events per bucket and granularity. A method of its own: its loop over every event would otherwise have the
     * JIT compile all of {@link #draw}, several times over, for one call.
     */
    private static int[][] counts(List<ChronologyEntry> entries, int first, boolean monthly, int buckets) {
        int[][] counts = new int[buckets][ORDER.length];
        for (ChronologyEntry e : entries) {
            int b = monthly ? (e.date().year() - first) * 12 + Math.max(e.date().month(), 1) - 1
                    : e.date().year() - first;
            counts[b][e.date().granularity().ordinal()]++;
        }
        return counts;
    }

    /**
     * {@code d} to one decimal as {@code String.format("%.1f")} writes it (half up, from the shortest decimal that
     * reads back as {@code d}), several times faster: every entity page with events has a chart.
     */
    static String tenths(double d) {
        return d < 0 || !Double.isFinite(d) ? String.format(Locale.ROOT, "%.1f", d)
                : java.math.BigDecimal.valueOf(d).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** One bar at {@code x}: a rectangle per granularity with events, stacked from the axis up. */
    private static void bar(StringBuilder svg, int[] counts, double x, double barWidth, int max) {
        double y = HEIGHT;
        for (Granularity g : ORDER) {
            int n = counts[g.ordinal()];
            if (n > 0) {
                double h = (double) n / max * (HEIGHT - 10);
                y -= h;
                svg.append("<rect class=\"").append(g.id()).append("\" x=\"").append(tenths(x + barWidth * 0.1))
                        .append("\" y=\"").append(tenths(y)).append("\" width=\"")
                        .append(tenths(Math.max(barWidth * 0.8, 1))).append("\" height=\"").append(tenths(h))
                        .append("\"/>");
            }
        }
    }
}
