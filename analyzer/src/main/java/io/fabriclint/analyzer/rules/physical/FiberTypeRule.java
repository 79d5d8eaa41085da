package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.catalog.Fiber;
import io.fabriclint.analyzer.catalog.Media;
import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.Fix;
import io.fabriclint.analyzer.rules.FixContext;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.analyzer.values.Limits;
import io.fabriclint.syntax.SourceRange;

import java.util.List;

/** FAB102: the fiber type does not suit the module. */
public final class FiberTypeRule extends LinkRule {
    public FiberTypeRule() {
        super("FAB102", "fiber-not-supported", Severity.ERROR, "Fiber type not supported by the module");
    }

    @Override
    public String documentation() {
        return """
                The link's `fiber` is one its module cannot use: multimode optics (SR, BiDi, 850 nm) on OS2 \
                single-mode fiber, single-mode optics (DR, FR, LR, ZR, 1310 nm) on OM3/OM4/OM5 multimode \
                fiber, a fiber type the module has no reach figure for, or any fiber named for a copper \
                cable. Such a link does not come up at all, whatever its length.

                ## Example
                ```
                link c.up -> d.down {
                  module QDD-800G-DR8
                  fiber OM4     // FAB102: QDD-800G-DR8 is single-mode optics; OM4 is multimode fiber
                }
                ```

                ## Fix
                Use the fiber type the module needs (the editor offers the ones it supports), or a module \
                made for the installed fiber.
                """;
    }

    @Override
    SourceRange at(LinkDef link) {
        return link.properties().rangeOr("fiber", link.declaration().keywordRange());
    }

    @Override
    String problem(LinkPlan plan, RuleContext context) {
        Fiber fiber = plan.link().fiber();
        if (fiber == null) {
            return null;
        }
        for (ModuleSpec m : LinkEnd.modules(plan)) {
            if (m.isCopper()) {
                return m.name() + " is a copper cable; `fiber " + fiber.label() + "` does not apply";
            }
            if (m.media() != null && m.media() != fiber.media()) {
                return m.name() + " is " + m.media().description() + " optics; " + fiber.label() + " is "
                        + fiber.media().description() + " fiber";
            }
            if (m.reachMeters() != null && m.reachOn(fiber) == null) {
                return m.name() + " has no reach on " + fiber.label() + "; it supports "
                        + String.join(", ", m.reachMeters().keySet().stream().map(Fiber::label).toList());
            }
        }
        return null;
    }

    @Override
    String suggestion(LinkPlan plan, RuleContext context) {
        for (ModuleSpec m : LinkEnd.modules(plan)) {
            if (m.reachMeters() != null && !m.isCopper()) {
                Double length = plan.link().lengthMeters();
                for (var e : m.reachMeters().entrySet()) {
                    if (e.getKey().media() != Media.COPPER && (length == null || Limits.reaches(e.getValue(), length))) {
                        return "fiber " + e.getKey().label();
                    }
                }
            }
        }
        return null;
    }

    @Override
    public List<Fix> fixes(Diagnostic diagnostic, FixContext context) {
        return diagnostic.suggestion() == null ? List.of() : List.of(Fix.replacement(diagnostic, "Use `" + diagnostic.suggestion() + "` (supported by the module)"));
    }
}
