package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.SourceLimits;
import io.fabriclint.syntax.SyntaxTree;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads source text within {@link SourceLimits}: only regular files (a FIFO or
 * a device such as /dev/zero could block or never end), never more than the
 * size limit, bytes that are not UTF-8 replaced by U+FFFD so the lexer reports
 * them where they are instead of the whole file being refused.
 */
public final class SourceText {
    private SourceText() {
    }

    /** A file that was not read because it is larger than {@link SourceLimits#MAX_FILE_BYTES}. */
    public static final class TooLargeException extends IOException {
        private final long size;

        public TooLargeException(long size) {
            super(SourceLimits.tooLarge(size));
            this.size = size;
        }

        public long size() {
            return size;
        }
    }

    /** The text of a regular file; a directory, device, FIFO or socket is refused without being opened. */
    public static String read(Path path) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class);
        if (attrs.isDirectory()) {
            throw new IOException("is a directory");
        }
        if (!attrs.isRegularFile()) {
            throw new IOException("is not a regular file (a device, FIFO or socket is not read)");
        }
        if (attrs.size() > SourceLimits.MAX_FILE_BYTES) {
            throw new TooLargeException(attrs.size());
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in);
        }
    }

    /** At most the size limit of a stream (standard input), decoded as UTF-8. */
    public static String read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) SourceLimits.MAX_FILE_BYTES + 1);
        if (bytes.length > SourceLimits.MAX_FILE_BYTES) {
            throw new TooLargeException(bytes.length);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The parsed file; a file over the size limit is a tree with one FAB001 that says so, not an allocation. */
    public static SyntaxTree parse(Path path) throws IOException {
        try {
            return FabricSyntax.parse(read(path));
        } catch (TooLargeException e) {
            return FabricSyntax.refused("", e.getMessage());
        }
    }
}
