package io.fabriclint.analyzer.catalog;

import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.analyzer.values.Version;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One transceiver or cable type, with the figures the rules check. Any figure
 * may be null when a user module leaves it out.
 *
 * @param origin where the entry comes from: "built-in", a catalog file, or a `module` block
 * @param source for built-ins, where the figures come from in the optics reference
 */
public record ModuleSpec(String name, FormFactor formFactor, Double speedGbps, Lanes lanes, Media media,
                         Map<Fiber, Double> reachMeters, Double powerWatts, String connector, Integer fibers,
                         Fec fec, Double budgetDb, Version cmis, boolean lpo, List<String> hosts,
                         String description, String source, Origin origin) {

    /** Where a module's definition lives. */
    public record Origin(Kind kind, Path file) {
        public enum Kind { BUILT_IN, CATALOG_FILE, DECLARED }

        public static final Origin BUILT_IN = new Origin(Kind.BUILT_IN, null);

        public String describe() {
            return switch (kind) {
                case BUILT_IN -> "built-in catalog";
                case CATALOG_FILE -> "catalog " + (file == null ? "" : file.getFileName());
                case DECLARED -> "module block in " + (file == null ? "" : file.getFileName());
            };
        }
    }

    public boolean isCopper() {
        return media == Media.COPPER;
    }

    /** Reach on this fiber, or null when the module does not support it. */
    public Double reachOn(Fiber fiber) {
        return reachMeters == null ? null : reachMeters.get(fiber);
    }

    /** One line for completion details: `QSFP-DD 400G · OM4 100m · 10W`. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        if (formFactor != null) {
            sb.append(formFactor.label());
        }
        if (speedGbps != null) {
            sb.append(sb.isEmpty() ? "" : " ").append(Quantity.gbps(speedGbps));
        }
        if (reachMeters != null && !reachMeters.isEmpty()) {
            StringBuilder reach = new StringBuilder();
            reachMeters.forEach((f, m) -> reach.append(reach.isEmpty() ? "" : ", ")
                    .append(f == Fiber.COPPER ? "" : f.label() + " ").append(Quantity.meters(m)));
            sb.append(" · ").append(reach);
        }
        if (powerWatts != null) {
            sb.append(" · ").append(Quantity.watts(powerWatts));
        }
        return sb.toString();
    }
}
