package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.catalog.Media;
import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.analyzer.values.Limits;
import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.syntax.SourceRange;

/** FAB103: the channel's insertion loss is more than the module's budget. */
public final class LossBudgetRule extends LinkRule {
    /** OS2 cabled attenuation used by IEEE range tables (optics.md §4). */
    public static final double OS2_DB_PER_KM = 0.4;
    /** Loss per mated connector pair (spec §3.2). */
    public static final double CONNECTOR_DB = 0.5;

    public LossBudgetRule() {
        super("FAB103", "loss-exceeds-budget", Severity.ERROR, "Channel insertion loss over budget");
    }

    @Override
    public String documentation() {
        return """
                For single-mode modules with a loss `budget`, the channel's insertion loss is \
                0.4 dB/km × length (OS2) + 0.5 dB × `connectors` (mated pairs, 2 by default; every patch \
                panel adds more). When it exceeds the budget the link will not close, even within the \
                nominal reach: a 500 m DR link with six mated connector pairs loses 0.2 + 6 × 0.5 = 3.2 dB \
                against a 3.0 dB budget.

                Not reported when the link already exceeds its reach (FAB101): one cause, one diagnostic. \
                Multimode reach is bandwidth-limited, so FAB101 covers multimode links. The 0.5 dB per pair \
                is a planning figure between low-loss MPO (≈0.35 dB) and TIA standard-grade (0.75 dB) pairs. Budgets marked † or ⚠ in the optics reference (e.g. the LR4 6.3 dB, the draft \
                1.6T DR8) are not re-read from the standard; the module's catalog `source` says which.

                ## Example
                ```
                link leaf.up -> spine.down {
                  module QDD-400G-DR4
                  fiber OS2
                  length 500m
                  connectors 6   // FAB103 at length: 0.2dB + 6 × 0.5dB = 3.2dB > 3.0dB
                }
                ```

                ## Fix
                Remove patch panels, use low-loss connectors (and model them with fewer pairs), or a module \
                with a larger budget (FR4 has 4.0 dB, LR4 6.3 dB).
                """;
    }

    @Override
    SourceRange at(LinkDef link) {
        return link.properties().rangeOr("length", link.declaration().keywordRange());
    }

    @Override
    String problem(LinkPlan plan, RuleContext context) {
        LinkDef link = plan.link();
        if (link.lengthMeters() == null || link.fiber() == null || link.fiber().media() != Media.SMF) {
            return null;
        }
        for (ModuleSpec m : LinkEnd.modules(plan)) {
            Double reach = m.reachOn(link.fiber());
            if (m.media() != Media.SMF || reach == null || Limits.exceeds(link.lengthMeters(), reach)) {
                return null; // FAB102 or FAB101 speaks for this link
            }
        }
        double fiberLoss = OS2_DB_PER_KM * link.lengthMeters() / 1000.0;
        double connectorLoss = CONNECTOR_DB * link.connectors();
        double loss = fiberLoss + connectorLoss;
        for (ModuleSpec m : LinkEnd.modules(plan)) {
            if (m.budgetDb() != null && Limits.exceeds(loss, m.budgetDb())) {
                return "channel loss " + db(loss) + " (" + db(OS2_DB_PER_KM) + "/km × "
                        + Quantity.meters(link.lengthMeters()) + " = " + db(fiberLoss) + ", plus " + link.connectors()
                        + " connector pairs × " + db(CONNECTOR_DB) + ") exceeds " + m.name() + "'s "
                        + db(m.budgetDb()) + " budget";
            }
        }
        return null;
    }

    static String db(double value) {
        return Quantity.format(Math.round(value * 100) / 100.0) + "dB";
    }
}
