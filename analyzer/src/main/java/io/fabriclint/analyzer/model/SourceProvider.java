package io.fabriclint.analyzer.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where file text comes from: the disk, or an editor's unsaved buffers laid over it. */
@FunctionalInterface
public interface SourceProvider {
    String read(Path path) throws IOException;

    SourceProvider DISK = path -> Files.readString(path, StandardCharsets.UTF_8);
}
