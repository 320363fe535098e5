package dev.annals.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The generate goal as Maven runs it: parameters injected from the plugin descriptor. */
@MojoTest
class GenerateMojoTest {
    private static final String BASE = "${basedir}/src/test/resources/mojo";

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "source", value = BASE + "/content")
    @MojoParameter(name = "entities", value = BASE + "/entities.yml")
    @MojoParameter(name = "output", value = "${basedir}/target/mojo-test/site")
    void rendersTheArchiveWithTheConfiguredGazetteer(GenerateMojo mojo) throws Exception {
        mojo.execute();
        Path page = mojo.output.toPath().resolve("articles/minsk.html");
        assertTrue(Files.isRegularFile(page));
        assertTrue(Files.readString(page).contains("href=\"../entities/minsk.html\""));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "source", value = BASE + "/content")
    @MojoParameter(name = "output", value = "${basedir}/target/mojo-test/skipped")
    @MojoParameter(name = "skip", value = "true")
    void writesNothingWhenSkipped(GenerateMojo mojo) throws Exception {
        mojo.execute();
        assertFalse(Files.exists(mojo.output.toPath()));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "source", value = BASE + "/missing")
    @MojoParameter(name = "output", value = "${basedir}/target/mojo-test/missing")
    void failsWithAMessageWhenTheSourceFolderIsMissing(GenerateMojo mojo) {
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("annals.source"), e.getMessage());
    }
}
