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
                source side uses |A| × count, the target side what the link's wiring uses on each device \
                (ceil(|A| × count × m / n) when the cables spread evenly). It is also reported when there are \
                enough ports in all but the wiring needs more on some device than it has (`wiring block`, or \
                several links sharing the group): `fabric cables` then lists those cables with an empty port.

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
            } else if (u.devicesShort() > 0) {
                // Enough ports in all, but the wiring puts more on some devices than they have.
                context.report(new Subject.Port(u.port()), u.tier().file(), u.port().property().range(), u.label()
                        + " is over-allocated on " + u.devicesShort() + " of " + u.tier().count() + " devices: the wiring "
                        + "needs up to " + u.mostOnOneDevice() + " ports on one device; each has " + u.port().count()
                        + " cages");
            }
        }
    }
}
