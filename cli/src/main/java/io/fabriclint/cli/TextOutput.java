package io.fabriclint.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a streaming command writes: a file (its folder created), or standard
 * output. Output is buffered in large blocks, since a cut sheet may have a
 * million rows; a write failure is one line, exit 2.
 */
final class TextOutput {
    /** Writes the text a command produces. */
    @FunctionalInterface
    interface Body<T> {
        T write(Writer out) throws IOException;
    }

    private static final int BUFFER = 1 << 16;

    private TextOutput() {
    }

    static <T> T toFile(Path file, Body<T> body) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER)) {
                return body.write(out);
            }
        } catch (IOException e) {
            throw new CliFailure(file + ": cannot write: " + e.getMessage());
        }
    }

    static <T> T toStdout(Writer stdout, Body<T> body) {
        try {
            Writer out = new BufferedWriter(stdout, BUFFER);
            T result = body.write(out);
            out.flush();
            return result;
        } catch (IOException e) {
            throw new CliFailure("cannot write to standard output: " + e.getMessage());
        }
    }

    static <T> T to(Path file, Writer stdout, Body<T> body) {
        return file == null || file.toString().equals("-") ? toStdout(stdout, body) : toFile(file, body);
    }
}
