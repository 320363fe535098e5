package dev.annals.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annals.build.Build;
import dev.annals.build.TestSites;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChronologyMergeTest {
    @Test
    void sameDayEventsSharingAnEntityMergeAcrossLanguages(@TempDir Path dir) {
        TestSites.write(dir, Map.of(
                "content/en.md", "---\ntitle: Vote\ndate: 2020-08-16\nlang: en\n---\n"
                        + "Protests grew after the Aug. 9 election that Lukashenko says he won.\n\n"
                        + "Separately, a storm hit Minsk on Aug. 9.\n",
                "content/vi.md", "---\ntitle: Bầu cử\ndate: 2020-08-17\nlang: vi\n---\n"
                        + "Kết quả bầu cử ngày 9.8 cho thấy ông Lukashenko tái đắc cử ở Belarus.\n",
                "entities.yml", "- {id: lukashenko, type: person, names: {en: Lukashenko}}\n"
                        + "- {id: minsk, type: place, names: {en: Minsk}}\n"
                        + "- {id: belarus, type: place, names: {en: Belarus}}\n"));
        Build.Result r = TestSites.build(dir);
        List<ChronologyEntry> aug9 = r.archive().chronology().stream()
                .filter(c -> c.date().iso().equals("2020-08-09")).toList();
        assertEquals(2, aug9.size(), aug9.toString());
        ChronologyEntry election = aug9.stream().filter(c -> c.entities().contains("lukashenko")).findFirst().orElseThrow();
        assertEquals(List.of("vi", "en"), election.articles());
        assertEquals(List.of("belarus", "lukashenko"), election.entities());
    }
}
