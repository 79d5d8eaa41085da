package io.fabriclint.analyzer.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where file text comes from: the disk, or an editor's unsaved buffers laid over it. */
@FunctionalInterface
public interface SourceProvider {
    String read(Path path) throws IOException;

    /**
     * Reads UTF-8, replacing bytes that are not UTF-8 with U+FFFD: the lexer then reports them
     * where they are, instead of the whole file being refused.
     */
    SourceProvider DISK = path -> new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
}
