package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.physical.PortUsage;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;

/** FAB301: links need more ports than the devices have. */
public final class PortOverAllocationRule extends Rule {
    public PortOverAllocationRule() {
        super("FAB301", "port-over-allocated", Severity.ERROR, "Port group over-allocated");
    }

    @Override
    public String documentation() {
        return """
                The links that use a port group need more ports than its devices have (tier count × cages per \
                device). Ports used are summed over every link that touches the group, on both sides: the \
                source side uses |A| × count, the target side ceil(|A| × count × m / n) with breakout.

                ## Example
                ```
                tier leaf  { count 16  port up: 8 x QSFP-DD 800G }
                tier spine { count 2   port down: 32 x QSFP-DD 800G }   // FAB301: 128 needed, 64 exist
                link leaf.up -> spine.down { module QDD-800G-DR8 }
                ```

                ## Fix
                Add devices or ports to the group, or use fewer ports per source device (`count` on the link).
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (PortUsage u : context.plan().ports().values()) {
            if (u.used() > u.available()) {
                context.report(new Subject.Port(u.port()), u.tier().file(), u.port().property().range(), u.label() + " is over-allocated: links need "
                        + u.used() + " ports; " + u.tier().count() + (u.tier().count() == 1 ? " device × " : " devices × ") + u.port().count() + " cages = "
                        + u.available());
            }
        }
    }
}
