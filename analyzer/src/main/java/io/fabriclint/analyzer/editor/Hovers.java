package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.cabling.Cable;
import io.fabriclint.analyzer.cabling.CablePlan;
import io.fabriclint.analyzer.catalog.Fiber;
import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.lint.RuleRegistry;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.model.PropertySchema;
import io.fabriclint.analyzer.model.PropertySpec;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.physical.PortUsage;
import io.fabriclint.analyzer.physical.RackLoad;
import io.fabriclint.analyzer.physical.TierPower;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleDocs;
import io.fabriclint.analyzer.values.Figures;
import io.fabriclint.analyzer.values.Limits;
import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.analyzer.values.Ratio;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.DeclarationKind;
import io.fabriclint.syntax.Endpoint;
import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.SourceRange;
import io.fabriclint.syntax.SyntaxToken;
import io.fabriclint.syntax.Value;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hover: a module's specification; a tier's device power (base + modules by
 * type), tier total and ports used/free; a link's bandwidth, breakout, reach
 * margin, modules and fibers; a rack's units and power against its budget;
 * the fabric's IT and facility power. Every figure is read from the
 * {@link FabricPlan} `fabric report` prints, never computed here.
 */
public final class Hovers {
    private static final Pattern CODE = Pattern.compile("FAB\\d{3}");

    private Hovers() {
    }

    /** @param plan the fabric's plan (the latest analysis; may be null) */
    public static Hover hover(Cursor cursor, Path file, FabricPlan plan) {
        SyntaxToken token = Cursor.tokenAt(cursor.tree(), cursor.offset());
        if (token == null) {
            return null;
        }
        Span at = Span.of(token.range());
        if (token.isComment()) {
            return ruleHover(token, cursor);
        }
        Declaration d = cursor.declaration();
        if (d == null || plan == null) {
            return null;
        }
        FabricModel model = plan.model();
        if (d instanceof Declaration.Block b) {
            if (token.range().equals(b.keywordRange()) || b.name() != null && token.range().equals(b.name().range())) {
                String text = b.name() == null ? null : declarationHover(b.kind(), b.name().text(), plan);
                return text == null ? null : new Hover(text, at);
            }
        }
        if (d instanceof Declaration.Link l) {
            for (Endpoint e : new Endpoint[]{l.source(), l.target()}) {
                if (e == null) {
                    continue;
                }
                if (e.tier().range().equals(token.range())) {
                    String text = declarationHover(DeclarationKind.TIER, e.tier().text(), plan);
                    return text == null ? null : new Hover(text, at);
                }
                if (e.port().range().equals(token.range())) {
                    String text = portHover(plan, e.tier().text(), e.port().text());
                    return text == null ? null : new Hover(text, at);
                }
            }
            if (token.range().equals(l.keywordRange()) || !cursor.inBlock()) {
                LinkPlan lp = linkPlan(plan, l, file);
                return lp == null ? null : new Hover(linkHover(lp, plan), Span.of(l.keywordRange()));
            }
        }
        Property p = cursor.property();
        if (p == null) {
            return null;
        }
        DeclarationKind kind = cursor.kind();
        if (p.name().range().equals(token.range())) {
            PropertySpec<?> spec = PropertySchema.lookup(kind, p.name().text());
            if (spec == null) {
                return null;
            }
            StringBuilder sb = new StringBuilder("**" + kind.keyword() + " " + spec.name() + "**: " + spec.type().description());
            if (spec.defaultText() != null) {
                sb.append(" (default ").append(spec.defaultText()).append(")");
            }
            sb.append("\n\n").append(spec.documentation());
            if (d instanceof Declaration.Link l) {
                LinkPlan lp = linkPlan(plan, l, file);
                if (lp != null) {
                    sb.append("\n\n---\n\n").append(linkHover(lp, plan));
                }
            }
            return new Hover(sb.toString(), at);
        }
        for (Value v : p.values()) {
            if (!v.range().equals(token.range()) || !(v instanceof Value.Word w)) {
                continue;
            }
            String name = w.text();
            switch (p.name().text()) {
                case "module", "like" -> {
                    ModuleSpec m = model.module(name);
                    if (p.name().text().equals("like") && model.catalog().lookup(name) != null
                            && d instanceof Declaration.Block b && b.name() != null && b.name().text().equals(name)) {
                        m = model.catalog().lookup(name);
                    }
                    return m == null ? null : new Hover(ModuleDocs.markdown(m), at);
                }
                case "rack" -> {
                    String text = declarationHover(DeclarationKind.RACK, name, plan);
                    return text == null ? null : new Hover(text, at);
                }
                case "port" -> {
                    if (d instanceof Declaration.Block b && b.name() != null && v == p.values().get(0)) {
                        String text = portHover(plan, b.name().text(), name);
                        return text == null ? null : new Hover(text, at);
                    }
                }
                default -> {
                }
            }
        }
        return null;
    }

