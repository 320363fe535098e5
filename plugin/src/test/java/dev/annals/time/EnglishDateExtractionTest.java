package dev.annals.time;

import static dev.annals.time.Dates.assertDate;
import static dev.annals.time.Granularity.DAY;
import static dev.annals.time.Granularity.DECADE;
import static dev.annals.time.Granularity.MONTH;
import static dev.annals.time.Granularity.YEAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishDateExtractionTest {
    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 8, 19);

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            The results were published on 2020-08-16 by the commission.     | 2020-08-16 | DAY
            The vote took place on August 15, officials said.                | 2020-08-15 | DAY
            Since the Aug. 9 election, thousands have protested.             | 2020-08-09 | DAY
            They met in Saint Petersburg in December 2019.                   | 2019-12    | MONTH
            He has ruled the country since he came to power in 1994.         | 1994       | YEAR
            The treaty was signed on 8/16/2020 in Minsk.                     | 2020-08-16 | DAY
            The treaty was signed on 16 August 2020 in Minsk.                | 2020-08-16 | DAY
            The talks ended on September 3, 2019 without a deal.             | 2019-09-03 | DAY
            Protests on Sept. 5 drew large crowds.                           | 2019-09-05 | DAY
            The economy collapsed in the 1990s after independence.           | 1990       | DECADE
            Prices rose in August, the bank said.                            | 2020-08    | MONTH
            A 1994 security agreement binds both countries.                  | 1994       | YEAR
            """)
    void explicitDatesResolveWithTheirGranularity(String text, String iso, Granularity granularity) {
        assertDate(text, "en", PUBLISHED, iso, granularity, true);
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Workers booed him on Monday at the plant.                  | 2020-08-17 | DAY
            Thousands were detained after last Sunday's vote.          | 2020-08-16 | DAY
            Today, he visited a tractor factory.                       | 2020-08-19 | DAY
            The opposition leader spoke yesterday from exile.          | 2020-08-18 | DAY
            An election was held earlier this month in the country.    | 2020-08    | MONTH
            He claimed victory in last week's election.                | 2020-08    | MONTH
            Prices fell sharply last month across the region.          | 2020-07    | MONTH
            The economy shrank last year by a wide margin.             | 2019       | YEAR
            Russia annexed Crimea six years ago in a swift operation.  | 2014       | YEAR
            The minister had resigned two days earlier.                | 2020-08-17 | DAY
            They met last night in the capital.                        | 2020-08-18 | DAY
            The summit opens tomorrow in Moscow.                       | 2020-08-20 | DAY
            Talks collapsed three months ago in Vienna.                | 2020-05    | MONTH
            The law passed a decade ago with little debate.            | 2010       | DECADE
            Crowds gathered over the weekend in Minsk.                 | 2020-08    | MONTH
            The leaders will meet next Monday in Sochi.                | 2020-08-24 | DAY
            Troops were sent this week to the border.                  | 2020-08    | MONTH
            The plan was announced this morning by the ministry.       | 2020-08-19 | DAY
            The case will be heard later this year in court.           | 2020       | YEAR
            The plant reopened 10 days ago after a strike.             | 2020-08-09 | DAY
            """)
    void relativeExpressionsResolveAgainstThePublicationDate(String text, String iso, Granularity granularity) {
        assertDate(text, "en", PUBLISHED, iso, granularity, false);
    }

    @Test
    void aBareWeekdayIsThePastOneUnlessTheClauseSpeaksOfTheFuture() {
        assertDate("They met on Friday in Moscow.", "en", PUBLISHED, "2020-08-14", DAY, false);
        assertDate("They will meet on Friday in Moscow.", "en", PUBLISHED, "2020-08-21", DAY, false);
    }

    @Test
    void aYearlessMonthOrDayLooksForwardOnlyInAFutureClause() {
        java.util.List<DateMention> found = Dates.EXTRACTOR.find(
                "He will travel to Moscow in September, and said he met Putin in March.", "en", PUBLISHED);
        assertEquals(java.util.List.of("2020-09", "2020-03"), found.stream().map(d -> d.date().iso()).toList());
        assertDate("The talks will resume on August 3.", "en", PUBLISHED, "2021-08-03", DAY, true);
        assertDate("The talks resumed on August 3.", "en", PUBLISHED, "2020-08-03", DAY, true);
    }

    @Test
    void aWeekStraddlingTwoMonthsIsReportedByItsYear() {
        // Thursday 2020-09-03: this week runs from Monday 31 August to Sunday 6 September.
        assertDate("Protests grew this week in Minsk.", "en", LocalDate.of(2020, 9, 3), "2020", YEAR, false);
        assertDate("Protests grew last week in Minsk.", "en", LocalDate.of(2020, 9, 3), "2020-08", MONTH, false);
    }

    @Test
    void anExplicitDateBeatsAContradictingWeekday() {
        // 15 August 2020 was a Saturday: the written date wins and the weekday is not a second event.
        DateMention d = Dates.only("In their telephone conversation on Sunday (August 15), Lukashenko informed Putin.",
                "en", LocalDate.of(2020, 8, 16));
        assertEquals("2020-08-15", d.date().iso());
        assertEquals(true, d.explicit());
    }

    @Test
    void aYearlessDateTakesItsYearFromANeighbouringRelativeYear() {
        assertDate("The first protest was on August 15 last year.", "en", PUBLISHED, "2019-08-15", DAY, true);
    }

    @Test
    void numericDatesAreMonthFirstInEnglishUnlessImpossible() {
        assertDate("Signed on 8/6/2020 in Minsk.", "en", PUBLISHED, "2020-08-06", DAY, true);
        assertDate("Signed on 16/8/2020 in Minsk.", "en", PUBLISHED, "2020-08-16", DAY, true);
    }

    @Test
    void aWeekdayThatNamesANewspaperOrHolidayIsNotADate() {
        assertEquals(0, Dates.EXTRACTOR.find("He told the Sunday Times about Black Friday sales.", "en", PUBLISHED).size());
    }

    @Test
    void aBreadcrumbWordTodayIsNotADate() {
        assertEquals(0, Dates.EXTRACTOR.find("Home » today » Health » As Belarus protests grow", "en", PUBLISHED).size());
    }

    @Test
    void durationsWithLastOrPastAreNotDates() {
        assertEquals(0, Dates.EXTRACTOR.find("Over the past year and the last month prices rose.", "en", PUBLISHED).size());
    }
}
