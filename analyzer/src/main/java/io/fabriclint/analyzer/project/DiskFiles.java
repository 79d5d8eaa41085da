package io.fabriclint.analyzer.project;

import io.fabriclint.analyzer.model.SourceProvider;
import io.fabriclint.analyzer.model.SourceText;
import io.fabriclint.syntax.SyntaxTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed files from the disk, each parsed once while it stays the same (same
 * modification time and size): a file imported by many roots, or asked about
 * by every editor request, is read once.
 */
public final class DiskFiles implements SourceProvider {
    private record Parsed(FileTime modified, long size, SyntaxTree tree) {
    }

    private final Map<Path, Parsed> parsed = new ConcurrentHashMap<>();

    @Override
    public SyntaxTree tree(Path path) throws IOException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            parsed.remove(path);
            throw e;
        }
        Parsed cached = parsed.get(path);
        if (cached != null && cached.modified().equals(attrs.lastModifiedTime()) && cached.size() == attrs.size()) {
            return cached.tree();
        }
        SyntaxTree tree = SourceText.parse(path);
        parsed.put(path, new Parsed(attrs.lastModifiedTime(), attrs.size(), tree));
        return tree;
    }

    /** Forgets what was read of a file (it changed, or nothing needs it any more). */
    public void forget(Path path) {
        parsed.remove(path);
    }
}
