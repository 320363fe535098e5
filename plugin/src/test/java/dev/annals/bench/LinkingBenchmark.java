package dev.annals.bench;

import dev.annals.entity.Entity;
import dev.annals.entity.EntityMatcher;
import dev.annals.entity.EntityType;
import dev.annals.entity.Gazetteer;
import dev.annals.entity.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Links 10,000 synthetic articles against a 50,000-name synthetic gazetteer (plus the built-in countries) and
 * prints the time taken. Not a test: run it by hand (see the README, "Performance").
 */
public final class LinkingBenchmark {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ven", "tor", "shi", "an", "bel", "dru",
            "sko", "vi", "nu", "per", "zan", "hol", "mar", "quin", "tse", "gor", "lia", "den", "ox", "ush"};
    private static final String[] WORDS = ("the said that with from after over about their would which other "
            + "government talks between minister people country border security meeting said official week "
            + "report protest election army forces support leader capital agreement and of in to on").split(" ");

    private LinkingBenchmark() {
    }

    public static void main(String[] args) {
        int names = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Random random = new Random(42);
        List<Entity> entities = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < names; i++) {
            String name = word(random, 2) + " " + word(random, 3 + random.nextInt(2));
            forms.add(name);
            entities.add(new Entity("e" + i, i % 3 == 0 ? EntityType.PERSON : EntityType.ORGANIZATION,
                    Map.of("en", name), List.of(name.substring(name.indexOf(' ') + 1)), null, null));
        }
        long t0 = System.nanoTime();
        Gazetteer gazetteer = new Gazetteer(entities).withBuiltIns();
        long t1 = System.nanoTime();
        EntityMatcher matcher = new EntityMatcher(gazetteer);
        long t2 = System.nanoTime();
        List<List<String>> texts = new ArrayList<>();
        long chars = 0;
        for (int a = 0; a < articles; a++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 6; p++) {
                StringBuilder b = new StringBuilder();
                for (int w = 0; w < 60; w++) {
                    int r = random.nextInt(100);
                    String name = forms.get(random.nextInt(forms.size()));
                    b.append(r < 5 ? name : r < 7 ? misspell(random, name) : r < 8 ? "Poland"
                            : WORDS[random.nextInt(WORDS.length)]).append(w % 15 == 14 ? ". " : " ");
                }
                chars += b.length();
                paragraphs.add(b.toString());
            }
            texts.add(paragraphs);
        }
        long t3 = System.nanoTime();
        long mentions = 0;
        long fuzzy = 0;
        for (List<String> article : texts) {
            for (List<Mention> block : matcher.find(article, "en")) {
                mentions += block.size();
                fuzzy += block.stream().filter(Mention::fuzzy).count();
            }
        }
        long t4 = System.nanoTime();
        System.out.printf("gazetteer: %,d names + built-ins, %,d forms; built in %d ms, matcher in %d ms%n",
                names, gazetteer.forms().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
        System.out.printf("linked %,d articles (%,d chars) in %d ms: %,d mentions, %,d fuzzy (%.1f MB/s)%n",
                articles, chars, (t4 - t3) / 1_000_000, mentions, fuzzy, chars / 1e6 / ((t4 - t3) / 1e9));
    }

    private static String word(Random random, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** The name with one letter of its long last word dropped. */
    private static String misspell(Random random, String name) {
        int space = name.indexOf(' ');
        String last = name.substring(space + 1);
        if (last.length() < 8) {
            return name;
        }
        int i = 1 + random.nextInt(last.length() - 2);
        return name.substring(0, space + 1) + last.substring(0, i) + last.substring(i + 1);
    }
}
