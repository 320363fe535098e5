package dev.annals.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {
    private static final Gazetteer SAMPLE = Gazetteer.load(Path.of("../articles/entities.yml"));

    private static Entity entity(String id, EntityType type, String en, String... aliases) {
        return new Entity(id, type, Map.of("en", en), List.of(aliases), null, null);
    }

    private static List<String> spans(String text, List<Mention> mentions) {
        return mentions.stream().map(m -> text.substring(m.start(), m.end()) + "=" + m.entityId()).toList();
    }

    @Test
    void vietnameseCountryNamesLinkWithAnEmptyGazetteer() {
        EntityMatcher m = new EntityMatcher(Gazetteer.empty().withBuiltIns());
        String text = "NATO tập trung lực lượng ở Ba Lan và Lithuania, theo Nga và Hoa Kỳ; Phần Lan, Thụy Điển.";
        assertEquals(List.of("Ba Lan=poland", "Lithuania=lithuania", "Nga=russia", "Hoa Kỳ=united-states",
                "Phần Lan=finland", "Thụy Điển=sweden"), spans(text, m.find(text, "vi")));
    }

    @Test
    void builtInNamesOfOneLanguageDoNotLinkInAnother() {
        EntityMatcher m = new EntityMatcher(Gazetteer.empty().withBuiltIns());
        String text = "Nga said Polska and Deutschland met Poland.";
        assertEquals(List.of("Polska=poland", "Deutschland=germany", "Poland=poland"),
                spans(text, m.find(text, "en")));
        assertEquals(List.of("Russland=russia"), spans("Russland", m.find("Russland", "de")));
    }

    @Test
    void englishCountryNamesThatAreFirstNamesOrCommonWordsDoNotLink() {
        EntityMatcher m = new EntityMatcher(Gazetteer.empty().withBuiltIns());
        String text = "Chad and Jordan flew from Georgia to New Jersey; China and Turkey did not, nor did turkey.";
        assertEquals(List.of("China=china", "Turkey=turkey"), spans(text, m.find(text, "en")));
    }

    @Test
    void curatedEntryWinsOverTheBuiltInCountry() {
        Entity russia = new Entity("russia", EntityType.PLACE, Map.of("en", "Russia", "vi", "Nga"),
                List.of("Russian Federation"), "Q159", "Curated.");
        Entity jordan = entity("jordan-smith", EntityType.PERSON, "Jordan Smith", "Jordan");
        Gazetteer g = new Gazetteer(List.of(russia, jordan)).withBuiltIns();
        Entity merged = g.get("russia").orElseThrow();
        assertEquals("Curated.", merged.description());
        assertEquals("Nga", merged.name("vi"));
        assertEquals("Russland", merged.name("de"));
        assertEquals(1, g.entities().stream().filter(e -> e.names().containsValue("Russia")).count());
        EntityMatcher m = new EntityMatcher(g);
        assertEquals(List.of("Russland=russia"), spans("Russland", m.find("Russland", "de")));
        assertEquals(List.of("Jordan=jordan-smith"), spans("Jordan", m.find("Jordan", "ar")));
    }

    @Test
    void titlesInAliasesAreStrippedAndTitlesInTextAreNotPartOfTheName() {
        Entity putin = entity("vladimir-putin", EntityType.PERSON, "President Vladimir Putin", "Tổng thống Putin",
                "Mr. Putin");
        EntityMatcher m = new EntityMatcher(new Gazetteer(List.of(putin)));
        String vi = "Tổng thống Putin gặp ông Putin.";
        assertEquals(List.of("Putin=vladimir-putin", "Putin=vladimir-putin"), spans(vi, m.find(vi, "vi")));
        String en = "President Vladimir Putin met Mr Putin.";
        assertEquals(List.of("Vladimir Putin=vladimir-putin", "Putin=vladimir-putin"), spans(en, m.find(en, "en")));
    }

    @Test
    void possessivesLinkTheNameWithoutTheSuffix() {
        EntityMatcher m = new EntityMatcher(SAMPLE);
        String text = "Lukashenko’s re-election worried Russia's allies and Alexander Lukashenko's critics.";
        assertEquals(List.of("Lukashenko=alexander-lukashenko", "Russia=russia",
                "Alexander Lukashenko=alexander-lukashenko"), spans(text, m.find(text, "en")));
    }

    @Test
    void aNameIsTriedEvenWhenAnotherWithTheSameKeyFailedOnItsFirstWord() {
        // both start with the key "new": "New York" fails on the lower-case "new", "new Order" must still be tried
        EntityMatcher m = new EntityMatcher(new Gazetteer(List.of(entity("new-york", EntityType.PLACE, "New York Port"),
                entity("new-delhi", EntityType.PLACE, "New Delhi"), entity("new-order", EntityType.ORGANIZATION,
                "new Order"))));
        String text = "The band new Order played in New Delhi, not in new York Port.";
        assertEquals(List.of("new Order=new-order", "New Delhi=new-delhi"), spans(text, m.find(text, "en")));
    }

    @Test
    void theLongestNameWins() {
        EntityMatcher m = new EntityMatcher(SAMPLE);
        String text = "The Union State of Russia and Belarus met the Russian Air Force in Russia.";
        assertEquals(List.of("Union State of Russia and Belarus=union-state", "Russian Air Force=russian-air-force",
                "Russia=russia"), spans(text, m.find(text, "en")));
    }

    @Test
    void diacriticsFoldOutsideVietnameseOnly() {
        Entity linas = entity("linas-linkevicius", EntityType.PERSON, "Linas Linkevičius");
        Entity finland = new Entity("finland", EntityType.PLACE, Map.of("vi", "Phần Lan"), List.of(), null, null);
        Entity nga = new Entity("nga", EntityType.PERSON, Map.of("vi", "Nga"), List.of(), null, null);
        EntityMatcher m = new EntityMatcher(new Gazetteer(List.of(linas, finland, nga)));
        String en = "LINAS LINKEVICIUS and Linas Linkevicius";
        assertEquals(List.of("LINAS LINKEVICIUS=linas-linkevicius", "Linas Linkevicius=linas-linkevicius"),
                spans(en, m.find(en, "en")));
        String vi = "Phan Lan, Ngà và Ngã, không phải Phần Lan.";
        assertEquals(List.of("Phần Lan=finland"), spans(vi, m.find(vi, "vi")));
    }

    @Test
    void misspeltNamesMatchWithEvidenceWithoutBeingAliases() {
        Entity luka = entity("alexander-lukashenko", EntityType.PERSON, "Alexander Lukashenko", "Lukashenko");
        Entity svet = entity("svetlana-tikhanovskaya", EntityType.PERSON, "Svetlana Tikhanovskaya", "Tikhanovskaya");
        EntityMatcher m = new EntityMatcher(new Gazetteer(List.of(luka, svet)));
        List<String> article = List.of("Ông Lukashenko tái đắc cử.", "Ông Lukasenko nói.",
                "Lãnh đạo đối lập Svetlana Tikhanovsakaya chỉ đạt 10%.", "Sau đó, bà Tikhanovsakaya đi.");
        List<List<Mention>> found = m.find(article, "vi");
        assertEquals(List.of("Lukashenko=alexander-lukashenko"), spans(article.get(0), found.get(0)));
        assertNull(found.get(0).get(0).evidence());
        assertEquals(List.of("Lukasenko=alexander-lukashenko"), spans(article.get(1), found.get(1)));
        assertTrue(found.get(1).get(0).evidence().contains("also names alexander-lukashenko exactly"),
                found.get(1).get(0).evidence());
        assertEquals(List.of("Svetlana Tikhanovsakaya=svetlana-tikhanovskaya"), spans(article.get(2), found.get(2)));
        assertEquals(List.of("Tikhanovsakaya=svetlana-tikhanovskaya"), spans(article.get(3), found.get(3)));
        assertNotNull(found.get(3).get(0).evidence());
        assertTrue(found.get(3).get(0).fuzzy());
    }

    @Test
    void misspellingWithoutEvidenceOrNearACommonWordDoesNotMatch() {
        Entity luka = entity("alexander-lukashenko", EntityType.PERSON, "Alexander Lukashenko", "Lukashenko");
        Entity portman = entity("natalie-portman", EntityType.PERSON, "Natalie Portman", "Portman");
        Entity kremlin = entity("kremlinology", EntityType.OTHER, "Kremlinologists");
        EntityMatcher m = new EntityMatcher(new Gazetteer(List.of(luka, portman, kremlin)));
        assertEquals(List.of(), m.find("Ông Lukasenko nói.", "vi"), "short, and no exact mention");
        assertEquals(List.of(), m.find("The Postman rang twice.", "en"));
        assertEquals(List.of(), m.find("Kremlinologist say so, as do other kremlinologist writers.", "en"));
        assertFalse(m.find("Kremlinologists say so.", "en").get(0).fuzzy());
    }

    @Test
    void namesOnTranscriptSpeakerLabelsLink() {
        EntityMatcher m = new EntityMatcher(SAMPLE);
        String text = "KELLY: Hey.\nLUCIAN KIM, BYLINE: Hey, Mary Louise.\nPRESIDENT ALEXANDER LUKASHENKO: (Non-English).";
        assertEquals(List.of("KELLY=mary-louise-kelly", "LUCIAN KIM=lucian-kim", "Mary Louise=mary-louise-kelly",
                "ALEXANDER LUKASHENKO=alexander-lukashenko"), spans(text, m.find(text, "en")));
    }

    @Test
    void findWithoutALanguageStillLinksCuratedNames() {
        EntityMatcher m = new EntityMatcher(SAMPLE.withBuiltIns());
        String text = "Putin spoke to Lukashenko about Polska.";
        assertEquals(List.of("Putin=vladimir-putin", "Lukashenko=alexander-lukashenko", "Polska=poland"),
                spans(text, m.find(text)));
    }
}
