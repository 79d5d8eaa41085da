package io.fabriclint.analyzer.cabling;

import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.model.Template;
import io.fabriclint.analyzer.model.TierDef;

/**
 * The names of one port group's ports, the same on every device of the tier:
 * `{port}-{k}` (`up-1` … `up-8`) unless the tier sets `interfaces`
 * (cabling.md §1). Ports are 0-based here; `{cage}` counts the device's cages
 * over its port groups in declaration order. Port indexes are never padded.
 */
public final class PortNames {
    private final Template template;
    private final String port;
    private final long firstCage;

    public PortNames(TierDef tier, PortDef port) {
        this.template = tier.interfaces() == null ? Template.PORT_NAMES : tier.interfaces();
        this.port = port.name().text();
        long cage = 1;
        for (PortDef p : tier.ports()) {
            if (p == port) {
                break;
            }
            cage += p.count();
        }
        this.firstCage = cage;
    }

    public String name(long index) {
        StringBuilder sb = new StringBuilder(port.length() + 6);
        append(sb, index);
        return sb.toString();
    }

    public void append(StringBuilder out, long index) {
        for (Template.Part p : template.parts()) {
            if (p.literal() != null) {
                out.append(p.literal());
            } else {
                switch (p.placeholder()) {
                    case "port" -> out.append(port);
                    case "k" -> out.append(index + 1);
                    case "cage" -> out.append(firstCage + index);
                    default -> out.append('{').append(p.placeholder()).append('}');
                }
            }
        }
    }
}
