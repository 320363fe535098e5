package dev.annals.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Runs {@link BoilerplateBenchmark} from Maven when asked with {@code -Dannals.benchmark=true}; skipped otherwise. */
@Tag("benchmark")
class BoilerplateBenchmarkTest {
    @Test
    @EnabledIfSystemProperty(named = "annals.benchmark", matches = "true")
    void scoreDevset() throws Exception {
        String dir = System.getProperty("annals.devset");
        BoilerplateBenchmark.main(dir == null ? new String[0] : new String[] {dir});
    }
}
