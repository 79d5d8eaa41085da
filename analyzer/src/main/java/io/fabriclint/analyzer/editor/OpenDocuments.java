package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.model.ModelBuilder;
import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.LineMap;
import io.fabriclint.syntax.SyntaxTree;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents open in the editor: each one's version and current tree,
 * edited incrementally ({@link IncrementalParser}). Copy on write: readers
 * get a consistent map without locks, writers are serialised.
 */
public final class OpenDocuments {
    /** An open document: its version and its current tree (the tree holds the text). */
    public record Document(Path path, int version, SyntaxTree tree) {
        public String text() {
            return tree.text();
        }
    }

    private volatile Map<Path, Document> documents = Map.of();

    public synchronized Document open(Path path, int version, String text) {
        Document doc = new Document(ModelBuilder.normalize(path), version, FabricSyntax.parse(text));
        put(doc);
        return doc;
    }

    /**
     * Applies edits in order. Each is checked against the document as it
     * stands; an edit that does not apply leaves the document unchanged.
     */
    public synchronized Document change(Path path, int version, List<TextChange> changes) throws EditException {
        Path p = ModelBuilder.normalize(path);
        Document doc = documents.get(p);
        if (doc == null) {
            throw new EditException("the document is not open: " + p);
        }
        SyntaxTree tree = doc.tree();
        for (TextChange change : changes) {
            tree = apply(tree, change);
        }
        Document next = new Document(p, version, tree);
        put(next);
        return next;
    }

    public synchronized void close(Path path) {
        Map<Path, Document> next = new HashMap<>(documents);
        next.remove(ModelBuilder.normalize(path));
        documents = Map.copyOf(next);
    }

    public Document get(Path path) {
        return documents.get(ModelBuilder.normalize(path));
    }

    public Collection<Document> all() {
        return documents.values();
    }

    public java.util.Set<Path> paths() {
        return documents.keySet();
    }

    private void put(Document doc) {
        Map<Path, Document> next = new HashMap<>(documents);
        next.put(doc.path(), doc);
        documents = Map.copyOf(next);
    }

    private static SyntaxTree apply(SyntaxTree tree, TextChange change) throws EditException {
        if (change.text() == null) {
            throw new EditException("a change without text");
        }
        if (change.range() == null) {
            return FabricSyntax.parse(change.text());
        }
        Span r = change.range();
        int start = offset(tree, r.startLine(), r.startColumn());
        int end = offset(tree, r.endLine(), r.endColumn());
        if (end < start) {
            throw new EditException("the edit's range ends before it starts: " + r);
        }
        return IncrementalParser.apply(tree, start, end, change.text());
    }

    /** The code-point offset of a position, which must lie in the text (at most the end of its line). */
    private static int offset(SyntaxTree tree, int line, int column) throws EditException {
        LineMap lines = tree.lines();
        if (line < 0 || column < 0 || line >= lines.lineCount()) {
            throw new EditException("position " + line + ":" + column + " is outside the document ("
                    + lines.lineCount() + " lines)");
        }
        int offset = lines.lineStart(line) + column;
        int lineEnd = line + 1 < lines.lineCount() ? lines.lineStart(line + 1) : lines.offset(Integer.MAX_VALUE, 0);
        if (offset > lineEnd) {
            throw new EditException("column " + column + " is past the end of line " + line);
        }
        return offset;
    }
}
