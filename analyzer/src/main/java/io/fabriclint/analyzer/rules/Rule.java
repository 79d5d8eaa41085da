package io.fabriclint.analyzer.rules;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;

import java.util.List;

/**
 * A lint rule: its stable code, its stable kebab-case name (SARIF), default
 * severity, one-line title and documentation live with its check and its
 * quick fixes, so `fabric explain`, the docs pages, the editor's links and
 * SARIF rule metadata all read the same text.
 */
public abstract class Rule {
    /** When a rule judges: the model (almost all), or which suppression comments were used (FAB009). */
    public enum Phase { MODEL, SUPPRESSIONS }

    private final String code;
    private final String name;
    private final Severity defaultSeverity;
    private final String title;

    protected Rule(String code, String name, Severity defaultSeverity, String title) {
        this.code = code;
        this.name = name;
        this.defaultSeverity = defaultSeverity;
        this.title = title;
    }

    public final String code() {
        return code;
    }

    /** `link-exceeds-reach`: stable like the code, independent of the title's wording. */
    public final String name() {
        return name;
    }

    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    public final String title() {
        return title;
    }

    /** Markdown: what the rule checks, why, an example that triggers it, and the fix. */
    public abstract String documentation();

    /** Reports what is wrong through the context. */
    public abstract void check(RuleContext context);

    public Phase phase() {
        return Phase.MODEL;
    }

    /** Quick fixes for one of this rule's diagnostics, best first; none unless the rule knows one. */
    public List<Fix> fixes(Diagnostic diagnostic, FixContext context) {
        return List.of();
    }
}
