package dev.annals.time;

import static dev.annals.time.Dates.assertDate;
import static dev.annals.time.Granularity.DAY;
import static dev.annals.time.Granularity.MONTH;
import static dev.annals.time.Granularity.YEAR;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseDateExtractionTest {
    /** A Friday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 4, 7);

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Kết quả bầu cử công bố ngày 9.8 cho thấy ông thắng.          | 2022-08-09 | DAY
            Hôm 06/04, hai nhà lãnh đạo đã gặp nhau tại Moscow.          | 2023-04-06 | DAY
            Thông báo về hành động này hôm 26/03, ông Putin nói.         | 2023-03-26 | DAY
            Hồi tháng 10/2022, hai nước đã thành lập một nhóm lực lượng. | 2022-10    | MONTH
            Ông lên nắm quyền năm 1994 và giữ chức từ đó.                | 1994       | YEAR
            Tuyên bố được đưa ra hồi tháng ba (03/2023) tại Moscow.      | 2023-03    | MONTH
            Chiến tranh kết thúc ngày 9/5/1945 tại châu Âu.              | 1945-05-09 | DAY
            Hiệp ước ký ngày 8 tháng 12 năm 1991 tại Belovezha.          | 1991-12-08 | DAY
            Quân đội được điều động vào tháng 10 năm ngoái.              | 2022-10    | MONTH
            Kinh tế suy thoái trong những năm 1990 sau khi độc lập.      | 1990       | DECADE
            """)
    void explicitDatesAreDayFirstAndResolveWithTheirGranularity(String text, String iso, Granularity granularity) {
        assertDate(text, "vi", PUBLISHED, iso, granularity, true);
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Hôm qua, ông Lukashenko đã đến Moscow.                       | 2023-04-06 | DAY
            Hôm nay, hai bên ký thỏa thuận mới.                          | 2023-04-07 | DAY
            Các cuộc tập trận đã diễn ra tuần trước ở Belarus.           | 2023       | YEAR
            Ông Putin tuyên bố tháng trước rằng Nga sẽ triển khai.       | 2023-03    | MONTH
            Nga xâm chiếm Ukraine năm ngoái.                             | 2022       | YEAR
            Kinh tế tăng trưởng chậm trong năm nay.                      | 2023       | YEAR
            Belarus sẽ gia nhập khối này vào cuối năm nay.               | 2023       | YEAR
            Cuộc xâm lược bắt đầu hồi đầu năm ngoái.                     | 2022       | YEAR
            Phần Lan gia nhập NATO hai ngày trước đó.                    | 2023-04-05 | DAY
            Thứ Hai tuần trước, ông Putin đã gặp ông Tập.                | 2023-03-27 | DAY
            Hôm thứ Sáu, giới chức cho biết tình hình ổn định.           | 2023-04-07 | DAY
            Sáng nay, đoàn đại biểu đã rời Minsk.                        | 2023-04-07 | DAY
            Tối qua, nhiều vụ nổ vang lên ở Kyiv.                        | 2023-04-06 | DAY
            Nga sáp nhập Crimea cách đây 9 năm.                          | 2014       | YEAR
            Dự luật được thông qua 3 tháng trước.                        | 2023-01    | MONTH
            Hội nghị sẽ diễn ra vào tuần tới tại Minsk.                  | 2023-04    | MONTH
            Cuộc họp diễn ra vào chủ nhật tuần trước.                    | 2023-04-02 | DAY
            Ông phát biểu hôm thứ Ba tại Brussels.                       | 2023-04-04 | DAY
            Ngày mai, phái đoàn sẽ tới Bắc Kinh.                         | 2023-04-08 | DAY
            Cả năm nay kinh tế tăng trưởng chậm.                         | 2023       | YEAR
            """)
    void relativeExpressionsResolveAgainstThePublicationDate(String text, String iso, Granularity granularity) {
        assertDate(text, "vi", PUBLISHED, iso, granularity, false);
    }

    @Test
    void ngay98ResolvesAgainstTheSeedPublicationDate() {
        assertDate("Biểu tình lan rộng sau kết quả bầu cử, công bố ngày 9.8.", "vi", LocalDate.of(2020, 8, 16),
                "2020-08-09", DAY, true);
    }

    @Test
    void lastWeekFallingInOneMonthIsThatMonth() {
        assertDate("Các cuộc tập trận đã diễn ra tuần trước ở Belarus.", "vi", LocalDate.of(2023, 4, 20), "2023-04", MONTH,
                false);
    }

    @Test
    void anExplicitDateInParenthesesBeatsTheRelativeExpressionBeforeIt() {
        assertDate("Hai ngày trước đó (04/04), Phần Lan đã gia nhập NATO.", "vi", PUBLISHED, "2023-04-04", DAY, true);
        assertDate("Tuyên bố của ông Putin hồi tháng trước (03/2023) gây lo ngại.", "vi", PUBLISHED, "2023-03", MONTH, true);
        assertDate("Kể từ khi Nga xâm chiếm Ukraine hồi đầu năm ngoái (2022), hợp tác tăng.", "vi", PUBLISHED, "2022", YEAR,
                true);
    }

    @Test
    void numericDatesAreDayFirstInVietnameseUnlessImpossible() {
        assertDate("Văn bản ký ngày 4/6/2020.", "vi", PUBLISHED, "2020-06-04", DAY, true);
        assertDate("Văn bản ký ngày 6/24/2020.", "vi", PUBLISHED, "2020-06-24", DAY, true);
    }

    @Test
    void anOrdinalThuHaiIsNotAWeekday() {
        org.junit.jupiter.api.Assertions.assertEquals(0, Dates.EXTRACTOR.find(
                "Cuộc xung đột đã bước sang năm thứ hai. Thứ hai, đây là lần thứ Ba ông đến.", "vi", PUBLISHED).size());
    }

    @Test
    void twoWeeksAfterAnEventIsNotNextWeek() {
        org.junit.jupiter.api.Assertions.assertEquals(0, Dates.EXTRACTOR.find(
                "Cuộc họp này diễn ra hai tuần sau khi Moscow tiết lộ kế hoạch.", "vi", PUBLISHED).size());
    }
}