    private static Hover ruleHover(SyntaxToken comment, Cursor cursor) {
        Matcher m = CODE.matcher(comment.text());
        int column = cursor.offset() - comment.range().startOffset();
        while (m.find()) {
            int start = comment.text().codePointCount(0, m.start());
            int end = comment.text().codePointCount(0, m.end());
            if (column >= start && column <= end) {
                Rule rule = RuleRegistry.byCode(m.group());
                if (rule == null) {
                    return null;
                }
                // A block comment may span lines: place the code through the line map, not by column.
                SourceRange r = cursor.tree().lines().range(comment.range().startOffset() + start,
                        comment.range().startOffset() + end);
                return new Hover(RuleDocs.markdown(rule) + "\n[" + rule.code() + " documentation](" + RuleDocs.url(rule) + ")",
                        Span.of(r));
            }
        }
        return null;
    }

    /** The hover of a declared name: tier, rack, module or fabric. */
    public static String declarationHover(DeclarationKind kind, String name, FabricPlan plan) {
        FabricModel model = plan.model();
        return switch (kind) {
            case TIER -> {
                TierPower tp = plan.tierPower().get(name);
                yield tp == null ? null : tierHover(tp, plan);
            }
            case RACK -> {
                RackLoad load = plan.racks().get(name);
                yield load == null ? null : rackHover(load, plan);
            }
            case MODULE -> {
                ModuleSpec m = model.module(name);
                yield m == null ? null : ModuleDocs.markdown(m);
            }
            case FABRIC -> fabricHover(plan);
            default -> null;
        };
    }

    static String tierHover(TierPower tp, FabricPlan plan) {
        TierDef t = tp.tier();
        String name = t.name().text();
        StringBuilder sb = new StringBuilder();
        sb.append("**tier ").append(name).append("** — ").append(Figures.count(t.count()))
                .append(t.count() == 1 ? " device" : " devices").append("\n\n");
        sb.append("| device power | |\n|---|---:|\n");
        sb.append("| base | ").append(Figures.watts(tp.baseWatts())).append(" |\n");
        for (Map.Entry<String, Double> e : tp.moduleWattsByType().entrySet()) {
            double count = tp.modulesByType().getOrDefault(e.getKey(), 0.0);
            ModuleSpec m = plan.model().module(e.getKey());
            String each = m == null || m.powerWatts() == null ? "" : " × " + Figures.watts(m.powerWatts());
            sb.append("| ").append(Figures.count(count)).append(" × ").append(e.getKey()).append(each.isEmpty() ? "" : " (" + each.substring(3) + " each)")
                    .append(" | ").append(Figures.watts(e.getValue())).append(" |\n");
        }
        sb.append("| **device** | **").append(Figures.watts(tp.deviceWatts())).append("** |\n\n");
        sb.append("**tier total**: ").append(Figures.count(t.count())).append(" × ").append(Figures.watts(tp.deviceWatts()))
                .append(" = **").append(Figures.watts(tp.totalWatts())).append("**\n\n");
        if (!t.ports().isEmpty()) {
            sb.append("| port | used | free | of |\n|---|---:|---:|---:|\n");
            for (PortDef p : t.ports()) {
                PortUsage u = plan.port(t, p);
                if (u != null) {
                    sb.append("| ").append(p.name().text()).append(" (").append(p.count()).append(" × ")
                            .append(p.declaredFormFactor().label()).append(' ').append(Quantity.gbps(p.speedGbps()))
                            .append(") | ").append(Figures.count(u.used())).append(" | ").append(Figures.count(u.unused()))
                            .append(" | ").append(Figures.count(u.available())).append(" |\n");
                }
            }
        }
        Double over = plan.oversubscription(name);
        if (over != null) {
            sb.append("\noversubscription ").append(Ratio.format(over)).append(" (down ")
                    .append(Figures.bandwidth(plan.downlinkGbps(name))).append(", up ")
                    .append(Figures.bandwidth(plan.uplinkGbps(name))).append(")\n");
        }
        return sb.toString();
    }

