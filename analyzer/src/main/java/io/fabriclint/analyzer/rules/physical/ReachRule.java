package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.catalog.Fiber;
import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.Fix;
import io.fabriclint.analyzer.rules.FixContext;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.analyzer.values.Limits;
import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.syntax.SourceRange;

import java.util.List;

/** FAB101: the link is longer than a module reaches on its fiber type. */
public final class ReachRule extends LinkRule {
    public ReachRule() {
        super("FAB101", "link-exceeds-reach", Severity.ERROR, "Link longer than the module's reach");
    }

    @Override
    public String documentation() {
        return """
                The link's `length` exceeds the reach of one of its modules on the link's `fiber` type (for \
                a copper cable, its cable reach). Reach is per fiber type: multimode optics reach further on \
                OM4 than on OM3, and their reach is bandwidth-limited, not loss-limited, so a longer run does \
                not work however clean the connectors are.

                Figures come from the module's catalog entry (spec §3.2, from the optics reference): \
                400GBASE-SR8 reaches 70 m on OM3 and 100 m on OM4 and OM5 (not the 150 m some vendor \
                material claims; 150 m on OM5 is SR4.2's). Reaches marked † or ⚠ in the reference (800G SR8 \
                60/100 m, the draft 1.6T DR8) are not confirmed against the standard; the catalog `source` says so.

                ## Example
                ```
                link a.up -> b.down {
                  module QDD-400G-SR8
                  fiber OM4
                  length 300m   // FAB101: QDD-400G-SR8 reaches 100m on OM4; this link is 300m
                }
                ```

                ## Fix
                Use a module with enough reach (the editor suggests one from the catalog that fits the same \
                cage and speed, e.g. a DR or FR part on OS2), or shorten the run.
                """;
    }

    @Override
    SourceRange at(LinkDef link) {
        return link.properties().rangeOr("length", link.declaration().keywordRange());
    }

    @Override
    String problem(LinkPlan plan, RuleContext context) {
        LinkDef link = plan.link();
        if (link.lengthMeters() == null) {
            return null;
        }
        for (ModuleSpec m : LinkEnd.modules(plan)) {
            Double reach = reachFor(m, link.fiber());
            if (reach != null && Limits.exceeds(link.lengthMeters(), reach)) {
                return m.name() + " reaches " + Quantity.meters(reach) + " on " + where(m, link.fiber())
                        + "; this link is " + Quantity.meters(link.lengthMeters());
            }
        }
        return null;
    }

    @Override
    public List<Fix> fixes(Diagnostic diagnostic, FixContext context) {
        if (diagnostic.subject() instanceof Subject.Link about && context.plan() != null) {
            LinkPlan plan = context.plan().link(about.link());
            if (plan != null) {
                return ReachFixes.fixes(plan, context.model());
            }
        }
        return List.of();
    }

    /** The module's reach on this link, or null when there is nothing to compare (FAB102/FAB104 cover those). */
    static Double reachFor(ModuleSpec m, Fiber fiber) {
        if (m.isCopper()) {
            return fiber == null ? m.reachOn(Fiber.COPPER) : null;
        }
        return fiber == null ? null : m.reachOn(fiber);
    }

    private static String where(ModuleSpec m, Fiber fiber) {
        return m.isCopper() ? "copper" : fiber.label();
    }
}
