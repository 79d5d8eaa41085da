package io.fabriclint.analyzer.rules;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.syntax.SourceRange;

import java.nio.file.Path;
import java.util.List;

/** What a rule sees (the model and the computed plan) and how it reports. */
public final class RuleContext {
    private final FabricModel model;
    private final FabricPlan plan;
    private final List<Diagnostic> out;
    private Rule current;

    RuleContext(FabricModel model, FabricPlan plan, List<Diagnostic> out) {
        this.model = model;
        this.plan = plan;
        this.out = out;
    }

    void enter(Rule rule) {
        this.current = rule;
    }

    public FabricModel model() {
        return model;
    }

    /** Ports, modules, bandwidth and power computed from the model. */
    public FabricPlan plan() {
        return plan;
    }

    public void report(Path file, SourceRange range, String message) {
        report(file, range, message, null);
    }

    public void report(Path file, SourceRange range, String message, String suggestion) {
        out.add(new Diagnostic(current.code(), current.defaultSeverity(), message, file, range, suggestion, false));
    }
}
