package io.fabriclint.analyzer.cabling;

import io.fabriclint.analyzer.model.Template;
import io.fabriclint.analyzer.model.TierDef;

/**
 * The names of a tier's devices: `{tier}-{n}` (`leaf-01` … `leaf-32`) unless
 * the tier sets `names` (cabling.md §1). Devices are 0-based here.
 */
public final class DeviceNames {
    private final Template template;
    private final String tier;
    private final int digits;

    public DeviceNames(TierDef tier) {
        this.template = tier.names() == null ? Template.DEVICE_NAMES : tier.names();
        this.tier = tier.name().text();
        this.digits = Numbering.digits(tier.count());
    }

    public String name(long device) {
        StringBuilder sb = new StringBuilder(tier.length() + digits + 4);
        append(sb, device);
        return sb.toString();
    }

    public void append(StringBuilder out, long device) {
        for (Template.Part p : template.parts()) {
            if (p.literal() != null) {
                out.append(p.literal());
            } else {
                switch (p.placeholder()) {
                    case "tier" -> out.append(tier);
                    case "n" -> Numbering.pad(out, device + 1, digits);
                    case "i" -> out.append(device + 1);
                    default -> out.append('{').append(p.placeholder()).append('}');
                }
            }
        }
    }

    /** Whether two devices of the tier can have different names at all. */
    boolean numbered() {
        return template.uses("n") || template.uses("i");
    }
}
