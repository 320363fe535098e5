package dev.annals.bench;

import dev.annals.build.Problems;
import dev.annals.clean.Article;
import dev.annals.clean.Block;
import dev.annals.clean.Cleaner;
import dev.annals.clean.Languages;
import dev.annals.clean.LineStats;
import dev.annals.clean.Rules;
import dev.annals.source.Source;
import dev.annals.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores the cleaner against the boilerplate devset ({@code ../shared/devset/boilerplate}, or the folder given
 * as argument): 4-word shingle precision/recall per page, averaged, F1 of the averages. Not a test.
 */
public final class BoilerplateBenchmark {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : find();
        if (dir == null || !Files.isDirectory(dir)) {
            System.out.println("Devset not found (looked for ../shared/devset/boilerplate from the project root);"
                    + " nothing to score.");
            return;
        }
        List<Path> pages;
        try (Stream<Path> s = Files.list(dir)) {
            pages = s.filter(p -> Files.isRegularFile(p.resolve("page.txt")) && Files.isRegularFile(p.resolve("gold.txt")))
                    .sorted().toList();
        }
        SourceReader reader = new SourceReader(new Problems());
        List<Source> sources = new ArrayList<>();
        for (Path p : pages) {
            sources.add(reader.parse(p.getFileName() + ".txt", Files.readAllBytes(p.resolve("page.txt"))));
        }
        Cleaner cleaner = new Cleaner(Rules.load(null), new Languages(), LineStats.of(sources));
        double sumP = 0;
        double sumR = 0;
        for (int i = 0; i < pages.size(); i++) {
            Article a = cleaner.clean(sources.get(i), new Problems());
            if (pages.get(i).getFileName().toString().equals(System.getProperty("annals.dump"))) {
                a.blocks().forEach(b -> System.out.printf("%-11s %-45.45s | %.100s%n", b.kind(), b.reason(), b.text()));
            }
            String got = String.join("\n", a.textBlocks().stream().map(Block::text).toList());
            double[] pr = score(got, Files.readString(pages.get(i).resolve("gold.txt")));
            sumP += pr[0];
            sumR += pr[1];
            System.out.printf(Locale.ROOT, "%-22s P %.3f  R %.3f  F1 %.3f%n", pages.get(i).getFileName(), pr[0], pr[1],
                    f1(pr[0], pr[1]));
        }
        int n = Math.max(1, pages.size());
        double p = sumP / n;
        double r = sumR / n;
        System.out.printf(Locale.ROOT, "AVERAGE over %d pages: P %.3f  R %.3f  F1 %.3f%n", pages.size(), p, r, f1(p, r));
    }

    private static Path find() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("../shared/devset/boilerplate").normalize();
            if (Files.isRegularFile(d.resolve("pom.xml")) && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Precision and recall of {@code got} against {@code gold} on 4-word shingle multisets. */
    static double[] score(String got, String gold) {
        Map<String, Integer> g = shingles(gold);
        Map<String, Integer> p = shingles(got);
        int tp = 0;
        int predicted = 0;
        int relevant = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) {
            tp += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
            predicted += e.getValue();
        }
        for (int c : g.values()) {
            relevant += c;
        }
        int fp = predicted - tp;
        int fn = relevant - tp;
        double total = tp + fp + fn;
        if (total == 0) {
            return new double[] {1, 1};
        }
        double ntp = tp / total;
        double nfp = fp / total;
        double nfn = fn / total;
        return new double[] {ntp + nfp == 0 ? 0 : ntp / (ntp + nfp), ntp + nfn == 0 ? 0 : ntp / (ntp + nfn)};
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + 4 <= words.size(); i++) {
            out.merge(String.join(" ", words.subList(i, i + 4)), 1, Integer::sum);
        }
        return out;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
