package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.model.ModelBuilder;
import io.fabriclint.analyzer.project.FabricFiles;
import io.fabriclint.analyzer.project.ProjectSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The `.fabric` files of the workspace folders, found by a background scan
 * (the files `fabric lint FOLDER` would lint) and kept up to date from file
 * events. They decide which file imports which, so which files are roots.
 */
final class WorkspaceFolders {
    private static final FabricFiles.Limits SCAN_LIMITS = new FabricFiles.Limits(5000, 12);
    private static final int SCAN_WAIT_SECONDS = 3;

    private final List<Path> folders;
    private final Supplier<ProjectSettings> settings;
    private final Set<Path> files = ConcurrentHashMap.newKeySet();
    private final CountDownLatch scanned = new CountDownLatch(1);

    /**
     * Starts the scan on a daemon thread.
     *
     * @param settings the project settings at scan time (their `exclude` globs apply)
     * @param done     run when the scan has finished (the import graph may have changed)
     */
    WorkspaceFolders(List<Path> folders, Supplier<ProjectSettings> settings, Consumer<String> log, Runnable done) {
        this.folders = folders.stream().map(ModelBuilder::normalize).toList();
        this.settings = settings;
        Thread scanner = new Thread(() -> {
            try {
                for (Path folder : this.folders) {
                    if (Files.isDirectory(folder)) {
                        try {
                            for (Path f : FabricFiles.walk(folder, settings.get(), SCAN_LIMITS)) {
                                files.add(ModelBuilder.normalize(f));
                            }
                        } catch (IOException | RuntimeException e) {
                            log.accept("cannot scan " + folder + ": " + e.getMessage());
                        }
                    }
                }
            } finally {
                done.run();
                scanned.countDown();
            }
        }, "fabric-workspace-scan");
        scanner.setDaemon(true);
        scanner.start();
    }

    /** The files found, after waiting (a little) for the first scan. */
    Set<Path> files() {
        try {
            scanned.await(SCAN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return files;
    }

    /** Files the scan found, without waiting for it to finish. */
    Set<Path> foundSoFar() {
        return files;
    }

    /** A `.fabric` file was created, changed or deleted on disk. */
    void changed(Path file) {
        if (Files.isRegularFile(file) && folders.stream().anyMatch(f -> FabricFiles.contains(f, file, settings.get()))) {
            files.add(file);
        } else if (!Files.exists(file)) {
            files.remove(file);
        }
    }
}
