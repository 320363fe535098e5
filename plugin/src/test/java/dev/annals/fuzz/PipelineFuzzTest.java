package dev.annals.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.annals.build.AnnalsException;
import dev.annals.build.Problems;
import dev.annals.clean.Article;
import dev.annals.clean.Block;
import dev.annals.clean.Cleaner;
import dev.annals.clean.Languages;
import dev.annals.clean.LineStats;
import dev.annals.clean.Rules;
import dev.annals.entity.Entity;
import dev.annals.entity.EntityMatcher;
import dev.annals.entity.EntityType;
import dev.annals.entity.Gazetteer;
import dev.annals.entity.Mention;
import dev.annals.source.Format;
import dev.annals.source.FrontMatter;
import dev.annals.source.Source;
import dev.annals.source.SourceReader;
import dev.annals.time.DateExtractor;
import dev.annals.time.DateMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Coverage-guided fuzz tests (Jazzer). In a normal test run each method runs once per input of its seed corpus
 * ({@code src/test/resources/dev/annals/fuzz/PipelineFuzzTestInputs/METHOD/}); with {@code JAZZER_FUZZ=1} it
 * fuzzes for {@code maxDuration}. See the README, "Fuzzing".
 */
class PipelineFuzzTest {
    private static final Cleaner CLEANER = new Cleaner(Rules.load(null), new Languages(), LineStats.EMPTY);
    private static final DateExtractor DATES = new DateExtractor();
    private static final EntityMatcher MATCHER = new EntityMatcher(new Gazetteer(List.of(
            new Entity("minsk", EntityType.PLACE, Map.of("en", "Minsk", "ru", "Минск"), List.of("Mensk"), null, null),
            new Entity("lukashenko", EntityType.PERSON, Map.of("en", "Alexander Lukashenko", "vi",
                    "Alexander Lukashenko"), List.of("Lukashenko"), null, null))).withBuiltIns());

    @FuzzTest(maxDuration = "15s")
    void frontMatterParsesOrFailsWithAMessage(byte[] bytes) {
        try {
            Source s = new SourceReader(new Problems()).parse("fuzz.md", bytes);
            assertTrue(s.slug().matches("[a-z0-9-]+"), s.slug());
            assertTrue(s.bodyLine() >= 1);
        } catch (AnnalsException e) {
            assertNotNull(e.problem().message());
        }
    }

    @FuzzTest(maxDuration = "15s")
    void cleanerClassifiesEveryBlock(FuzzedDataProvider data) {
        Format format = data.consumeBoolean() ? Format.MARKDOWN : Format.TEXT;
        Source source = new Source("fuzz.txt", "fuzz", format, FrontMatter.EMPTY, data.consumeRemainingAsString(), 1);
        try {
            Article a = CLEANER.clean(source, new Problems());
            assertNotNull(a.meta().title());
            for (Block b : a.blocks()) {
                assertNotNull(b.kind());
                assertNotNull(b.text());
                assertTrue(b.line() >= 1);
            }
        } catch (AnnalsException e) {
            assertEquals("fuzz.txt", e.problem().file());
        }
    }

    @FuzzTest(maxDuration = "15s")
    void datesLieWithinTheTextAndDoNotOverlap(FuzzedDataProvider data) {
        String lang = data.pickValue(new String[] {"en", "vi", "de"});
        LocalDate published = data.consumeBoolean() ? null : LocalDate.ofEpochDay(data.consumeInt(-40_000, 60_000));
        String text = data.consumeRemainingAsString();
        List<DateMention> found = DATES.find(text, lang, published);
        int last = 0;
        for (DateMention m : found) {
            assertTrue(m.start() >= last && m.start() < m.end() && m.end() <= text.length(), m + " in " + text.length());
            assertNotNull(m.date());
            last = m.end();
        }
    }

    @FuzzTest(maxDuration = "15s")
    void mentionsLieWithinTheTextAndDoNotOverlap(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        int last = 0;
        for (Mention m : MATCHER.find(text)) {
            assertTrue(m.start() >= last && m.start() < m.end() && m.end() <= text.length(), m + " in " + text.length());
            assertNotNull(m.entityId());
            last = m.end();
        }
    }
}
