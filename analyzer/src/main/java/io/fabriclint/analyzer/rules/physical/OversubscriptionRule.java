package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.analyzer.values.Limits;
import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.analyzer.values.Ratio;

/** FAB501: a tier is more oversubscribed than its target. */
public final class OversubscriptionRule extends Rule {
    public OversubscriptionRule() {
        super("FAB501", "oversubscription-above-target", Severity.WARNING, "Oversubscription above target");
    }

    @Override
    public String documentation() {
        return """
                A tier with links both below and above it carries more bandwidth down than up by more than \
                its target ratio (the tier's `oversubscription`, else the fabric's). Oversubscription = \
                bandwidth of links whose target is the tier ÷ bandwidth of links whose source is the tier. \
                AI training fabrics are usually built non-blocking (1:1): all-reduce traffic saturates \
                every uplink at once. 32 × 400G down (12.8 Tb/s) and 8 × 800G up (6.4 Tb/s) is 2:1, \
                whatever the brochure calls it.

                Reported at the tier's `oversubscription`, else at its name. Not checked without a target.

                ## Example
                ```
                fabric pod { oversubscription 1:1 }
                tier leaf {   // FAB501: 2:1 (12.8T down, 6.4T up)
                  port down: 32 x QSFP-DD 400G
                  port up: 8 x QSFP-DD 800G
                }
                ```

                ## Fix
                Add uplinks (or faster ones), use fewer downlinks per leaf, or state the ratio you intend.
                """;
    }

    @Override
    public void check(RuleContext context) {
        Ratio fabricTarget = context.model().fabric() == null ? null : context.model().fabric().oversubscription();
        for (TierDef t : context.model().tiers().values()) {
            Ratio target = t.oversubscription() != null ? t.oversubscription() : fabricTarget;
            Double actual = context.plan().oversubscription(t.name().text());
            if (target == null || actual == null || !Limits.exceeds(actual, target.value())) {
                continue;
            }
            String name = t.name().text();
            context.report(new Subject.Tier(t), t.file(), t.properties().rangeOr("oversubscription", t.name().range()), "tier " + name
                    + " is " + Ratio.format(actual) + " oversubscribed (" + Quantity.gbps(context.plan().downlinkGbps(name))
                    + " down, " + Quantity.gbps(context.plan().uplinkGbps(name)) + " up); target is " + target);
        }
    }
}
