package io.fabriclint.cli;

import io.fabriclint.analyzer.config.ConfigException;
import io.fabriclint.analyzer.config.ConfigLoader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the command line's paths: files as named, directories recursively to
 * their `*.fabric` files, leaving out what the `exclude` globs of the nearest
 * `.fabric-lint.json` name (an excluded folder is not entered).
 */
final class FileCollector {
    private static final PathMatcher FABRIC = FileSystems.getDefault().getPathMatcher("glob:*.fabric");

    private FileCollector() {
    }

    static List<Path> collect(List<String> arguments, ConfigLoader configs) {
        List<Path> files = new ArrayList<>();
        for (String arg : arguments) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(p, new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(p) && excluded(dir, configs) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isRegularFile() && FABRIC.matches(file.getFileName()) && !excluded(file, configs)) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
                } catch (IOException | UncheckedIOException e) {
                    throw new CliFailure(arg + ": cannot read directory: " + e.getMessage());
                }
                found.sort(null);
                files.addAll(found);
            } else if (Files.isRegularFile(p)) {
                if (!Files.isReadable(p)) {
                    throw new CliFailure(arg + ": permission denied");
                }
                files.add(p);
            } else {
                throw new CliFailure(arg + ": no such file or directory");
            }
        }
        return files;
    }

    private static boolean excluded(Path path, ConfigLoader configs) {
        try {
            return configs.forFile(path).excludes(path);
        } catch (ConfigException e) {
            throw CliFailure.of(e);
        }
    }
}
