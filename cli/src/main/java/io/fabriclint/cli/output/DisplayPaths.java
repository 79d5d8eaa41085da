package io.fabriclint.cli.output;

import java.nio.file.Path;

/** Paths as users read them: relative to the working directory when under it. */
public final class DisplayPaths {
    private DisplayPaths() {
    }

    public static String of(Path file) {
        if (!file.isAbsolute()) {
            String normalized = file.normalize().toString();
            return normalized.isEmpty() ? file.toString() : normalized;
        }
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }
}
