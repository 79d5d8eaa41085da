package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.model.Wiring;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.physical.LinkWiring;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.syntax.SourceRange;

/** FAB305: a link group cannot be spread evenly over the target devices. */
public final class UnevenSpreadRule extends LinkRule {
    public UnevenSpreadRule() {
        super("FAB305", "uneven-spread", Severity.WARNING, "Link group does not spread evenly");
    }

    @Override
    public String documentation() {
        return """
                The cables of a link group are not a multiple of the target tier's device count, so some \
                target devices get more cables than others (with `wiring stripe`, one more; with `wiring \
                block`, the last devices get fewer or none). Traffic then hashes unevenly and the \
                oversubscription figure is an average that no device has. When two source ports share a \
                twin-port target cage, the cables are counted, not the cages.

                ## Example
                ```
                tier leaf  { count 6  port up: 3 x QSFP-DD 800G }
                tier spine { count 4  port down: 6 x QSFP-DD 800G }
                link leaf.up -> spine.down { module QDD-800G-DR8 }   // FAB305: 18 ports over 4 spines
                ```

                ## Fix
                Choose counts so that target ports used ÷ target devices is a whole number.
                """;
    }

    @Override
    SourceRange at(LinkDef link) {
        return link.declaration().keywordRange();
    }

    @Override
    String problem(LinkPlan plan, RuleContext context) {
        LinkWiring w = plan.wiring();
        if (plan.targetPort() == null || w == null || w.slots() == 0 || w.even()) {
            return null;
        }
        int devices = plan.targetTier().count();
        // Cables per device: target ports when each cable has its own port, legs of shared ports otherwise.
        boolean one = w.slots() == 1;
        String what = w.targetLegs() > 1 ? (one ? " cable does" : " cables do") : (one ? " target port does" : " target ports do");
        String spread;
        if (w.kind() == Wiring.BLOCK) {
            long full = w.slots() / w.perTargetDevice();
            long rest = w.slots() - full * w.perTargetDevice();
            long empty = devices - full - (rest > 0 ? 1 : 0);
            spread = "block wiring: " + w.perTargetDevice() + (full == 1 ? " on the first" : " on each of the first " + full)
                    + (rest > 0 ? ", " + rest + " on the next" : "")
                    + (empty > 0 ? ", none on the last" + (empty == 1 ? "" : " " + empty) : "");
        } else {
            spread = Quantity.format(Math.round((double) w.slots() / devices * 100) / 100.0) + " each";
        }
        return w.slots() + what + " not spread evenly over " + devices + " "
                + plan.targetTier().name().text() + " devices (" + spread + ")";
    }
}
