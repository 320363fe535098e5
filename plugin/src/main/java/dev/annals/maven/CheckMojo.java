package dev.annals.maven;

import dev.annals.build.AnnalsException;
import dev.annals.check.SiteChecker;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Checks a built site: internal links and anchors, missing assets, duplicate ids. Fails listing every problem. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.POST_SITE, requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractMojo {
    /** The site folder to check. */
    @Parameter(property = "annals.output", defaultValue = "${project.build.directory}/site")
    File output;

    /** Skips the goal. */
    @Parameter(property = "annals.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            return;
        }
        File site = BuildMojo.unresolved(output) ? new File("target/site") : output;
        try {
            List<String> problems = SiteChecker.check(site.toPath());
            if (!problems.isEmpty()) {
                throw new MojoFailureException(problems.size() + " problem(s) in " + site + ":\n"
                        + String.join("\n", problems));
            }
            getLog().info("Annals check: no problems in " + site);
        } catch (AnnalsException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }
}
