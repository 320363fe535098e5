package dev.annals.maven;

import dev.annals.build.AnnalsException;
import dev.annals.build.Build;
import dev.annals.build.BuildConfig;
import dev.annals.build.Problem;
import dev.annals.daemon.DaemonClient;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Renders the archive in {@code source} to a static site in {@code output}. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, requiresProject = false, threadSafe = true)
public class GenerateMojo extends BuildMojo {
    /**
     * Builds in a process that stays up between builds of this archive (see {@code DaemonClient}), so that a build
     * after an edit of one of 10,000 articles takes about 1.5–1.8 s (Maven's own start aside) instead of a cold
     * JVM's 6. Needs {@code incremental}.
     */
    @Parameter(property = "annals.daemon", defaultValue = "false")
    boolean daemon;

    /** How long the build daemon waits for the next build before it stops. */
    @Parameter(property = "annals.daemonIdleMinutes", defaultValue = "30")
    int daemonIdleMinutes;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping annals:generate (annals.skip)");
            return;
        }
        try {
            BuildConfig config = config();
            if (daemon && config.cache() == null) {
                getLog().warn("the build daemon needs incremental builds (annals.incremental=true); "
                        + "building without it.");
            }
            Build.Summary result = daemon && config.cache() != null ? daemonBuild(config)
                    : new Build(config).run().summary();
            for (Problem p : result.problems()) {
                if (p.isError()) {
                    getLog().error(p.toString());
                } else {
                    getLog().warn(p.toString());
                }
            }
            getLog().info("Annals: " + result.articles() + " articles, " + result.entities() + " entities, "
                    + result.events() + " chronology entries written to " + config.output() + "; build report: "
                    + config.report());
        } catch (AnnalsException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private Build.Summary daemonBuild(BuildConfig config) throws MojoFailureException {
        if (daemonIdleMinutes < 1) {
            throw new MojoFailureException("daemonIdleMinutes (annals.daemonIdleMinutes) must be at least 1, not "
                    + daemonIdleMinutes + ".");
        }
        List<Path> classpath = classpath();
        if (classpath == null) {
            getLog().warn("cannot find this plugin's class path to start a build daemon; building without it.");
            return new Build(config).run().summary();
        }
        return DaemonClient.build(config, DaemonClient.Launch.like(classpath, Duration.ofMinutes(daemonIdleMinutes)),
                getLog()::info);
    }

    /** This plugin's class path, from Maven's class realm; null when the class loader does not tell it. */
    private List<Path> classpath() {
        if (!(getClass().getClassLoader() instanceof URLClassLoader loader)) {
            return null;
        }
        List<Path> out = new ArrayList<>();
        for (URL url : loader.getURLs()) {
            try {
                out.add(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }
        return out;
    }
}
