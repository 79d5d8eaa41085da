package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.syntax.SourceRange;

import java.util.ArrayList;
import java.util.List;

/** FAB104: an optical link without `length` or `fiber`. */
public final class MissingReachDataRule extends LinkRule {
    public MissingReachDataRule() {
        super("FAB104", "reach-not-checkable", Severity.WARNING, "Optical link without length or fiber");
    }

    @Override
    public String documentation() {
        return """
                An optical link names no `length` or no `fiber`, so its reach, fiber type and loss budget \
                (FAB101–FAB103) cannot be checked. Copper links need no fiber.

                ## Example
                ```
                link leaf.up -> spine.down {   // FAB104: no `length`
                  module QDD-800G-DR8
                  fiber OS2
                }
                ```

                ## Fix
                Add the longest cable run of the link group as `length`, and the installed `fiber` type.
                """;
    }

    @Override
    SourceRange at(LinkDef link) {
        return link.declaration().keywordRange();
    }

    @Override
    String problem(LinkPlan plan, RuleContext context) {
        List<ModuleSpec> modules = LinkEnd.modules(plan);
        boolean optical = !modules.isEmpty() && modules.stream().noneMatch(ModuleSpec::isCopper);
        if (!optical) {
            return null;
        }
        LinkDef link = plan.link();
        List<String> missing = new ArrayList<>();
        if (!link.properties().has("length")) {
            missing.add("`length`");
        }
        if (!link.properties().has("fiber")) {
            missing.add("`fiber`");
        }
        return missing.isEmpty() ? null : "optical link " + link.label() + " has no " + String.join(" or ", missing)
                + ": reach cannot be checked";
    }
}
