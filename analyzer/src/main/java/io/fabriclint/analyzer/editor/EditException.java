package io.fabriclint.analyzer.editor;

/** An edit that does not apply to the document as the workspace has it (stale or out of range). */
public final class EditException extends Exception {
    public EditException(String message) {
        super(message);
    }
}
