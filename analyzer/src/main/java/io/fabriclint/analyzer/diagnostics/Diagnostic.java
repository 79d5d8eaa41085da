package io.fabriclint.analyzer.diagnostics;

import io.fabriclint.syntax.SourceRange;

import java.nio.file.Path;

/**
 * One finding: a rule's code and severity, a message that names the numbers
 * involved, and the exact range at fault. {@code suggestion} is a replacement
 * for the text at {@code range} when the fix is known (a closest name, a unit).
 * {@code subject} is what the finding is about (a link, a tier, …), for the
 * rule's quick fixes. {@code suppressed} marks a diagnostic a suppression
 * comment silenced (kept for SARIF; not counted or shown).
 */
public record Diagnostic(String code, Severity severity, String message, Path file, SourceRange range,
                         String suggestion, Subject subject, boolean suppressed) {

    public Diagnostic(String code, Severity severity, String message, Path file, SourceRange range, String suggestion,
                      boolean suppressed) {
        this(code, severity, message, file, range, suggestion, Subject.NONE, suppressed);
    }

    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(code, s, message, file, range, suggestion, subject, suppressed);
    }

    public Diagnostic asSuppressed() {
        return new Diagnostic(code, severity, message, file, range, suggestion, subject, true);
    }
}
