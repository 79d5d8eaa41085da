package io.fabriclint.analyzer.project;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The `.fabric` files of a folder, as `fabric lint DIR` and the editor's
 * workspace both see them: regular files named `*.fabric`, in sorted order,
 * leaving out hidden folders (`.git`, …), `node_modules`, and what the
 * `exclude` globs of the nearest configuration name (an excluded folder is
 * not entered).
 */
public final class FabricFiles {
    public static final String EXTENSION = ".fabric";

    private FabricFiles() {
    }

    /** Limits for a walk that must stay cheap (the editor's background scan); the command line has none. */
    public record Limits(int maxFiles, int maxDepth) {
        public static final Limits NONE = new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    public static boolean isFabricFile(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().endsWith(EXTENSION);
    }

    /** @throws IOException when the folder or something in it cannot be read */
    public static List<Path> walk(Path folder, ProjectSettings settings, Limits limits) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(folder, EnumSet.noneOf(FileVisitOption.class), limits.maxDepth(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(folder)) {
                    return FileVisitResult.CONTINUE;
                }
                return skipped(dir, settings) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isFabricFile(file) && !excluded(file, settings)) {
                    found.add(file);
                }
                return found.size() >= limits.maxFiles() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** Whether a walk of {@code folder} would find {@code file} (limits aside). */
    public static boolean contains(Path folder, Path file, ProjectSettings settings) {
        if (!file.startsWith(folder) || file.equals(folder) || !isFabricFile(file) || excluded(file, settings)) {
            return false;
        }
        for (Path dir = file.getParent(); dir != null && !dir.equals(folder); dir = dir.getParent()) {
            if (skipped(dir, settings)) {
                return false;
            }
        }
        return true;
    }

    /** Hidden folders, `node_modules` and excluded folders are not entered. */
    private static boolean skipped(Path dir, ProjectSettings settings) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return name.startsWith(".") || name.equals("node_modules") || excluded(dir, settings);
    }

    private static boolean excluded(Path path, ProjectSettings settings) {
        return settings.configFor(path).excludes(path);
    }
}
