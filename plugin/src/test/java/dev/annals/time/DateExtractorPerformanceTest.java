package dev.annals.time;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A million-character line must not make any pattern backtrack catastrophically. */
class DateExtractorPerformanceTest {
    private static final int LENGTH = 1_000_000;

    @ParameterizedTest(name = "[{0}] \"{1}\" repeated")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            en | "1"
            en | "1 "
            en | "9/9/"
            en | "2020-"
            en | "on last Sunday "
            en | "August 15, 2020 six years ago "
            en | "the the the 1994 "
            vi | "1"
            vi | "9.8."
            vi | "ngày 9.8 "
            vi | "tháng trước "
            vi | "hai ngày trước đó (04/04) "
            vi | "thứ Hai tuần trước năm 1994 "
            vi | "a "
            """)
    void aMillionCharacterLineIsProcessed(String lang, String unit) {
        String line = unit.repeat(LENGTH / unit.length() + 1).substring(0, LENGTH);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Dates.EXTRACTOR.find(line, lang, LocalDate.of(2020, 8, 16));
            Dates.EXTRACTOR.unresolved(line, lang);
        });
        assertTrue(line.length() == LENGTH);
    }
}
