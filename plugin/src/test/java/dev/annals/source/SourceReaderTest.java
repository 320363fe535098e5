package dev.annals.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annals.build.AnnalsException;
import dev.annals.build.Problem;
import dev.annals.build.Problems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    private final Problems problems = new Problems();
    private final SourceReader reader = new SourceReader(problems);

    private Source parse(String file, String text) {
        return reader.parse(file, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsFrontMatterAndBodyWithCrlfAndBom() {
        Source s = parse("news/Tin Tức Đặc Biệt.txt", "\uFEFF---\r\ntitle: Hello\r\ndate: 2020-08-16\r\n---\r\nLine one\r\nLine two\r\n");
        assertEquals("Hello", s.frontMatter().string("title").orElseThrow());
        assertEquals(LocalDate.of(2020, 8, 16), s.frontMatter().date().orElseThrow());
        assertEquals("Line one\nLine two\n", s.body());
        assertEquals(5, s.bodyLine());
        assertEquals("tin-tuc-dac-biet", s.slug());
        assertEquals(Format.TEXT, s.format());
    }

    @Test
    void fileWithoutFrontMatterIsAllBody() {
        Source s = parse("a.md", "# Title\n\nText.");
        assertEquals("# Title\n\nText.", s.body());
        assertEquals(1, s.bodyLine());
        assertEquals(Format.MARKDOWN, s.format());
    }

    @Test
    void brokenFrontMatterNamesFileLineAndParserMessage() {
        AnnalsException e = assertThrows(AnnalsException.class,
                () -> parse("bad.md", "---\ntitle: ok\ndate: [unclosed\nlang: en\n---\nBody"));
        assertEquals("bad.md", e.problem().file());
        assertTrue(e.problem().line() >= 3, "line " + e.problem().line());
        assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
    }

    @Test
    void unclosedFrontMatterIsAnError() {
        AnnalsException e = assertThrows(AnnalsException.class, () -> parse("x.md", "---\ntitle: t\nBody"));
        assertTrue(e.getMessage().contains("never closed"));
    }

    @Test
    void unknownKeyIsAWarningWithItsLine() {
        parse("x.md", "---\ntitle: t\ncolour: red\n---\nBody");
        List<Problem> all = problems.all();
        assertEquals(1, all.size());
        assertEquals(Problem.Severity.WARNING, all.get(0).severity());
        assertEquals(3, all.get(0).line());
        assertTrue(all.get(0).message().contains("colour"));
    }

    @Test
    void invalidUtf8IsAnErrorWithTheByteOffset() {
        byte[] bytes = {'o', 'k', ' ', (byte) 0xC3, (byte) 0x28};
        AnnalsException e = assertThrows(AnnalsException.class, () -> reader.parse("latin1.txt", bytes));
        assertEquals("latin1.txt", e.problem().file());
        assertTrue(e.getMessage().contains("offset 3"), e.getMessage());
    }

    /** Decoding accepts exactly what a strict UTF-8 decoder accepts, U+FFFD itself included, and gives its text. */
    @Test
    void decodingIsStrictUtf8() {
        assertEquals("a\uFFFDb", SourceReader.decode("f.txt", "a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
        java.util.Random random = new java.util.Random(8);
        byte[] pieces = "aZ \n\uFFFDệ😀".getBytes(StandardCharsets.UTF_8);
        for (int n = 0; n < 20_000; n++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : pieces[random.nextInt(pieces.length)];
            }
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = null;
            }
            if (bytes.length >= 2 && ((bytes[0] & 0xFF) >= 0xFE && (bytes[1] & 0xFF) >= 0xFE
                    || (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB) || strict != null && strict.contains("\0")) {
                continue; // byte order marks and NUL have rules of their own
            }
            if (strict == null) {
                assertThrows(AnnalsException.class, () -> SourceReader.decode("f.txt", bytes));
            } else {
                assertEquals(strict, SourceReader.decode("f.txt", bytes));
            }
        }
    }

    @Test
    void utf16WithBomIsDecoded() {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] text = "Xin chào".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, 2);
        System.arraycopy(text, 0, all, 2, text.length);
        assertEquals("Xin chào", reader.parse("u.txt", all).body());
    }

    @Test
    void slugFromFrontMatterCannotLeaveTheFolder() {
        assertEquals("etc-passwd", parse("x.md", "---\nslug: ../../etc/passwd\n---\nBody").slug());
        assertEquals("con-", parse("CON.txt", "Body").slug());
        assertThrows(AnnalsException.class, () -> parse("x.md", "---\nslug: '../..'\n---\nBody"));
    }

    @Test
    void twoArticlesClaimingOneSlugIsAnErrorNamingBoth(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "---\nslug: same\n---\nOne");
        Files.writeString(dir.resolve("b.txt"), "---\nslug: same\n---\nTwo");
        Files.writeString(dir.resolve(".hidden.txt"), "skipped");
        assertEquals(1, reader.readAll(dir).size());
        Problem p = problems.all().get(0);
        assertTrue(p.isError());
        assertTrue(p.toString().contains("b.txt") && p.toString().contains("a.txt"), p.toString());
    }

    @Test
    void yamlAliasBombIsRefused() {
        String bomb = "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n---\nBody";
        assertThrows(AnnalsException.class, () -> parse("bomb.md", bomb));
    }

    @Test
    void aKeyGivenTwiceIsAnErrorAtItsSecondLine() {
        AnnalsException e = assertThrows(AnnalsException.class,
                () -> parse("twice.md", "---\ntitle: One\nlang: en\ntitle: Two\n---\nBody"));
        assertTrue(e.getMessage().contains("twice.md") && e.getMessage().contains(":4"), e.getMessage());
    }
}
