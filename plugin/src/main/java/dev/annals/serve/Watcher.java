package dev.annals.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs an action when a watched file, or anything under a watched folder, changes; once per burst of
 * changes. A watched file's folder is watched alone, so the output folder beside it never triggers a build.
 */
final class Watcher implements Closeable {
    private static final long QUIET_MILLIS = 200;

    private final WatchService service;
    private final Set<Path> files = ConcurrentHashMap.newKeySet();
    private final Set<Path> trees = ConcurrentHashMap.newKeySet();
    private final Thread thread;

    Watcher(List<Path> paths, Runnable onChange) throws IOException {
        service = FileSystems.getDefault().newWatchService();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                trees.add(abs);
                registerTree(abs);
            } else {
                files.add(abs);
                abs.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
        thread = new Thread(() -> loop(onChange), "annals-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path dir) throws IOException {
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop(Runnable onChange) {
        try {
            while (true) {
                boolean relevant = drain(service.take());
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the key's events touch an input; new folders inside a watched tree are watched too. */
    private boolean drain(WatchKey key) {
        boolean relevant = false;
        Path dir = (Path) key.watchable();
        for (var event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve(name);
            boolean inTree = trees.stream().anyMatch(changed::startsWith);
            relevant |= inTree || files.contains(changed);
            if (inTree && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException ignored) {
                    // the folder vanished again; nothing to watch
                }
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException ignored) {
            // closing a watch service that failed is not worth a message
        }
        thread.interrupt();
    }
}
