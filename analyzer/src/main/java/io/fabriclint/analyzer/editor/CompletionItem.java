package io.fabriclint.analyzer.editor;

/**
 * One completion proposal. {@code insertText} replaces {@code replace} (the
 * partial word at the cursor); when {@code snippet} is true it holds `${1:…}`
 * placeholders. {@code sortText} orders proposals (best first).
 */
public record CompletionItem(String label, Kind kind, String detail, String documentation, String insertText,
                             boolean snippet, String sortText, Span replace) {
    public enum Kind { KEYWORD, SNIPPET, PROPERTY, MODULE, TIER, PORT, RACK, ENUM, UNIT }
}
