package dev.annals.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a site beside its output folder and swaps it in whole. The staging folder's name is unique per build;
 * leftovers of a build that was killed are cleaned up by the next one, and a site moved aside by a swap that was
 * killed between its two renames is moved back.
 */
final class SiteSwap {
    private SiteSwap() {
    }

    /** A new, empty staging folder beside {@code output}, after recovering from any interrupted build. */
    static Path stage(Path output) {
        try {
            Files.createDirectories(output.getParent());
            recover(output);
            return Files.createTempDirectory(output.getParent(), prefix(output, "tmp"));
        } catch (IOException e) {
            throw new AnnalsException("cannot create a folder beside " + output + ": " + e.getMessage(), e);
        }
    }

    /** Replaces {@code output} by {@code staging}: two renames, the old site deleted only after both. */
    static void swap(Path staging, Path output) {
        Path old = output.resolveSibling(prefix(output, "old"));
        try {
            delete(old);
            if (Files.exists(output)) {
                Files.move(output, old);
            }
            Files.move(staging, output);
        } catch (IOException e) {
            throw new AnnalsException("cannot move the new site into " + output + ": " + e.getMessage(), e);
        }
        delete(old);
    }

    private static void recover(Path output) throws IOException {
        Path old = output.resolveSibling(prefix(output, "old"));
        if (Files.isDirectory(old) && !Files.exists(output)) {
            Files.move(old, output);
        }
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(output.getParent(), prefix(output, "tmp") + "*")) {
            stale.forEach(SiteSwap::delete);
        }
        delete(old);
    }

    private static String prefix(Path output, String what) {
        return "." + output.getFileName() + ".annals-" + what + "-";
    }

    /** Deletes {@code dir} and everything under it, without following links; nothing if it does not exist. */
    static void delete(Path dir) {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new AnnalsException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
