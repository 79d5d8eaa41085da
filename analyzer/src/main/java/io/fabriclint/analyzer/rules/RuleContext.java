package io.fabriclint.analyzer.rules;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.diagnostics.Suppressions;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.syntax.SourceRange;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** What a rule sees (the model, the computed plan, the suppression comments) and how it reports. */
public final class RuleContext {
    private final FabricModel model;
    private final Supplier<FabricPlan> plan;
    private final Suppressions suppressions;
    private final List<Diagnostic> out;
    private Rule current;

    /** @param plan the plan, made when the first rule asks for it (rules that need none run meanwhile) */
    public RuleContext(FabricModel model, Supplier<FabricPlan> plan, Suppressions suppressions, List<Diagnostic> out) {
        this.model = model;
        this.plan = plan;
        this.suppressions = suppressions;
        this.out = out;
    }

    public void enter(Rule rule) {
        this.current = rule;
    }

    public FabricModel model() {
        return model;
    }

    /** Ports, modules, bandwidth and power computed from the model. */
    public FabricPlan plan() {
        return plan.get();
    }

    /** The suppression comments; which codes each used is known to rules of {@link Rule.Phase#SUPPRESSIONS}. */
    public Suppressions suppressions() {
        return suppressions;
    }

    /** A rule that threw: an error in the fabric's first file, so the user sees it and reports it. */
    public void internalError(RuntimeException e) {
        out.add(new Diagnostic(current.code(), io.fabriclint.analyzer.diagnostics.Severity.ERROR,
                "internal error in rule " + current.code() + ": " + e, model.files().get(0).path(), SourceRange.EMPTY,
                null, false));
    }

    public void report(Path file, SourceRange range, String message) {
        report(Subject.NONE, file, range, message, null);
    }

    public void report(Path file, SourceRange range, String message, String suggestion) {
        report(Subject.NONE, file, range, message, suggestion);
    }

    public void report(Subject subject, Path file, SourceRange range, String message) {
        report(subject, file, range, message, null);
    }

    public void report(Subject subject, Path file, SourceRange range, String message, String suggestion) {
        out.add(new Diagnostic(current.code(), current.defaultSeverity(), message, file, range, suggestion, subject,
                false));
    }
}
