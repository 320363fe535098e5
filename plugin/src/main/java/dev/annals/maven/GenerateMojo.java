package dev.annals.maven;

import dev.annals.build.AnnalsException;
import dev.annals.build.Build;
import dev.annals.build.BuildConfig;
import dev.annals.build.Problem;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Renders the archive in {@code source} to a static site in {@code output}. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, requiresProject = false, threadSafe = true)
public class GenerateMojo extends BuildMojo {
    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping annals:generate (annals.skip)");
            return;
        }
        try {
            BuildConfig config = config();
            Build.Result result = new Build(config).run();
            for (Problem p : result.problems()) {
                if (p.isError()) {
                    getLog().error(p.toString());
                } else {
                    getLog().warn(p.toString());
                }
            }
            getLog().info("Annals: " + result.archive().articles().size() + " articles, "
                    + result.archive().entities().size() + " entities, " + result.archive().chronology().size()
                    + " chronology entries written to " + config.output() + "; build report: " + config.report());
        } catch (AnnalsException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
