package dev.annals.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annals.annotate.Excerpt;
import dev.annals.index.ChronologyEntry;
import dev.annals.time.PartialDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimelineSvgTest {
    /** The chart's numbers read as the JDK's formatter writes them, halves and all. */
    @Test
    void tenthsAgreeWithTheFormatter() {
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            double d = switch (i % 4) {
                case 0 -> random.nextInt(8000) / 10.0 + 0.05; // a half at the rounding digit, as written
                case 1 -> random.nextInt(1000) / (double) (1 + random.nextInt(3000)) * 110;
                case 2 -> 800.0 / (1 + random.nextInt(400)) * random.nextInt(400) * 1.1;
                default -> random.nextDouble() * 1000;
            };
            assertEquals(String.format(Locale.ROOT, "%.1f", d), TimelineSvg.tenths(d), "for " + d);
        }
        for (double d : new double[] {0, 0.05, 0.15, 0.25, 2.675, 1e-9, 99.95, 1e17, -0.04, -3.25}) {
            assertEquals(String.format(Locale.ROOT, "%.1f", d), TimelineSvg.tenths(d), "for " + d);
        }
    }

    /** Year ticks and bar titles as the chart wrote them with the formatter. */
    @Test
    void ticksAndTitlesReadAsTheFormatterWroteThem() {
        for (int[] span : new int[][] {{1987, 2023}, {2019, 2021}}) {
            List<ChronologyEntry> entries = java.util.stream.IntStream.rangeClosed(span[0], span[1])
                    .mapToObj(y -> new ChronologyEntry(PartialDate.month(y, y % 12 + 1), new Excerpt("x", 0, 1),
                            List.of("a"), List.of(), true)).toList();
            String svg = TimelineSvg.draw(entries, "chart", n -> n + " events");
            boolean monthly = span[1] - span[0] < 6;
            int buckets = monthly ? (span[1] - span[0] + 1) * 12 : span[1] - span[0] + 1;
            for (int year = span[0]; year <= span[1]; year += Math.max(1, (span[1] - span[0] + 1) / 10)) {
                double x = (monthly ? (year - span[0]) * 12 : year - span[0]) * (800.0 / buckets);
                String tick = String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>"
                        + "<text x=\"%.1f\" y=\"%d\">%d</text>\n", x, 120, x, 125, x + 2, 136, year);
                assertTrue(svg.contains(tick), tick + " in " + svg);
                String title = monthly ? String.format(Locale.ROOT, "%04d-%02d", year, year % 12 + 1) : "" + year;
                assertTrue(svg.contains("<title>" + title + ": 1 events</title>"), title);
            }
        }
    }
}
