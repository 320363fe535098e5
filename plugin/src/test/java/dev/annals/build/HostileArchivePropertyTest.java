package dev.annals.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: for archives generated from hostile fragments (seeded, so failures reproduce), two builds are
 * byte-identical and every page passes the Nu Html Checker without errors.
 */
class HostileArchivePropertyTest {
    private static final String[] PIECES = {"<script>alert(1)</script>", "</script><!--", "\"", "'", "&amp;", "&",
        "<img src=x onerror=alert(2)>", "[x](javascript:alert(3))", "[d](data:text/html,<b>)", "<b onclick=\"x\">b</b>",
        "]]>", "\u202Eevil\u202C", "\u0301", "😀", "\t", "Minsk", "Lukashenko", "Minsk’s", "on 9 August 2020",
        "ngày 12 tháng 3 năm 2020", "last Sunday", "*", "**", "_", "`", "#", "> ", "- ", "1. ", "|a|b|", "---", "\\",
        "{{x}}", "${x}", "<#if x>", "&lt;", "\u00a0", "\u200b", "ǅ", "İ", "word", "the", "and", "said", "police"};
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void buildsAreDeterministicAndEveryPageIsValid(long seed) throws Exception {
        Random random = new Random(seed);
        Map<String, String> files = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            files.put("content/a" + i + (random.nextBoolean() ? ".md" : ".txt"), article(random, i));
        }
        files.put("entities.yml", "- id: minsk\n  type: place\n  names: {en: Minsk}\n  description: '"
                + yamlQuoted(phrase(random, 5)) + "'\n- id: lukashenko\n  type: person\n  names: {en: '"
                + yamlQuoted("Lukashenko " + phrase(random, 2)) + "'}\n  aliases: [Lukashenko]\n");
        TestSites.write(dir.resolve("one"), files);
        TestSites.write(dir.resolve("two"), files);
        TestSites.build(dir.resolve("one"));
        TestSites.build(dir.resolve("two"));
        Map<String, String> site = TestSites.files(dir.resolve("one/site"));
        assertEquals(site, TestSites.files(dir.resolve("two/site")), "seed " + seed);

        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        for (String page : site.keySet()) {
            if (page.endsWith(".html")) {
                JsonNode out = JSON.readTree(validator.validate(dir.resolve("one/site").resolve(page)));
                for (JsonNode m : out.get("messages")) {
                    if (!m.path("type").asText().equals("info")) {
                        errors.add(page + ":" + m.path("lastLine").asText() + ": " + m.path("message").asText());
                    }
                }
            }
        }
        assertEquals(List.of(), errors, "seed " + seed);
    }

    private static String article(Random random, int i) {
        StringBuilder s = new StringBuilder("---\ntitle: '" + yamlQuoted(phrase(random, 4)) + "'\ndate: 2020-0"
                + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "\nsource: '" + yamlQuoted(phrase(random, 2))
                + "'\nauthor: '" + yamlQuoted(phrase(random, 2)) + "'\n---\n");
        int lines = 3 + random.nextInt(8);
        for (int l = 0; l < lines; l++) {
            s.append(phrase(random, 4 + random.nextInt(20))).append(" Sentence ").append(i).append('-').append(l)
                    .append(".\n").append(random.nextInt(3) == 0 ? "\n" : "");
        }
        return s.toString();
    }

    private static String phrase(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            s.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
        }
        return s.toString().strip();
    }

    private static String yamlQuoted(String s) {
        return s.replace("'", "''").replace("\t", " ");
    }
}
