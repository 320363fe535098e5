package dev.annals.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NonDateNumbersTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 8, 16);

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | Lukashenko has bagged 80.1% of the vote.
            en | She has got 60-70% support where votes were counted.
            en | Tikhanovskaya received only 10.12%.
            en | 0:00 0:00
            en | Belarus won the match 3-1 on penalties.
            en | The tickets cost $2,020 each.
            en | The tickets cost $2020 each.
            en | A student aged 19 was detained.
            en | Lukashenko has been in power for 26 years.
            en | Some 2020 people were detained.
            en | Police detained the 2020 people who marched.
            en | Call +1 202-555-2020 or 8-800-2020-1994 for details.
            en | Call +375 17 222-20-20 or 17.12.20 for details.
            en | Install version 2.0.1 or Java 17.0.2 or v1.12.3.
            en | Russia deployed S-400 systems and 1,086 km of fences.
            en | The vote was 12/25 in favour.
            vi | Lukashenko đạt 80.1% số phiếu.
            vi | Bà đạt 60-70% ủng hộ ở nơi phiếu được kiểm đúng.
            vi | Đối lập chỉ đạt 10.12% phiếu.
            vi | Đồng hồ chỉ 0:00 khi đó.
            vi | Biên giới dài khoảng 675 dặm (1,086 km) với Ukraine.
            vi | Hệ thống hỏa tiễn Iskander và S-400 đã hoạt động.
            vi | Đội tuyển thắng 3-1 trong trận chung kết.
            vi | Ông đã cầm quyền 26 năm và nay 65 tuổi.
            vi | Giá vé là 2.020 đồng, tăng 10.12% so với trước.
            vi | Gọi số 0912.345.678 hoặc 024-3825-2020 để biết thêm.
            vi | Cập nhật phiên bản 10.12 của ứng dụng.
            vi | Khoảng 2020 người đã bị bắt giữ.
            vi | Thủ đô của Ukraine chỉ cách biên giới Belarus 95 dặm (152 km).
            """)
    void numbersThatAreNotDatesYieldNothing(String lang, String text) {
        assertEquals(0, Dates.EXTRACTOR.find(text, lang, PUBLISHED).size(),
                () -> Dates.describe(text, Dates.EXTRACTOR.find(text, lang, PUBLISHED)));
        assertEquals(0, Dates.EXTRACTOR.unresolved(text, lang).size(), () -> "unresolved in " + text);
    }
}
