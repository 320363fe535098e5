package dev.annals.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates a realistic synthetic archive at run time (nothing generated is committed): a gazetteer of thousands
 * of people, places and organisations, and N articles in English and Vietnamese with scraped-style boilerplate
 * (breadcrumbs, player controls, share prompts, credit lines), explicit and relative dates, entity names, front
 * matter on some and none on others. The same seed gives the same archive; {@link #hugo} writes the same articles
 * as Markdown for Hugo, with people, places and organisations as taxonomies.
 *
 * <p>Usage: {@code ArchiveGenerator N DIR [hugo]} writes {@code DIR/content/} and {@code DIR/entities.yml}
 * (or, with {@code hugo}, {@code DIR/content/articles/*.md} for a Hugo site).
 */
public final class ArchiveGenerator {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "ven", "tor", "shi", "an", "bel", "dru",
            "sko", "vi", "nu", "per", "zan", "hol", "mar", "quin", "tse", "gor", "lia", "den", "ox", "ush"};
    private static final String[] VI_SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý"};
    private static final String[] VI_GIVEN = {"Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thu Hà", "Đức Huy",
            "Thanh Lan", "Hữu Long", "Ngọc Mai", "Công Nam", "Bảo Ngọc", "Xuân Phúc", "Anh Quân", "Hồng Sơn",
            "Kim Thoa", "Văn Tùng", "Thị Uyên", "Gia Vinh", "Hải Yến", "Đình Khoa"};
    private static final String[] PLACE_SUFFIX = {"grad", "burg", "ville", "stan", "ovo", "sk", "port", "field"};
    private static final String[] ORG_KIND = {"Ministry of Trade", "Workers Union", "Institute", "Bank", "Council",
            "Party", "Agency", "Foundation", "Group", "Commission"};
    private static final String[] EN_WORDS = ("the government said that talks between the two sides would continue "
            + "after a week of protests over the election results in the capital while officials from the ministry "
            + "met with leaders of the opposition to discuss security along the border and the agreement on trade "
            + "which critics called a step back for the country and its people according to a statement").split(" ");
    private static final String[] VI_WORDS = ("chính phủ cho biết các cuộc đàm phán giữa hai bên sẽ tiếp tục sau "
            + "một tuần biểu tình về kết quả bầu cử ở thủ đô trong khi các quan chức bộ đã gặp lãnh đạo phe đối lập "
            + "để thảo luận về an ninh biên giới và thỏa thuận thương mại mà giới phê bình gọi là bước lùi của đất nước")
            .split(" ");
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] EN_RELATIVE = {"last Sunday", "yesterday", "three days ago", "last week",
            "earlier this month", "last year", "on Monday", "two years ago"};
    private static final String[] VI_RELATIVE = {"hôm qua", "tuần trước", "thứ Hai tuần trước", "năm ngoái",
            "cuối năm nay", "tháng trước"};
    private static final String[] EN_BOILER_TOP = {"Home » World » Europe", "Skip to main content", "Play Live Radio",
            "Next Up:", "0:00 0:00", "Listen to this article", "Share this article", "Advertisement"};
    private static final String[] EN_BOILER_BOTTOM = {"Share on Facebook", "Tweet", "Leave a comment",
            "Read more: Protests continue across the region", "© 2024 Daily Chronicle", "Reporting by %s.",
            "This article originally appeared in The Daily Chronicle."};
    private static final String[] VI_BOILER_TOP = {"Trang chủ » Thế giới » Châu Âu", "Chia sẻ", "Quảng cáo",
            "Trang chủ / Thời sự"};
    private static final String[] VI_BOILER_BOTTOM = {"Bình luận", "Xem thêm: Biểu tình lan rộng khắp khu vực",
            "%s biên dịch.", "Bản tin có sự đóng góp của Reuters."};

    /** One entity of the generated gazetteer. */
    public record GenEntity(String id, String type, String en, String vi, String alias) {
    }

    /** One generated article: its file, front matter (or none), body paragraphs and the entities it names. */
    public record GenArticle(String file, String title, LocalDate date, String lang, boolean frontMatter,
                             List<String> top, List<String> paragraphs, List<String> bottom, Set<GenEntity> entities) {
    }

    private final List<GenEntity> entities;
    private final long seed;

    public ArchiveGenerator(int entityCount, long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        List<GenEntity> list = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int tries = 0; list.size() < entityCount; tries++) {
            if (tries > entityCount * 20) {
                throw new IllegalStateException("cannot make " + entityCount + " distinct entity names");
            }
            int kind = list.size() % 3;
            String en;
            String vi;
            String alias;
            String type;
            if (kind == 0) {
                type = "person";
                if (random.nextInt(3) == 0) {
                    String sur = VI_SURNAMES[random.nextInt(VI_SURNAMES.length)];
                    en = sur + " " + VI_GIVEN[random.nextInt(VI_GIVEN.length)] + " " + word(random, 2);
                    vi = en;
                } else {
                    en = word(random, 2) + " " + word(random, 3);
                    vi = en;
                }
                alias = en.substring(en.lastIndexOf(' ') + 1);
            } else if (kind == 1) {
                type = "place";
                en = word(random, 2 + random.nextInt(2)) + PLACE_SUFFIX[random.nextInt(PLACE_SUFFIX.length)];
                vi = en;
                alias = null;
            } else {
                type = "organization";
                String base = word(random, 2 + random.nextInt(2));
                String org = ORG_KIND[random.nextInt(ORG_KIND.length)];
                en = base + " " + org;
                vi = org + " " + base;
                alias = null;
            }
            String id = en.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            if (ids.add(id)) {
                list.add(new GenEntity(id, type, en, vi, alias));
            }
        }
        this.entities = List.copyOf(list);
    }

    public List<GenEntity> entities() {
        return entities;
    }

    /** Article {@code i} of the archive; independent of the others, so archives are generated one article at a time. */
    public GenArticle article(int i) {
        Random random = new Random(seed * 1_000_003L + i);
        boolean vi = i % 3 == 1;
        String lang = vi ? "vi" : "en";
        LocalDate date = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(24 * 365));
        // A skewed choice: a few entities are in many articles, most in few.
        Set<GenEntity> named = new LinkedHashSet<>();
        int count = 3 + random.nextInt(6);
        for (int k = 0; k < count; k++) {
            double u = random.nextDouble();
            named.add(entities.get((int) (entities.size() * u * u * u)));
        }
        List<GenEntity> pool = List.copyOf(named);
        String lead = name(pool.get(0), vi);
        String title = vi
                ? lead + " " + words(random, VI_WORDS, 6) + " (" + i + ")"
                : lead + " " + words(random, EN_WORDS, 6) + " (" + i + ")";
        title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
        List<String> top = new ArrayList<>();
        String[] tops = vi ? VI_BOILER_TOP : EN_BOILER_TOP;
        for (int k = 0, n = random.nextInt(4); k < n; k++) {
            top.add(tops[random.nextInt(tops.length)]);
        }
        List<String> paragraphs = new ArrayList<>();
        int paras = 4 + random.nextInt(9);
        for (int p = 0; p < paras; p++) {
            StringBuilder b = new StringBuilder();
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                String sentence = sentence(random, vi, pool, date);
                b.append(Character.toUpperCase(sentence.charAt(0))).append(sentence, 1, sentence.length()).append(". ");
            }
            paragraphs.add(b.toString().strip());
        }
        List<String> bottom = new ArrayList<>();
        String[] bottoms = vi ? VI_BOILER_BOTTOM : EN_BOILER_BOTTOM;
        for (int k = 0, n = random.nextInt(4); k < n; k++) {
            bottom.add(String.format(Locale.ROOT, bottoms[random.nextInt(bottoms.length)], word(random, 2) + " " + word(random, 3)));
        }
        String file = String.format(Locale.ROOT, "%04d/%s-%06d.%s", date.getYear(), date, i, i % 5 == 0 ? "md" : "txt");
        return new GenArticle(file, title, date, lang, i % 4 != 3, top, paragraphs, bottom, named);
    }

    private static String sentence(Random random, boolean vi, List<GenEntity> pool, LocalDate date) {
        String[] vocabulary = vi ? VI_WORDS : EN_WORDS;
        StringBuilder b = new StringBuilder();
        b.append(words(random, vocabulary, 3 + random.nextInt(5)));
        b.append(' ').append(name(pool.get(random.nextInt(pool.size())), vi));
        if (random.nextInt(3) == 0) {
            b.append(vi ? " và " : " and ").append(name(pool.get(random.nextInt(pool.size())), vi));
        }
        b.append(' ').append(words(random, vocabulary, 4 + random.nextInt(8)));
        // One sentence in eight carries a date: about one per 120 words, as in the seeds (26 in 3,120 words) and
        // more than in the devset's news bodies (257 in 50,445 words).
        int d = random.nextInt(40);
        if (d < 2) {
            LocalDate when = date.minusDays(random.nextInt(400));
            b.append(vi ? " ngày " + when.getDayOfMonth() + "/" + when.getMonthValue() + "/" + when.getYear()
                    : " on " + MONTHS[when.getMonthValue() - 1] + " " + when.getDayOfMonth() + ", " + when.getYear());
        } else if (d < 4) {
            b.append(' ').append(vi ? VI_RELATIVE[random.nextInt(VI_RELATIVE.length)]
                    : EN_RELATIVE[random.nextInt(EN_RELATIVE.length)]);
        } else if (d < 5) {
            LocalDate when = date.minusDays(random.nextInt(60));
            b.append(vi ? " ngày " + when.getDayOfMonth() + "." + when.getMonthValue()
                    : " on " + MONTHS[when.getMonthValue() - 1] + " " + when.getDayOfMonth());
        }
        return b.toString();
    }

    private static String name(GenEntity e, boolean vi) {
        return vi ? e.vi() : e.en();
    }

    private static String words(Random random, String[] vocabulary, int n) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < n; k++) {
            b.append(k == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]);
        }
        return b.toString();
    }

    private static String word(Random random, int syllables) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < syllables; k++) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }

    /** Writes {@code root/entities.yml} and {@code n} articles under {@code root/content/}; returns bytes written. */
    public long annals(Path root, int n) throws IOException {
        long bytes = 0;
        try (Writer w = Files.newBufferedWriter(root.resolve("entities.yml"), StandardCharsets.UTF_8)) {
            w.write("entities:\n");
            for (GenEntity e : entities) {
                w.write("  - id: " + e.id() + "\n    type: " + e.type() + "\n    names: {en: \"" + e.en()
                        + "\", vi: \"" + e.vi() + "\"}\n");
                if (e.alias() != null) {
                    w.write("    aliases: [\"" + e.alias() + "\"]\n");
                }
            }
        }
        for (int i = 0; i < n; i++) {
            GenArticle a = article(i);
            StringBuilder b = new StringBuilder();
            if (a.frontMatter()) {
                b.append("---\ntitle: \"").append(a.title()).append("\"\ndate: ").append(a.date())
                        .append("\nlang: ").append(a.lang()).append("\nsource: ")
                        .append(a.lang().equals("vi") ? "Báo Mẫu" : "Daily Chronicle").append("\n---\n");
            }
            a.top().forEach(t -> b.append(t).append('\n'));
            if (!a.frontMatter()) {
                b.append(a.lang().equals("vi") ? "Ngày " + a.date().getDayOfMonth() + "/" + a.date().getMonthValue()
                        + "/" + a.date().getYear() : "date " + a.date() + " By Daily Chronicle").append("\n\n");
                b.append(a.title()).append("\n\n");
            }
            a.paragraphs().forEach(p -> b.append(p).append("\n\n"));
            a.bottom().forEach(t -> b.append(t).append('\n'));
            bytes += write(root.resolve("content").resolve(a.file()), b.toString());
        }
        return bytes;
    }

    /** Writes the same {@code n} articles as Hugo Markdown under {@code root/content/articles/}. */
    public long hugo(Path root, int n) throws IOException {
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            GenArticle a = article(i);
            StringBuilder b = new StringBuilder("---\ntitle: \"").append(a.title()).append("\"\ndate: ")
                    .append(a.date()).append("\nslug: \"").append(slug(a.file())).append("\"\n");
            for (String type : List.of("person", "place", "organization")) {
                b.append(type.equals("person") ? "people" : type.equals("place") ? "places" : "organizations").append(": [");
                b.append(String.join(", ", a.entities().stream().filter(e -> e.type().equals(type))
                        .map(e -> "\"" + e.en() + "\"").toList()));
                b.append("]\n");
            }
            b.append("---\n");
            a.paragraphs().forEach(p -> b.append(p).append("\n\n"));
            bytes += write(root.resolve("content/articles").resolve(slug(a.file()) + ".md"), b.toString());
        }
        return bytes;
    }

    private static String slug(String file) {
        String base = file.substring(file.indexOf('/') + 1);
        return base.substring(0, base.lastIndexOf('.'));
    }

    private static long write(Path p, String content) {
        try {
            Files.createDirectories(p.getParent());
            byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
            Files.write(p, bytes);
            return bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path root = Path.of(args[1]);
        Files.createDirectories(root);
        ArchiveGenerator generator = new ArchiveGenerator(entityCount(n), 42);
        long bytes = args.length > 2 && args[2].equals("hugo") ? generator.hugo(root, n) : generator.annals(root, n);
        System.out.printf(Locale.ROOT, "generated %,d articles (%,d bytes), %,d entities in %s%n", n, bytes,
                generator.entities().size(), root);
    }

    /** The gazetteer size for an archive of {@code n} articles: thousands of entities, growing with the archive. */
    public static int entityCount(int n) {
        return Math.max(3_000, Math.min(30_000, n / 4));
    }
}
