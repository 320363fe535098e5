package dev.annals.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
    private static List<Discovery.Candidate> seeds;

    @BeforeAll
    static void discoverTheSeedArticles() throws IOException {
        List<Discovery.Doc> docs;
        try (Stream<Path> files = Files.list(Path.of("../articles/content"))) {
            docs = files.sorted().map(DiscoveryTest::doc).toList();
        }
        seeds = new Discovery(Gazetteer.empty()).find(docs);
    }

    private static Discovery.Doc doc(Path p) {
        try {
            String[] parts = Files.readString(p).split("(?m)^---\\s*$", 3);
            return new Discovery.Doc(p.getFileName().toString(), parts[1].contains("lang: vi") ? "vi" : "en", parts[2]);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Discovery.Candidate> byName() {
        return seeds.stream().collect(Collectors.toMap(Discovery.Candidate::name, Function.identity(), (a, b) -> a));
    }

    @Test
    void aScanHoldsOnlyWhileTheLowerCaseWordsItLookedUpAreTheSame() {
        Discovery discovery = new Discovery(Gazetteer.empty());
        Discovery.Doc doc = new Discovery.Doc("a", "en", "Quietly Verdan Union met on Monday. Later Verdan Union left.");
        Discovery.Scan capital = discovery.scan(doc, Set.of());
        Discovery.Scan lower = discovery.scan(doc, Set.of("quietly"));
        assertTrue(capital.holds(Set.of("other")));
        assertFalse(capital.holds(Set.of("quietly")), "the answer for 'quietly' changed");
        assertTrue(lower.holds(Set.of("quietly", "other")));
        Function<Discovery.Scan, List<String>> names = scan -> {
            Discovery.Tally tally = new Discovery.Tally();
            tally.add(scan);
            tally.add(new Discovery.Scan("b", "en", scan.ops(), scan.lookups()));
            return tally.candidates(Set.of()).stream().map(Discovery.Candidate::name).toList();
        };
        assertTrue(names.apply(capital).contains("Quietly Verdan Union"), names.apply(capital).toString());
        assertFalse(names.apply(lower).contains("Quietly Verdan Union"), names.apply(lower).toString());
    }

    @Test
    void findsEveryCountryTheSeedsNameAsAPlace() {
        Map<String, Discovery.Candidate> found = byName();
        for (String country : List.of("Belarus", "Russia", "Nga", "Lithuania", "Ukraine", "Ba Lan", "Phần Lan",
                "Thụy Điển", "Hoa Kỳ")) {
            assertTrue(found.containsKey(country), country + " in " + found.keySet());
            assertEquals(EntityType.PLACE, found.get(country).type(), country);
        }
        assertEquals("russia", found.get("Nga").id());
    }

    @Test
    void findsThePeopleNamedMoreThanOnceWithTheirSurnamesAndMisspellings() {
        Map<String, Discovery.Candidate> found = byName();
        for (String person : List.of("Alexander Lukashenko", "Vladimir Putin", "Svetlana Tikhanovskaya", "Lucian Kim",
                "Alexander Baunov", "Jens Stoltenberg")) {
            assertTrue(found.containsKey(person), person + " in " + found.keySet());
            assertEquals(EntityType.PERSON, found.get(person).type(), person);
        }
        assertTrue(found.get("Alexander Lukashenko").aliases().containsAll(List.of("Lukashenko", "Lukasenko")));
        assertTrue(found.get("Svetlana Tikhanovskaya").aliases().contains("Tikhanovsakaya"));
        assertTrue(found.get("Vladimir Putin").count() > 20);
    }

    @Test
    void noCommonWordOrSentenceInitialCapitalBecomesACandidate() {
        Set<String> common = Set.of("the", "but", "according", "trong", "theo", "russian", "belarusian",
                "belarusians", "thousands", "sunday", "monday", "reports", "meanwhile", "president", "tổng", "ông",
                "bà", "hai", "sau", "hôm", "so", "well", "today", "march", "nhà", "liên", "english", "kelly:");
        for (Discovery.Candidate c : seeds) {
            assertFalse(common.contains(Names.lower(c.name())), c.toString());
            for (String t : c.name().split(" ")) {
                assertFalse(Set.of("the", "but", "according", "trong", "theo").contains(Names.lower(t)), c.toString());
            }
        }
    }

    @Test
    void acronymsTakeTheirDefinitionInTheArticlesLanguage() {
        Map<String, Discovery.Candidate> byId = seeds.stream()
                .collect(Collectors.toMap(Discovery.Candidate::id, Function.identity(), (a, b) -> a));
        assertEquals(Map.of("vi", "Tổ chức Hiệp ước An ninh Tập thể"), byId.get("csto").names());
        assertEquals(Map.of("en", "Royal United Services Institute"), byId.get("rusi").names());
        assertEquals(EntityType.ORGANIZATION, byId.get("rusi").type());
        assertTrue(byId.get("csto").aliases().contains("CSTO"));
        assertFalse(byId.containsKey("tt"), "Tổng thống (TT) abbreviates a title");
    }

    @Test
    void discoveredEntitiesAreMarkedAndPrintAsGazetteerEntries() {
        List<Entity> entities = Discovery.entities(seeds);
        assertTrue(entities.stream().allMatch(Entity::discovered));
        Entity russia = entities.stream().filter(e -> e.id().equals("russia")).findFirst().orElseThrow();
        assertEquals(Map.of("en", "Russia", "vi", "Nga"), russia.names());
        Entity csto = entities.stream().filter(e -> e.id().equals("csto")).findFirst().orElseThrow();
        String yaml = Discovery.yaml(csto, List.of("2 articles"));
        assertEquals("  # 2 articles\n  - id: csto\n    type: organization\n"
                + "    names: {vi: Tổ chức Hiệp ước An ninh Tập thể}\n    aliases: [CSTO]\n", yaml);
        Gazetteer parsed = Gazetteer.parse("entities:\n" + yaml, "discovered.yml");
        assertEquals("Tổ chức Hiệp ước An ninh Tập thể", parsed.get("csto").orElseThrow().name("vi"));
    }

    @Test
    void namesTheGazetteerKnowsAreNotDiscoveredAgain() throws IOException {
        List<Discovery.Doc> docs = List.of(new Discovery.Doc("a", "en",
                "Putin met Lukashenko in Minsk. Putin and Lukashenko met Jane Doerr, and Doerr spoke."));
        Gazetteer known = Gazetteer.load(Path.of("../articles/entities.yml"));
        List<String> names = new Discovery(known).find(docs).stream().map(Discovery.Candidate::name).toList();
        assertEquals(List.of("Jane Doerr"), names);
    }

    /** The lower-case words are those of the matcher's tokens that start in lower case, whatever the script. */
    @Test
    void lowerWordsAreTheTokensStartingInLowerCase() {
        String alphabet = "aZ9 -'\n.éÉđĐươ\u0301\u0308\uD835\uDC00\uD835\uDC1A\uD800ßǅ";
        java.util.Random random = new java.util.Random(3);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Set<String> expected = Names.tokens(text.toString()).stream().map(Names.Token::text)
                    .filter(t -> Character.isLowerCase(t.codePointAt(0))).map(Names::lower).collect(Collectors.toSet());
            assertEquals(expected, Discovery.lowerWords(new Discovery.Doc("d", "en", text.toString())), text::toString);
        }
    }
}
