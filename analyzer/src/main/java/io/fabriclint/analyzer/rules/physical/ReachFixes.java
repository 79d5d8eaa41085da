package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.catalog.Fiber;
import io.fabriclint.analyzer.catalog.Lanes;
import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.model.ModuleDef;
import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.Fix;
import io.fabriclint.analyzer.rules.TextEdit;
import io.fabriclint.analyzer.values.Limits;
import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.syntax.Name;
import io.fabriclint.syntax.Property;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * FAB101's quick fixes: catalog modules with enough reach on the link's fiber
 * that fit the same cages at the same speed (and still interoperate with the
 * other end), lowest power first; for a link with one module, a module that
 * reaches on another fiber type, with the fiber switched too.
 */
final class ReachFixes {
    private static final int MAX_FIXES = 3;

    private ReachFixes() {
    }

    /** A replacement module for one end of a link, and the fiber to switch to when the link's own cannot do. */
    private record Candidate(Name replaced, ModuleSpec module, Fiber fiber, double reach) {
    }

    static List<Fix> fixes(LinkPlan lp, FabricModel model) {
        LinkDef link = lp.link();
        List<Fix> out = new ArrayList<>();
        for (Candidate c : candidates(lp, model)) {
            List<TextEdit> edits = new ArrayList<>();
            edits.add(new TextEdit(c.replaced().range(), c.module().name()));
            if (c.fiber() != null) {
                Property fiber = link.properties().get("fiber");
                if (fiber == null || fiber.values().isEmpty()) {
                    continue;
                }
                edits.add(new TextEdit(fiber.values().get(0).range(), c.fiber().label()));
            }
            String title = "Use " + c.module().name() + (c.fiber() != null ? " on " + c.fiber().label() : "")
                    + " (reaches " + Quantity.meters(c.reach()) + (c.fiber() == null ? " on " + fiberLabel(link) : "")
                    + ", " + (c.module().powerWatts() == null ? "?" : Quantity.watts(c.module().powerWatts())) + ")";
            out.add(new Fix(title, Map.of(link.file(), edits), out.isEmpty()));
        }
        return out;
    }

    private static String fiberLabel(LinkDef link) {
        return link.fiber() == null ? "copper" : link.fiber().label();
    }

    private static List<Candidate> candidates(LinkPlan lp, FabricModel model) {
        LinkDef link = lp.link();
        if (link.modules() == null || link.lengthMeters() == null) {
            return List.of();
        }
        double length = link.lengthMeters();
        boolean single = link.modules().source() == link.modules().target();
        List<ModuleSpec> all = new ArrayList<>(model.catalog().all());
        for (ModuleDef def : model.modules().values()) {
            if (def.spec() != null) {
                all.removeIf(m -> m.name().equals(def.name().text()));
                all.add(def.spec());
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (boolean sourceEnd : single ? new boolean[]{true} : new boolean[]{true, false}) {
            ModuleSpec current = sourceEnd ? lp.sourceModule() : lp.targetModule();
            Double currentReach = current == null ? null : ReachRule.reachFor(current, link.fiber());
            if (current == null || currentReach != null && !Limits.exceeds(length, currentReach)) {
                continue;
            }
            ModuleSpec other = sourceEnd ? lp.targetModule() : lp.sourceModule();
            List<PortDef> ports = new ArrayList<>();
            PortDef mine = sourceEnd ? lp.sourcePort() : lp.targetPort();
            if (mine != null) {
                ports.add(mine);
            }
            if (single && lp.targetPort() != null) {
                ports.add(lp.targetPort());
            }
            Name replaced = sourceEnd ? link.modules().source() : link.modules().target();
            List<Candidate> sameFiber = new ArrayList<>();
            List<Candidate> otherFiber = new ArrayList<>();
            for (ModuleSpec c : all) {
                if (c == current || !fits(c, current, ports) || !single && !interoperates(c, other)) {
                    continue;
                }
                Double r = ReachRule.reachFor(c, link.fiber());
                if (r != null && !Limits.exceeds(length, r)) {
                    sameFiber.add(new Candidate(replaced, c, null, r));
                } else if (single && link.fiber() != null && c.reachMeters() != null) {
                    for (Fiber f : new Fiber[]{Fiber.OS2, Fiber.OM5, Fiber.OM4, Fiber.OM3}) {
                        Double rf = c.reachOn(f);
                        if (f != link.fiber() && rf != null && !Limits.exceeds(length, rf)) {
                            otherFiber.add(new Candidate(replaced, c, f, rf));
                            break;
                        }
                    }
                }
            }
            Comparator<Candidate> byPower = Comparator.comparingDouble((Candidate f) ->
                            f.module().powerWatts() == null ? Double.MAX_VALUE : f.module().powerWatts())
                    .thenComparingDouble(Candidate::reach).thenComparing(f -> f.module().name());
            sameFiber.sort(byPower);
            otherFiber.sort(byPower);
            List<Candidate> chosen = sameFiber.isEmpty() ? otherFiber : sameFiber;
            out.addAll(chosen.subList(0, Math.min(MAX_FIXES, chosen.size())));
        }
        return out;
    }

    /** Same speed as the module it replaces, and a form factor every port's cage takes at no more than its speed. */
    private static boolean fits(ModuleSpec c, ModuleSpec current, List<PortDef> ports) {
        if (c.formFactor() == null || c.speedGbps() == null || current.speedGbps() == null
                || !c.speedGbps().equals(current.speedGbps())) {
            return false;
        }
        for (PortDef p : ports) {
            if (!p.cage().fits(c.formFactor()) || c.speedGbps() > p.speedGbps()) {
                return false;
            }
        }
        return true;
    }

    private static boolean interoperates(ModuleSpec c, ModuleSpec other) {
        if (other == null || other.lanes() == null || c.lanes() == null) {
            return other == null;
        }
        Lanes a = c.lanes();
        Lanes b = other.lanes();
        return a.sameKind(b) && (a.count() % b.count() == 0 || b.count() % a.count() == 0);
    }
}
