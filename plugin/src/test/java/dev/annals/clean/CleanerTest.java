package dev.annals.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annals.build.Problems;
import dev.annals.source.Source;
import dev.annals.source.SourceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CleanerTest {
    private static final List<Rule> RULES = Rules.load(null);
    private static final Languages LANGUAGES = new Languages();

    private static Source source(String name, String text) {
        return new SourceReader(new Problems()).parse(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Article clean(String text) {
        return new Cleaner(RULES, LANGUAGES).clean(source("a.txt", text), new Problems());
    }

    private static List<String> body(Article a) {
        return a.textBlocks().stream().map(Block::text).toList();
    }

    private static void assertOut(Article a, String... lines) {
        for (String line : lines) {
            assertFalse(body(a).contains(line), () -> "in the body: " + line);
        }
    }

    @Test
    void radioTranscriptKeepsTurnsAndDropsPlayerCreditAndBio() {
        Article a = clean("""
                Play Live Radio
                Next Up:
                0:00 0:00
                Available On Air Stations

                Farmers Protest Against New Water Rules In The Valley

                Thousands of farmers drove their tractors into the capital today, saying that the new rules on water will ruin them. The government says the rules are needed after three dry summers in a row.

                FARMER: (Non-English language spoken).

                SHAPIRO: They honked and chanted as ministers arrived. NPR's Anna Berg is in the capital and joins us now.

                Hi, Anna.

                ANNA BERG, BYLINE: Hi, Ari.

                SHAPIRO: How big was the protest, and who was there?

                BERG: It was the biggest in years. Farmers from every region came, and many had been driving since the night before.

                SHAPIRO: Anna Berg reporting from the capital. Thank you.

                BERG: Thank you.

                (SOUNDBITE OF MUSIC) Transcript provided by NPR, Copyright NPR.

                Anna Berg is NPR's correspondent based in the capital. She has covered farming for ten years.
                """);
        assertEquals("Farmers Protest Against New Water Rules In The Valley", a.meta().title());
        assertEquals("NPR", a.meta().source());
        assertEquals("en", a.meta().lang());
        assertOut(a, "Play Live Radio", "Next Up:", "0:00 0:00", "Available On Air Stations",
                "Farmers Protest Against New Water Rules In The Valley",
                "(SOUNDBITE OF MUSIC) Transcript provided by NPR, Copyright NPR.",
                "Anna Berg is NPR's correspondent based in the capital. She has covered farming for ten years.");
        assertEquals(9, body(a).size(), () -> String.valueOf(body(a)));
        assertEquals("ANNA BERG, BYLINE", a.blocks(BlockKind.TRANSCRIPT).get(3).detail());
    }

    @Test
    void vietnameseCreditsBecomeMetadataAndSubheadingsStay() {
        Article a = clean("""
                Lãnh đạo hai nước gặp nhau tại thủ đô để bàn về hiệp ước hợp tác
                Hôm 06/04, hai nhà lãnh đạo đã tổ chức một cuộc họp tại thủ đô để thảo luận về một hiệp ước hợp tác kinh tế và quốc phòng đã có từ lâu.
                Theo hãng thông tấn của nước này, ông cho biết tại cuộc họp rằng hai nước sẽ tiếp tục tăng cường hợp tác trong các lĩnh vực an ninh.
                Các cuộc tập trận chung làm dấy lên lo ngại
                Kể từ đầu năm ngoái, sự hợp tác quân sự giữa hai nước đã tăng lên rất nhiều, và các nước láng giềng đã bày tỏ lo ngại về điều này.
                Tuy nhiên, ông nói rằng ông không có kế hoạch gửi quân đội ra nước ngoài để chiến đấu bên cạnh các lực lượng khác.
                Bản tin có sự đóng góp của Reuters
                Minh An biên dịch
                Quý vị tham khảo bản gốc từ The Epoch Times
                """);
        assertEquals("Lãnh đạo hai nước gặp nhau tại thủ đô để bàn về hiệp ước hợp tác", a.meta().title());
        assertEquals("vi", a.meta().lang());
        assertEquals("Minh An", a.meta().translator());
        assertEquals("The Epoch Times", a.meta().origin());
        assertEquals(List.of("Reuters"), a.meta().contributors());
        assertOut(a, "Bản tin có sự đóng góp của Reuters", "Minh An biên dịch",
                "Quý vị tham khảo bản gốc từ The Epoch Times");
        assertEquals(5, body(a).size());
        assertEquals(List.of("Các cuộc tập trận chung làm dấy lên lo ngại"),
                a.blocks(BlockKind.HEADING).stream().map(Block::text).toList());
    }

    @Test
    void breadcrumbTitleCaptionAndCommentPrompt() {
        Article a = clean("""
                Home » today » World » As protests grow, the president looks for help abroad

                As protests grow, the president looks for help abroad

                After being booed by factory workers on Monday, the president is holding on to power as the biggest protests the country has seen fill the streets.

                "There is no love lost between the two leaders," a researcher at a London think tank told reporters.

                The president (R) and his neighbour (L) enter a meeting hall in December.Anna Smith / AFP – Getty Images file

                But experts say that moment is far from becoming reality.

                Leave a Comment

                This site uses Akismet to reduce spam. Learn how your comment data is processed.
                """);
        assertEquals("As protests grow, the president looks for help abroad", a.meta().title());
        assertEquals(3, body(a).size(), () -> String.valueOf(body(a)));
        Block caption = a.blocks(BlockKind.CAPTION).get(0);
        assertEquals("Anna Smith / AFP – Getty Images file", caption.detail());
        assertOut(a, "Leave a Comment", "This site uses Akismet to reduce spam. Learn how your comment data is processed.");
    }

    @Test
    void datelineGivesDateAndSourceAndLedeIsKept() {
        Article a = clean("""
                 date 2020-08-16 By Example News Service

                Russian President Vladimir Putin has extended military support to Belarusian leader Alexander Lukashenko, as demonstrations persist.

                Reports suggest that some protesters have been detained since the vote, which opponents say was rigged to re-elect him.
                """);
        assertEquals(LocalDate.of(2020, 8, 16), a.meta().date());
        assertEquals("Example News Service", a.meta().source());
        assertEquals(2, body(a).size());
        assertTrue(a.meta().title().startsWith("Russian President Vladimir Putin"));
    }

    @Test
    void pageOpeningWithCaptionGetsTitleFromLede() {
        Article a = clean("""
                Ông Nam (trái) là đồng minh lâu năm của ông Bắc.

                Thủ đô hiện đang chìm trong cuộc biểu tình lớn nhất kể từ khi ông lên nắm quyền. Cảnh sát đã mạnh tay trấn áp biểu tình.

                Ông cũng bày tỏ quan ngại về việc các nước láng giềng tập trung lực lượng quân sự ở biên giới phía tây.
                """);
        assertEquals(BlockKind.CAPTION, a.blocks().get(0).kind());
        assertEquals("Thủ đô hiện đang chìm trong cuộc biểu tình lớn…", a.meta().title());
        assertEquals("made from the first words of the text", a.meta().inferred().get("title"));
    }

    @Test
    void frontMatterWins() {
        Article a = clean("""
                ---
                title: The Real Title
                date: 2021-01-02
                lang: en
                source: Wire
                ---
                 date 2020-08-16 By Other Service

                A first paragraph of the article that is long enough to be kept as text by the classifier, with words.
                """);
        assertEquals("The Real Title", a.meta().title());
        assertEquals(LocalDate.of(2021, 1, 2), a.meta().date());
        assertEquals("Wire", a.meta().source());
        assertTrue(a.meta().inferred().isEmpty());
    }

    @Test
    void languageWithoutStoplistStillKeepsText() {
        Article a = clean("---\nlang: en-GB\n---\nThe council said on Monday that the road would stay closed for the rest of "
                + "the month while the bridge is repaired.\n");
        assertEquals(1, body(a).size());
    }

    @Test
    void navigationAroundArticleIsDropped() {
        Article a = clean("""
                A flaw in a popular game lets anyone crash its servers | Tech Site
                Skip to main content
                News
                Reviews
                Gaming & Culture
                Store
                Sign in
                A flaw in a popular game lets anyone crash its servers
                A flaw in the wildly popular online game makes it easy for just about anyone to crash the server hosting the game, according to a programmer who has released code that exploits it.
                The bug resides in the networking code of the game. It allows the contents of inventory slots to be exchanged, so that items are displayed automatically after logging in.
                Why it matters
                The developer said he had reported the bug privately almost two years ago, and that he had heard nothing back from the company since then.
                Share on Facebook
                Share on Twitter
                Most read
                Privacy policy
                Terms of use
                Contact us
                """);
        assertEquals("A flaw in a popular game lets anyone crash its servers", a.meta().title());
        assertEquals(4, body(a).size(), () -> String.valueOf(body(a)));
        assertEquals(BlockKind.HEADING, a.blocks().get(10).kind());
        a.blocks().stream().filter(b -> b.kind() == BlockKind.BOILERPLATE)
                .forEach(b -> assertFalse(b.reason().isBlank()));
    }

    @Test
    void hardWrappedParagraphsAreKeptWhole() {
        Article a = clean("""
                Home
                Gear
                Gaming
                The console is the most powerful game system ever made. In practice, though,
                it really just puts the company on equal footing with its rival, and the
                games look great, but the price limits it to the most devoted fans of
                the brand.
                Everyone else might be better off waiting for a cheaper model, or
                opting for last year's console.
                Buy Now
                """);
        assertEquals(6, body(a).size(), () -> String.valueOf(body(a)));
        assertOut(a, "Home", "Gear", "Gaming", "Buy Now");
    }

    @Test
    void linesRecurringAcrossTheArchiveAreDropped() {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sources.add(source(i + ".txt", "Our reporters cover the whole region on every day of the week.\n"
                    + "Paragraph number " + i + " tells what happened in the town on that day, and why the people there "
                    + "were worried about what the council had decided.\n"));
        }
        Cleaner cleaner = new Cleaner(RULES, LANGUAGES, LineStats.of(sources));
        Article a = cleaner.clean(sources.get(0), new Problems());
        assertEquals(1, body(a).size());
        assertTrue(a.blocks().get(0).reason().startsWith("recurs across the archive"));
        assertEquals(2, body(new Cleaner(RULES, LANGUAGES).clean(sources.get(0), new Problems())).size());
    }

    @Test
    void emptyFile() {
        Article a = clean("");
        assertTrue(a.blocks().isEmpty());
        assertEquals("und", a.meta().lang());
    }

    @Test
    void allBoilerplateFile() {
        Article a = clean("Share\nTweet\nEmail\nComments\nAdvertisement\n© 2020 Example Media\nPrivacy | Terms | Contact\n");
        assertTrue(a.textBlocks().isEmpty(), () -> String.valueOf(body(a)));
    }

    @Test
    void tenMegabyteLineFinishesFast() {
        String line = "word, (L) 12:30 » Home / ".repeat(10 * 1024 * 1024 / 25);
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> clean(line + "\n"));
        assertEquals(1, a.blocks().size());
    }

    @Test
    void binaryLikeTextDoesNotBreak() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < 3000; i++) {
            sb.append((char) (i % 50 == 0 ? '\n' : i % 7 == 0 ? 0xFFFD : i % 32 + 1));
        }
        Article a = clean(sb.toString());
        assertTrue(a.textBlocks().isEmpty(), () -> String.valueOf(body(a)));
        assertNull(a.meta().date());
    }

    /** The sample archive with its front matter removed: raw ingestion keeps its text and infers its metadata. */
    @Test
    void sampleArchiveWithoutFrontMatter() throws IOException {
        Path dir = Path.of("../articles/content");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        Cleaner cleaner = new Cleaner(RULES, LANGUAGES);
        for (Path f : files) {
            String text = Files.readString(f);
            Article withFm = cleaner.clean(source(f.getFileName().toString(), text), new Problems());
            String raw = text.substring(text.indexOf("\n---\n") + 5);
            Article a = cleaner.clean(source(f.getFileName().toString(), raw), new Problems());
            List<String> kept = body(a);
            List<String> prose = raw.lines().map(String::strip)
                    .filter(l -> l.length() >= 60 && l.matches(".*[.!?”\"]$") && RULES.stream().noneMatch(r -> r.match(l) != null))
                    .toList();
            long lost = prose.stream().filter(l -> !kept.contains(l)).count();
            assertTrue(lost <= prose.size() * 0.02, () -> f + " lost " + prose.stream().filter(l -> !kept.contains(l)).toList());
            assertEquals(withFm.meta().lang(), a.meta().lang(), f::toString);
            for (Block b : a.blocks()) {
                if (b.kind() == BlockKind.METADATA || b.reason().startsWith("rule")) {
                    assertFalse(b.kind().isText(), b::text);
                }
            }
            if (withFm.meta().translator() != null) {
                assertEquals(withFm.meta().translator(), a.meta().translator());
            }
        }
    }
}
