package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.SyntaxTree;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where the parsed files of a model come from: the disk, or an editor's open
 * buffers laid over it. Implementations may cache; the tree holds the text.
 */
@FunctionalInterface
public interface SourceProvider {
    SyntaxTree tree(Path path) throws IOException;

    /** Reads and parses every time, within the limits of {@link SourceText}. */
    SourceProvider DISK = SourceText::parse;
}
