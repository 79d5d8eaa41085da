package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.analyzer.values.Limits;
import io.fabriclint.analyzer.values.Quantity;

import java.util.ArrayList;
import java.util.List;

/** FAB302: more cages than fit the device's front panel. */
public final class FrontPanelDensityRule extends Rule {
    public FrontPanelDensityRule() {
        super("FAB302", "front-panel-overfull", Severity.ERROR, "Front-panel density exceeded");
    }

    @Override
    public String documentation() {
        return """
                A device declares more cages than fit its height. Per rack unit at most: 36 QSFP-DD at up to \
                400G, 32 QSFP-DD800 (QSFP-DD at 800G), 32 OSFP, 16 OSFP-XD, 36 QSFP28/QSFP56/QSFP112, \
                48 SFP28/SFP56. Mixed port groups add their fractions: 32 QSFP-DD 400G and 8 QSFP-DD 800G \
                need 32/36 + 8/32 = 1.14U, more than 1U. Exactly full is fine. (The "36 ports of 800G in \
                1U" of vendor marketing is the 400G figure; shipping 64 × 800G switches are 2U.)

                Reported at the tier's `height`, else at its name.

                ## Example
                ```
                tier leaf {
                  height 1U    // FAB302
                  port down: 32 x QSFP-DD 400G
                  port up: 8 x QSFP-DD 800G
                }
                ```

                ## Fix
                Declare the height the hardware really has (usually 2U for 64 ports), or fewer cages.
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (TierDef t : context.model().tiers().values()) {
            double units = 0;
            List<String> parts = new ArrayList<>();
            for (PortDef p : t.ports()) {
                units += (double) p.count() / p.cage().cagesPerUnit();
                parts.add(p.count() + " " + p.cage().label() + " (" + p.cage().cagesPerUnit() + "/U)");
            }
            if (Limits.exceeds(units, t.heightUnits())) {
                context.report(new Subject.Tier(t), t.file(), t.properties().rangeOr("height", t.name().range()), "tier "
                        + t.name().text() + " has " + String.join(" + ", parts) + " cages per device: "
                        + Quantity.format(Math.round(units * 100) / 100.0) + "U of front panel in a "
                        + Quantity.format(t.heightUnits()) + "U device");
            }
        }
    }
}
