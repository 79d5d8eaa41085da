package io.fabriclint.analyzer.lint;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.SeverityPolicy;
import io.fabriclint.analyzer.diagnostics.Suppressions;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every rule over a model, then applies suppression comments and the
 * configured severities. The CLI and the language server both call this; there
 * is no other way to get diagnostics.
 */
public final class Analyzer {
    private final SeverityPolicy policy;

    public Analyzer(SeverityPolicy policy) {
        this.policy = policy == null ? SeverityPolicy.DEFAULTS : policy;
    }

    public Analyzer() {
        this(SeverityPolicy.DEFAULTS);
    }

    /** The result of one analysis: the model, its plan, and the diagnostics of every file in it. */
    public record Analysis(FabricModel model, FabricPlan plan, List<Diagnostic> diagnostics) {
        /** Diagnostics that were not suppressed. */
        public List<Diagnostic> reported() {
            return diagnostics.stream().filter(d -> !d.suppressed()).toList();
        }
    }

    public Analysis analyze(FabricModel model) {
        return analyze(model, () -> false);
    }

    /**
     * Analyzes the model, checking {@code cancelled} between rules (the editor
     * abandons an analysis when a newer edit arrives).
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} became true
     */
    public Analysis analyze(FabricModel model, java.util.function.BooleanSupplier cancelled) {
        FabricPlan plan = new FabricPlan(model);
        Suppressions suppressions = new Suppressions(model.files());
        List<Diagnostic> found = new ArrayList<>();
        run(Rule.Phase.MODEL, new RuleContext(model, plan, suppressions, found), cancelled);
        List<Diagnostic> all = new ArrayList<>(suppressions.apply(found));
        List<Diagnostic> aboutSuppressions = new ArrayList<>();
        run(Rule.Phase.SUPPRESSIONS, new RuleContext(model, plan, suppressions, aboutSuppressions), cancelled);
        all.addAll(suppressions.silence(aboutSuppressions));
        List<Diagnostic> result = new ArrayList<>(all.size());
        for (Diagnostic d : all) {
            Severity s = policy.severity(d.file(), d.code(), d.severity());
            if (s != null) {
                result.add(s == d.severity() ? d : d.withSeverity(s));
            }
        }
        result.sort(ORDER);
        return new Analysis(model, plan, List.copyOf(result));
    }

    private static void run(Rule.Phase phase, RuleContext context, java.util.function.BooleanSupplier cancelled) {
        for (Rule rule : RuleRegistry.all()) {
            if (rule.phase() != phase) {
                continue;
            }
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("analysis cancelled");
            }
            context.enter(rule);
            try {
                rule.check(context);
            } catch (RuntimeException e) {
                // One broken rule must not take the others down; say so where the user looks.
                context.internalError(e);
            }
        }
    }

    /** File, then position, then code: the order every output uses. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file().toString())
            .thenComparingInt(d -> d.range().startLine())
            .thenComparingInt(d -> d.range().startColumn())
            .thenComparing(Diagnostic::code);
}
