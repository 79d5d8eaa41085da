package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.catalog.Fiber;
import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.values.Quantity;

import java.util.Map;

/** A module's specification as Markdown, for hover, completion and the read-only catalog view. */
public final class ModuleDocs {
    private ModuleDocs() {
    }

    public static String markdown(ModuleSpec m) {
        StringBuilder sb = new StringBuilder();
        sb.append("**module ").append(m.name()).append("** — ").append(m.origin().describe()).append("\n\n");
        if (m.description() != null) {
            sb.append(m.description()).append("\n\n");
        }
        sb.append("| | |\n|---|---|\n");
        row(sb, "form factor", m.formFactor() == null ? null : m.formFactor().label());
        row(sb, "speed", m.speedGbps() == null ? null : Quantity.gbps(m.speedGbps()));
        row(sb, "lanes", m.lanes() == null ? null : m.lanes().toString());
        row(sb, "media", m.media() == null ? null : m.media().label());
        row(sb, "reach", reach(m.reachMeters()));
        row(sb, "power", m.powerWatts() == null ? null : Quantity.watts(m.powerWatts()));
        row(sb, "connector", m.connector());
        row(sb, "fibers", m.fibers() == null ? null : m.fibers().toString());
        row(sb, "FEC", m.fec() == null ? null : m.fec().label());
        row(sb, "loss budget", m.budgetDb() == null ? null : Quantity.format(m.budgetDb()) + " dB");
        row(sb, "CMIS", m.cmis() == null ? null : m.cmis().toString());
        if (m.lpo()) {
            row(sb, "LPO", "yes" + (m.hosts().isEmpty() ? "" : ", qualified with " + String.join(", ", m.hosts())));
        }
        if (m.source() != null) {
            sb.append("\nSource: ").append(m.source()).append('\n');
        }
        return sb.toString();
    }

    static String reach(Map<Fiber, Double> reach) {
        if (reach == null || reach.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        reach.forEach((f, m) -> sb.append(sb.isEmpty() ? "" : ", ").append(f == Fiber.COPPER ? "" : f.label() + " ")
                .append(Quantity.meters(m)));
        return sb.toString();
    }

    private static void row(StringBuilder sb, String key, String value) {
        if (value != null) {
            sb.append("| ").append(key).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
        }
    }
}
