package io.fabriclint.analyzer.editor;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which files the editor shows diagnostics for, by the fabric (root) they
 * came from: so that a file that leaves every fabric (its importer dropped
 * the import) gets its old diagnostics cleared.
 */
final class PublishedDiagnostics {
    private final Map<Path, Set<Path>> byRoot = new ConcurrentHashMap<>();

    /** Records the files of a fabric now shown; returns those it showed before and no longer does. */
    Set<Path> update(Path root, Set<Path> files) {
        Set<Path> before = byRoot.getOrDefault(root, Set.of());
        Set<Path> dropped = new LinkedHashSet<>();
        for (Path p : before) {
            if (!files.contains(p)) {
                dropped.add(p);
            }
        }
        byRoot.put(root, Set.copyOf(files));
        return dropped;
    }

    boolean isShown(Path file) {
        return byRoot.values().stream().anyMatch(s -> s.contains(file));
    }

    Set<Path> shownFiles() {
        Set<Path> all = new LinkedHashSet<>();
        byRoot.values().forEach(all::addAll);
        return all;
    }
}
