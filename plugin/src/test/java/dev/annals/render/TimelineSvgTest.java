package dev.annals.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
