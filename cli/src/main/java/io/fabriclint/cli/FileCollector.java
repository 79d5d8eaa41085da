package io.fabriclint.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the command line's paths: files as named, directories recursively to their `*.fabric` files. */
final class FileCollector {
    private FileCollector() {
    }

    static List<Path> collect(List<String> arguments) {
        List<Path> files = new ArrayList<>();
        PathMatcher fabric = FileSystems.getDefault().getPathMatcher("glob:*.fabric");
        for (String arg : arguments) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> fabric.matches(f.getFileName()))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    throw new CliFailure(arg + ": cannot read directory: " + e.getMessage());
                }
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
}
