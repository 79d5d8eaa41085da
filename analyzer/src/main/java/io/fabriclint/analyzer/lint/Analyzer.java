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
        PlanOnce plan = new PlanOnce(model);
        Suppressions suppressions = new Suppressions(model.files());
        List<Diagnostic> found = run(Rule.Phase.MODEL, model, plan, suppressions, cancelled);
        List<Diagnostic> all = new ArrayList<>(suppressions.apply(found));
        all.addAll(suppressions.silence(run(Rule.Phase.SUPPRESSIONS, model, plan, suppressions, cancelled)));
        List<Diagnostic> result = new ArrayList<>(all.size());
        for (Diagnostic d : all) {
            Severity s = policy.severity(d.file(), d.code(), d.severity());
            if (s != null) {
                result.add(s == d.severity() ? d : d.withSeverity(s));
            }
        }
        result.sort(ORDER);
        return new Analysis(model, plan.get(), List.copyOf(result));
    }

    /**
     * The findings of the phase's rules, in registry order. Rules only read the model and the plan,
     * so they run on all cores; each reports into its own list, and the lists are joined in
     * registry order, so the result is the same as one rule after another.
     */
    private static List<Diagnostic> run(Rule.Phase phase, FabricModel model, PlanOnce plan,
                                        Suppressions suppressions, java.util.function.BooleanSupplier cancelled) {
        List<Rule> rules = RuleRegistry.all().stream().filter(r -> r.phase() == phase).toList();
        List<List<Diagnostic>> perRule = rules.parallelStream().map(rule -> {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("analysis cancelled");
            }
            List<Diagnostic> out = new ArrayList<>();
            RuleContext context = new RuleContext(model, plan::get, suppressions, out);
            context.enter(rule);
            try {
                rule.check(context);
            } catch (RuntimeException e) {
                // One broken rule must not take the others down; say so where the user looks.
                context.internalError(e);
            }
            return out;
        }).toList();
        List<Diagnostic> found = new ArrayList<>();
        perRule.forEach(found::addAll);
        return found;
    }

    /**
     * The plan, made once by the first rule that asks (the others wait for it); rules that need
     * no plan run on the other core meanwhile.
     */
    private static final class PlanOnce {
        private final FabricModel model;
        private FabricPlan plan;

        PlanOnce(FabricModel model) {
            this.model = model;
        }

        synchronized FabricPlan get() {
            if (plan == null) {
                plan = new FabricPlan(model);
            }
            return plan;
        }
    }

    /** File, then position, then code: the order every output uses. */
    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.file().toString())
            .thenComparingInt(d -> d.range().startLine())
            .thenComparingInt(d -> d.range().startColumn())
            .thenComparing(Diagnostic::code);
}
