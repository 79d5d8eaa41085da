package io.fabriclint.cli;

import io.fabriclint.analyzer.project.FabricFiles;
import io.fabriclint.analyzer.project.ProjectSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the command line's paths: files as named, directories to their
 * `.fabric` files as {@link FabricFiles} finds them (the same files the
 * editor's workspace scan finds).
 */
final class FileCollector {
    private FileCollector() {
    }

    static List<Path> collect(List<String> arguments, ProjectSettings settings) {
        List<Path> files = new ArrayList<>();
        for (String arg : arguments) {
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try {
                    files.addAll(FabricFiles.walk(p, settings, FabricFiles.Limits.NONE));
                } catch (IOException | UncheckedIOException e) {
                    throw new CliFailure(arg + ": cannot read directory: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                if (!Files.isReadable(p)) {
                    throw new CliFailure(arg + ": permission denied");
                }
                files.add(p);
            } else if (Files.exists(p)) {
                throw new CliFailure(arg + ": not a regular file (a device, FIFO or socket is not read)");
            } else {
                throw new CliFailure(arg + ": no such file or directory");
            }
        }
        return files;
    }
}