    static String portHover(FabricPlan plan, String tierName, String portName) {
        TierDef t = plan.model().tiers().get(tierName);
        PortDef p = t == null ? null : t.port(portName);
        PortUsage u = p == null ? null : plan.port(t, p);
        if (u == null) {
            return null;
        }
        return "**port " + tierName + "." + portName + "** — " + p.count() + " × " + p.declaredFormFactor().label() + " "
                + Quantity.gbps(p.speedGbps()) + " per device" + (p.maxPowerWatts() == null ? ""
                : ", max-power " + Quantity.watts(p.maxPowerWatts())) + "\n\n"
                + Figures.count(u.used()) + " used, " + Figures.count(u.unused()) + " free of "
                + Figures.count(u.available()) + " (" + t.count() + " × " + p.count() + "), in "
                + u.links().size() + (u.links().size() == 1 ? " link group" : " link groups") + "\n";
    }

    static String rackHover(RackLoad load, FabricPlan plan) {
        var r = load.rack();
        StringBuilder sb = new StringBuilder();
        sb.append("**rack ").append(r.name().text()).append("** — ").append(r.count()).append(r.count() == 1 ? " rack" : " racks")
                .append("; figures for one rack\n\n");
        sb.append("units: ").append(Quantity.format(load.units())).append("U of ").append(Quantity.format(r.heightUnits()))
                .append("U\n\n");
        sb.append("power: ").append(Figures.watts(load.watts()));
        if (load.budgetWatts() != null) {
            sb.append(" of ").append(Figures.watts(load.budgetWatts())).append(" budget (")
                    .append(Figures.percent(load.watts(), load.budgetWatts())).append(")");
        }
        sb.append("\n\n");
        for (TierDef t : load.tiers()) {
            long n = FabricPlan.devicesPerRack(t, r);
            TierPower tp = plan.tierPower().get(t.name().text());
            sb.append("- ").append(n).append(" × ").append(t.name().text()).append(": ")
                    .append(Quantity.format(n * t.heightUnits())).append("U, ")
                    .append(Figures.watts(n * (tp == null ? 0 : tp.deviceWatts()))).append('\n');
        }
        return sb.toString();
    }

    static String fabricHover(FabricPlan plan) {
        FabricModel model = plan.model();
        StringBuilder sb = new StringBuilder();
        sb.append("**fabric ").append(model.fabric() == null ? "" : model.fabric().name().text()).append("**\n\n");
        sb.append("IT power: **").append(Figures.watts(plan.itWatts())).append("**\n\n");
        sb.append("facility power: **").append(Figures.watts(plan.facilityWatts())).append("** (PUE ")
                .append(Quantity.format(model.pue())).append(")\n\n");
        sb.append("| tier | devices | tier total |\n|---|---:|---:|\n");
        for (TierPower tp : plan.tierPower().values()) {
            sb.append("| ").append(tp.tier().name().text()).append(" | ").append(Figures.count(tp.tier().count()))
                    .append(" | ").append(Figures.watts(tp.totalWatts())).append(" |\n");
        }
        sb.append("\nfiber strands: ").append(Figures.count(plan.fibers())).append('\n');
        return sb.toString();
    }

