package dev.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The seed articles of articles/content, read as the build reads them (front matter gives {@code date} and
 * {@code lang}), against hand-made lists of the dates they contain.
 */
class SeedArticleDatesTest {
    private static final Path CONTENT = Path.of("..", "articles", "content");

    /** An expected date: the words that write it (found in text order) and its value with granularity. */
    private record Gold(String surface, String iso, Granularity granularity) {
    }

    private record Seed(String text, String lang, LocalDate published) {
    }

    private static Gold g(String surface, String iso, Granularity granularity) {
        return new Gold(surface, iso, granularity);
    }

    /** Every date the seeds write explicitly, by hand. */
    private static final Map<String, List<Gold>> EXPLICIT = Map.of(
            "2020-08-16-lukashenko-noi-putin-dong-y-giup-dam-bao-an-ninh.txt", List.of(
                    g("1994", "1994", Granularity.YEAR),
                    g("9.8", "2020-08-09", Granularity.DAY)),
            "2020-08-16-putin-extends-military-support-to-lukashenko.txt", List.of(
                    g("2020-08-16", "2020-08-16", Granularity.DAY),
                    g("August 15", "2020-08-15", Granularity.DAY)),
            "2020-08-17-workers-boo-belarus-president-at-tractor-plant.txt", List.of(),
            "2020-08-18-putin-shows-no-sign-of-propping-up-lukashenko.txt", List.of(
                    g("Aug. 9", "2020-08-09", Granularity.DAY),
                    g("December 2019", "2019-12", Granularity.MONTH),
                    g("1994", "1994", Granularity.YEAR)),
            "2023-04-07-lanh-dao-belarus-gap-putin-tai-moscow.txt", List.of(
                    g("06/04", "2023-04-06", Granularity.DAY),
                    g("1999", "1999", Granularity.YEAR),
                    g("05/04", "2023-04-05", Granularity.DAY),
                    g("2022", "2022", Granularity.YEAR),
                    g("10/2022", "2022-10", Granularity.MONTH),
                    g("12/2022", "2022-12", Granularity.MONTH),
                    g("06/04", "2023-04-06", Granularity.DAY),
                    g("2001", "2001", Granularity.YEAR),
                    g("03/2023", "2023-03", Granularity.MONTH),
                    g("1990", "1990", Granularity.DECADE),
                    g("26/03", "2023-03-26", Granularity.DAY),
                    g("05/04", "2023-04-05", Granularity.DAY),
                    g("06/04", "2023-04-06", Granularity.DAY),
                    g("04/04", "2023-04-04", Granularity.DAY)));

    /** The relative expressions of the seeds that stand alone (not next to an explicit date), by hand. */
    private static final Map<String, List<Gold>> RELATIVE = Map.of(
            "2020-08-16-lukashenko-noi-putin-dong-y-giup-dam-bao-an-ninh.txt", List.of(),
            "2020-08-16-putin-extends-military-support-to-lukashenko.txt", List.of(
                    g("last Sunday", "2020-08-09", Granularity.DAY),
                    g("Sunday afternoon", "2020-08-16", Granularity.DAY),
                    g("last week", "2020-08", Granularity.MONTH)),
            "2020-08-17-workers-boo-belarus-president-at-tractor-plant.txt", List.of(
                    g("earlier this month", "2020-08", Granularity.MONTH),
                    g("Today", "2020-08-17", Granularity.DAY),
                    g("weekend", "2020-08", Granularity.MONTH),
                    g("weekend", "2020-08", Granularity.MONTH),
                    g("six years ago", "2014", Granularity.YEAR),
                    g("today", "2020-08-17", Granularity.DAY)),
            "2020-08-18-putin-shows-no-sign-of-propping-up-lukashenko.txt", List.of(
                    g("Monday", "2020-08-17", Granularity.DAY),
                    g("last weekend", "2020-08", Granularity.MONTH),
                    g("Monday", "2020-08-17", Granularity.DAY)),
            "2023-04-07-lanh-dao-belarus-gap-putin-tai-moscow.txt", List.of(
                    g("cuối năm nay", "2023", Granularity.YEAR)));

    private static Seed read(String file) throws IOException {
        String raw = Files.readString(CONTENT.resolve(file));
        int end = raw.indexOf("\n---", 3);
        String front = raw.substring(0, end);
        Matcher date = Pattern.compile("(?m)^date:\\s*(\\S+)").matcher(front);
        Matcher lang = Pattern.compile("(?m)^lang:\\s*(\\S+)").matcher(front);
        assertTrue(date.find() && lang.find(), file);
        return new Seed(raw.substring(end + 4), lang.group(1), LocalDate.parse(date.group(1)));
    }

    private static List<DateMention> found(String file) throws IOException {
        Seed seed = read(file);
        return Dates.EXTRACTOR.find(seed.text(), seed.lang(), seed.published());
    }

