package dev.annals.maven;

import dev.annals.build.AnnalsException;
import dev.annals.serve.PreviewServer;
import java.io.IOException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site, serves it on 127.0.0.1, rebuilds when an article, the gazetteer, the rules or a template
 * changes, and reloads open pages. Runs until stopped with Ctrl-C.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends BuildMojo {
    /** The port to serve on. */
    @Parameter(property = "annals.port", defaultValue = "8080")
    int port;

    @Override
    public void execute() throws MojoFailureException {
        try (PreviewServer server = new PreviewServer(config(), port, getLog()::info)) {
            getLog().info("Serving " + server.address() + " (Ctrl-C to stop)");
            Thread.currentThread().join();
        } catch (AnnalsException | IOException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
