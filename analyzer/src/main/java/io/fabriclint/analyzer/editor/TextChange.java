package io.fabriclint.analyzer.editor;

/**
 * One edit of a document, in code points: replace the range with {@code text};
 * a null {@code range} replaces the whole document.
 */
public record TextChange(Span range, String text) {
    public static TextChange whole(String text) {
        return new TextChange(null, text);
    }
}
