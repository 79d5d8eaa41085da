package io.fabriclint.analyzer.rules;

import io.fabriclint.analyzer.diagnostics.Severity;

/**
 * A lint rule: its stable code, default severity, one-line title and its
 * documentation live with its check, so `fabric explain`, the docs pages, the
 * editor's links and SARIF rule metadata all read the same text.
 */
public abstract class Rule {
    private final String code;
    private final Severity defaultSeverity;
    private final String title;

    protected Rule(String code, Severity defaultSeverity, String title) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.title = title;
    }

    public final String code() {
        return code;
    }

    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    public final String title() {
        return title;
    }

    /** Markdown: what the rule checks, why, an example that triggers it, and the fix. */
    public abstract String documentation();

    /** Reports what is wrong in the model through the context. */
    public abstract void check(RuleContext context);
}
