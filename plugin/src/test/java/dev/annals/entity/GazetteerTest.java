package dev.annals.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.annals.build.AnnalsException;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    @Test
    void errorsNameTheLineOfTheEntityEvenAfterAliasLists() {
        String yaml = "- id: first\n"
                + "  type: person\n"
                + "  names: {en: First}\n"
                + "  aliases:\n"
                + "  - One\n"
                + "  - Uno\n"
                + "- id: second\n"
                + "  type: planet\n"
                + "  names: {en: Second}\n";
        AnnalsException e = assertThrows(AnnalsException.class, () -> Gazetteer.parse(yaml, "entities.yml"));
        assertEquals(7, e.problem().line(), e.getMessage());
    }

    @Test
    void emptyAliasesAreSkipped() {
        Gazetteer g = Gazetteer.parse("- id: a\n  type: place\n  names: {en: Aland}\n  aliases: [~, '', Ål]\n",
                "entities.yml");
        assertEquals(java.util.List.of("Ål"), g.get("a").orElseThrow().aliases());
    }

    @Test
    void aFormLimitedToSomeLanguagesLinksInTextsOfThoseLanguagesWhateverTheRegion() {
        Gazetteer.Form vi = new Gazetteer.Form("Ba Lan", "poland", EntityType.PLACE, "vi", java.util.Set.of("vi"));
        org.junit.jupiter.api.Assertions.assertTrue(vi.linksIn("vi"));
        org.junit.jupiter.api.Assertions.assertTrue(vi.linksIn("vi-VN"));
        org.junit.jupiter.api.Assertions.assertTrue(vi.linksIn("vi_VN-x"));
        org.junit.jupiter.api.Assertions.assertFalse(vi.linksIn("en"));
        org.junit.jupiter.api.Assertions.assertFalse(vi.linksIn("en-vi"));
        org.junit.jupiter.api.Assertions.assertFalse(vi.linksIn(null));
        Gazetteer.Form any = new Gazetteer.Form("Poland", "poland", EntityType.PLACE, null, java.util.Set.of());
        org.junit.jupiter.api.Assertions.assertTrue(any.linksIn(null));
        org.junit.jupiter.api.Assertions.assertTrue(any.linksIn("fr-CA"));
    }
}