    /** How many of {@code gold} are found with the right value and granularity, over a mention overlapping them. */
    private static int matched(String text, List<Gold> gold, List<DateMention> found) {
        int hits = 0;
        int from = 0;
        List<DateMention> left = new ArrayList<>(found);
        for (Gold gd : gold) {
            int at = text.indexOf(gd.surface(), from);
            assertTrue(at >= 0, () -> "gold surface not in text: " + gd.surface());
            from = at + gd.surface().length();
            int gs = at;
            int ge = from;
            DateMention hit = left.stream().filter(d -> d.start() < ge && gs < d.end()
                    && d.date().iso().equals(gd.iso()) && d.date().granularity() == gd.granularity()).findFirst().orElse(null);
            if (hit != null) {
                left.remove(hit);
                hits++;
            }
        }
        return hits;
    }

    @Test
    void explicitDateRecallAndPrecisionOnTheSeedsAreAtLeastNinetyPercent() throws IOException {
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        for (var e : EXPLICIT.entrySet()) {
            Seed seed = read(e.getKey());
            List<DateMention> explicit = found(e.getKey()).stream().filter(DateMention::explicit).toList();
            gold += e.getValue().size();
            predicted += explicit.size();
            correct += matched(seed.text(), e.getValue(), explicit);
        }
        double recall = (double) correct / gold;
        double precision = (double) correct / predicted;
        System.out.printf("seed explicit dates: gold %d, found %d, correct %d, recall %.3f, precision %.3f%n",
                gold, predicted, correct, recall, precision);
        assertTrue(recall >= 0.9, "recall " + recall);
        assertTrue(precision >= 0.9, "precision " + precision);
    }

    @Test
    void relativeDateRecallAndPrecisionOnTheSeedsAreAtLeastSeventyFivePercent() throws IOException {
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        for (var e : RELATIVE.entrySet()) {
            Seed seed = read(e.getKey());
            List<DateMention> relative = found(e.getKey()).stream().filter(d -> !d.explicit()).toList();
            gold += e.getValue().size();
            predicted += relative.size();
            correct += matched(seed.text(), e.getValue(), relative);
        }
        double recall = (double) correct / gold;
        double precision = (double) correct / predicted;
        System.out.printf("seed relative dates: gold %d, found %d, correct %d, recall %.3f, precision %.3f%n",
                gold, predicted, correct, recall, precision);
        assertTrue(recall >= 0.75, "recall " + recall);
        assertTrue(precision >= 0.75, "precision " + precision);
    }

    private static List<String> isoOf(String file) throws IOException {
        return found(file).stream().map(d -> d.date().iso()).toList();
    }

    private static String surface(String file, String iso) throws IOException {
        Seed seed = read(file);
        return found(file).stream().filter(d -> d.date().iso().equals(iso))
                .map(d -> seed.text().substring(d.start(), d.end())).findFirst().orElse(null);
    }

    @Test
    void theSeedsYieldTheExpectedEvents() throws IOException {
        List<String> viBelarus = isoOf("2020-08-16-lukashenko-noi-putin-dong-y-giup-dam-bao-an-ninh.txt");
        assertTrue(viBelarus.containsAll(List.of("1994", "2020-08-09")), viBelarus::toString);

        String rmn = "2020-08-16-putin-extends-military-support-to-lukashenko.txt";
        assertEquals("last Sunday", surface(rmn, "2020-08-09"));
        assertEquals("Sunday (August 15)", surface(rmn, "2020-08-15"));

        String npr = "2020-08-17-workers-boo-belarus-president-at-tractor-plant.txt";
        assertEquals("six years ago", surface(npr, "2014"));

        String nbc = "2020-08-18-putin-shows-no-sign-of-propping-up-lukashenko.txt";
        assertEquals("Aug. 9", surface(nbc, "2020-08-09"));
        assertEquals("December 2019", surface(nbc, "2019-12"));
        assertEquals("1994", surface(nbc, "1994"));

        String epoch = "2023-04-07-lanh-dao-belarus-gap-putin-tai-moscow.txt";
        List<String> viMoscow = isoOf(epoch);
        assertTrue(viMoscow.containsAll(List.of("1999", "2022-10", "2023-03-26", "2023-04-04")), viMoscow::toString);
        assertEquals("tháng trước (03/2023)", surface(epoch, "2023-03"));
        assertEquals("Hai ngày trước đó (04/04)", surface(epoch, "2023-04-04"));
    }

    @Test
    void theSeedsYieldNoDateFromTheirOtherNumbers() throws IOException {
        for (String file : EXPLICIT.keySet()) {
            Seed seed = read(file);
            for (DateMention d : found(file)) {
                String surface = seed.text().substring(d.start(), d.end());
                assertTrue(!surface.matches(".*(%|km|dặm|0:00|S-400|26 years).*"), file + ": " + surface);
            }
        }
    }

    @Test
    void mentionsAreSortedAndDoNotOverlap() throws IOException {
        for (String file : EXPLICIT.keySet()) {
            List<DateMention> found = found(file);
            for (int i = 1; i < found.size(); i++) {
                assertTrue(found.get(i - 1).end() <= found.get(i).start(), file + " at " + found.get(i).start());
            }
        }
    }
}