    static String linkHover(LinkPlan lp, FabricPlan plan) {
        StringBuilder sb = new StringBuilder();
        sb.append("**link ").append(lp.link().label()).append("**\n\n");
        String speed = lp.sourceModule() == null || lp.sourceModule().speedGbps() == null ? "?"
                : Quantity.gbps(lp.sourceModule().speedGbps());
        sb.append("bandwidth: ").append(Figures.count(lp.sourcePorts())).append(" × ").append(speed).append(" = **")
                .append(Figures.bandwidth(lp.bandwidthGbps())).append("**\n\n");
        sb.append("breakout: ").append(lp.breakout()).append("\n\n");
        sb.append("modules: ");
        if (lp.sourceModule() != null) {
            sb.append(Figures.count(lp.sourcePorts())).append(" × ").append(lp.sourceModule().name()).append(" at ")
                    .append(lp.link().sourceTier());
        }
        if (lp.targetModule() != null) {
            sb.append(lp.sourceModule() != null ? ", " : "").append(Figures.count(lp.targetPorts())).append(" × ")
                    .append(lp.targetModule().name()).append(" at ").append(lp.link().targetTier());
        }
        sb.append("\n\nfibers: ").append(Figures.count(lp.fibers())).append(" strands\n\n");
        Double length = lp.link().lengthMeters();
        Fiber fiber = lp.link().fiber();
        for (ModuleSpec m : modulesOf(lp)) {
            Double reach = m.isCopper() ? m.reachOn(Fiber.COPPER) : fiber == null ? null : m.reachOn(fiber);
            if (reach == null) {
                continue;
            }
            sb.append("reach: ").append(m.name()).append(" ").append(Quantity.meters(reach)).append(" on ")
                    .append(m.isCopper() ? "copper" : fiber.label());
            if (length != null) {
                sb.append("; link ").append(Quantity.meters(length)).append(", margin ")
                        .append(Limits.reaches(reach, length) ? Quantity.meters(Math.max(0, reach - length))
                                : "−" + Quantity.meters(length - reach) + " (too long)");
            }
            sb.append("\n\n");
        }
        sb.append(cables(lp, plan));
        return sb.toString();
    }

    /** `cables: 1,024, C0001 gpu-001 nic-1 → leaf-01 down-1/1 … C1024 …`, as `fabric cables` lists them. */
    static String cables(LinkPlan lp, FabricPlan plan) {
        if (!lp.cabled()) {
            return "cables: none (" + (lp.lanesDivide() ? "an end does not resolve" : "the lanes do not divide") + ")\n";
        }
        CablePlan cables = new CablePlan(plan);
        long n = lp.wiring().slots();
        String first = cableLine(cables.cable(lp, 0));
        return "cables: " + Figures.count(n) + " (wiring " + lp.link().wiring().label() + ")\n\n`" + first + "`"
                + (n > 1 ? " …\n\n`" + cableLine(cables.cable(lp, n - 1)) + "`" : "") + "\n";
    }

    private static String cableLine(Cable c) {
        return c.label() + " " + c.a().device() + " " + port(c.a()) + " → " + c.z().device() + " " + port(c.z());
    }

    private static String port(Cable.End e) {
        return e.port() == null ? "(no port left)" : e.interfaceName();
    }

    static List<ModuleSpec> modulesOf(LinkPlan lp) {
        if (lp.sourceModule() == null) {
            return lp.targetModule() == null ? List.of() : List.of(lp.targetModule());
        }
        if (lp.targetModule() == null || lp.targetModule() == lp.sourceModule()) {
            return List.of(lp.sourceModule());
        }
        return List.of(lp.sourceModule(), lp.targetModule());
    }

    /** The plan of a link declaration of the current tree: the same declaration, else the same label in order. */
    public static LinkPlan linkPlan(FabricPlan plan, Declaration.Link link, Path file) {
        for (LinkPlan lp : plan.links()) {
            if (lp.link().declaration() == link) {
                return lp;
            }
        }
        String label = label(link);
        LinkPlan best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (LinkPlan lp : plan.links()) {
            if (lp.link().file().equals(file) && lp.link().label().equals(label)) {
                int distance = Math.abs(lp.link().declaration().keywordRange().startLine() - link.keywordRange().startLine());
                if (distance < bestDistance) {
                    best = lp;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    static String label(Declaration.Link l) {
        return end(l.source()) + " -> " + end(l.target());
    }

    private static String end(Endpoint e) {
        return e == null ? "?.?" : e.tier().text() + "." + e.port().text();
    }
}
