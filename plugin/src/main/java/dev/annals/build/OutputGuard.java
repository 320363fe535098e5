package dev.annals.build;

import java.nio.file.Path;

/**
 * Refuses output folders whose replacement would destroy inputs: a root, or a folder that is or contains the home
 * folder or the project root, or that is, contains or lies inside the source folder.
 */
final class OutputGuard {
    private OutputGuard() {
    }

    static void check(Path output, Path source, BuildConfig config) {
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (output.getParent() == null || output.equals(home) || home.startsWith(output)) {
            refuse(output, "it is a root or home folder");
        }
        if (config.projectRoot() != null && config.projectRoot().toAbsolutePath().normalize().startsWith(output)) {
            refuse(output, "it is or contains the project folder " + config.projectRoot());
        }
        if (output.startsWith(source) || source.startsWith(output)) {
            refuse(output, "it is, contains or lies inside the source folder " + source);
        }
        for (Path input : new Path[] {config.entities(), config.templates(), config.rules()}) {
            if (input != null && input.toAbsolutePath().normalize().startsWith(output)) {
                refuse(output, "it contains the input " + input);
            }
        }
        Path report = config.report() == null ? null : config.report().toAbsolutePath().normalize();
        if (report != null && (report.startsWith(output) || report.startsWith(source))) {
            throw new AnnalsException("refusing to write the build report to " + report + ": it would be published "
                    + "with the site or read as an article. Choose a 'report' file such as target/annals-report.html.");
        }
    }

    private static void refuse(Path output, String why) {
        throw new AnnalsException("refusing to write the site to " + output + ": " + why
                + ". Choose another 'output' folder, such as target/site.");
    }
}
