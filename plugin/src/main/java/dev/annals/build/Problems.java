package dev.annals.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one build; stages running in parallel may add to it. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public synchronized void add(Problem problem) {
        list.add(problem);
    }

    public synchronized void addAll(java.util.Collection<Problem> problems) {
        list.addAll(problems);
    }

    public void warn(String file, int line, String message) {
        add(Problem.warning(file, line, message));
    }

    public void error(String file, int line, String message) {
        add(Problem.error(file, line, message));
    }

    /** All problems, sorted by file, line and message so reports are deterministic. */
    public synchronized List<Problem> all() {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing((Problem p) -> p.file() == null ? "" : p.file())
                .thenComparingInt(Problem::line).thenComparing(Problem::message).thenComparing(Problem::severity));
        return List.copyOf(sorted);
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }
}
