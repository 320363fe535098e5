package dev.annals.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a site beside its output folder and swaps it in whole, or, when the build kept some of the previous
 * site's files, moves the files it wrote into it. The staging folder's name is unique per build; leftovers of a
 * build that was killed are cleaned up by the next one, and a site moved aside by a swap that was killed between
 * its two renames is moved back.
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

    /**
     * Moves every file of {@code staging} into {@code output} (each move atomic, replacing the old file), then
     * deletes the files of {@code output} that {@code paths} (site-relative) does not list and the folders left
     * empty. Only the moves are seen by a reader of the site: a build killed during them leaves some pages new
     * and some old, until the next build (its caller drops the cache's list of pages first, so that build
     * writes every page). When the previous site holds a symbolic link, which could lead a move out of it, the
     * {@code kept} files are linked into {@code staging} instead and it is swapped in whole.
     */
    static void update(Path staging, Path output, java.util.Set<String> paths, java.util.Set<String> kept) {
        try {
            // one walk that reads each entry's attributes once (links not followed): the previous site's files,
            // its folders, and whether any entry is a link
            List<Path> oldFiles = new ArrayList<>();
            List<Path> oldFolders = new ArrayList<>();
            boolean[] link = {false};
            Files.walkFileTree(output, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
                    oldFolders.add(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    link[0] |= a.isSymbolicLink();
                    oldFiles.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
            if (link[0]) {
                for (String path : kept) {
                    Path to = staging.resolve(path);
                    Files.createDirectories(to.getParent());
                    try {
                        Files.createLink(to, output.resolve(path));
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(output.resolve(path), to, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
                swap(staging, output);
                return;
            }
            try (Stream<Path> walk = Files.walk(staging)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    Path target = output.resolve(staging.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            for (Path p : oldFiles) {
                if (!paths.contains(output.relativize(p).toString().replace('\\', '/'))) {
                    Files.delete(p);
                }
            }
            oldFolders.sort(Comparator.reverseOrder()); // a folder's subfolders first
            for (Path p : oldFolders) {
                if (!p.equals(output) && isEmpty(p)) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new AnnalsException("cannot move the new pages into " + output + ": " + e.getMessage(), e);
        }
        delete(staging);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
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
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
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
