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
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Renders the archive in {@code source} to a static site in {@code output}. */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.SITE, requiresProject = false, threadSafe = true)
public class GenerateMojo extends BuildMojo {
    /**
     * Builds in a process that stays up between builds of this archive (see {@code DaemonClient}), so that a build
     * after an edit of one of 10,000 articles takes about 1.5 s instead of a cold JVM's 6. Needs {@code incremental}.
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
            Optional<Build.Summary> viaDaemon = daemon && config.cache() != null ? daemonBuild(config)
                    : Optional.empty();
            Build.Summary result = viaDaemon.orElseGet(() -> new Build(config).run().summary());
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

    private Optional<Build.Summary> daemonBuild(BuildConfig config) {
        if (!(getClass().getClassLoader() instanceof URLClassLoader loader)) {
            getLog().warn("cannot find this plugin's class path to start a build daemon; building without it.");
            return Optional.empty();
        }
        List<Path> classpath = new ArrayList<>();
        for (URL url : loader.getURLs()) {
            try {
                classpath.add(Path.of(url.toURI()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                getLog().warn("cannot use " + url + " in a build daemon's class path; building without it.");
                return Optional.empty();
            }
        }
        return DaemonClient.build(config, DaemonClient.Launch.like(classpath, Duration.ofMinutes(daemonIdleMinutes)),
                getLog()::info);
    }
}
