package dev.annals.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguagesTest {
    private final Languages languages = new Languages();

    @Test
    void guessesEveryStoplistLanguage() {
        assertEquals("en", languages.guess("The minister said that the talks would go on for as long as they were needed."));
        assertEquals("fr", languages.guess("Le ministre a dit que les discussions continueraient aussi longtemps que nécessaire."));
        assertEquals("es", languages.guess("El ministro dijo que las conversaciones seguirán todo el tiempo que sea necesario."));
        assertEquals("pt", languages.guess("O ministro disse que as conversas vão continuar pelo tempo que for necessário."));
        assertEquals("de", languages.guess("Der Minister sagte, dass die Gespräche so lange wie nötig weitergehen würden."));
        assertEquals("cs", languages.guess("Ministr řekl, že jednání budou pokračovat tak dlouho, jak to bude potřeba."));
        assertEquals("vi", languages.guess("Bộ trưởng nói rằng các cuộc đàm phán sẽ tiếp tục trong thời gian cần thiết."));
        assertEquals("zh", languages.guess("部长说，谈判将在需要的时间内继续进行。"));
        assertEquals("ja", languages.guess("大臣は、交渉は必要な限り続けられると述べた。"));
        assertEquals("und", languages.guess("12345 ---"));
    }

    @Test
    void chineseDensityCountsCharacters() {
        assertEquals(0.0, languages.stopwordDensity("北京天津", "zh"));
        assertEquals(0.25, languages.stopwordDensity("北京的人 and more", "zh"), 1e-9);
    }
}
