package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.catalog.Fiber;
import io.fabriclint.analyzer.catalog.Lanes;
import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.model.ModuleDef;
import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.values.Limits;
import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.syntax.Name;
import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.SyntaxTree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quick fixes where the fix is known: the replacement a diagnostic suggests
 * (closest name or property, a unit, a fiber type the module supports), a
 * catalog module with enough reach for a link that is too long (FAB101), and
 * a suppression comment for any diagnostic.
 */
public final class CodeActions {
    private static final int MAX_MODULE_FIXES = 3;

    private CodeActions() {
    }

    /** One quick fix: the diagnostic it fixes and the edits, by file. */
    public record Fix(String title, Diagnostic diagnostic, Map<Path, List<Navigation.Edit>> edits, boolean preferred) {
    }

    public static List<Fix> fixes(Path file, SyntaxTree tree, FabricPlan plan, List<Diagnostic> diagnostics) {
        List<Fix> out = new ArrayList<>();
        // Only `file`'s own: the edits are placed with its tree.
        diagnostics = diagnostics.stream().filter(d -> d.file().equals(file)).toList();
        for (Diagnostic d : diagnostics) {
            if (d.suggestion() != null) {
                out.add(new Fix(title(d), d, Map.of(file, List.of(new Navigation.Edit(Span.of(d.range()), d.suggestion()))),
                        true));
            }
            if (d.code().equals("FAB101") && plan != null) {
                out.addAll(reach(d, plan));
            }
        }
        for (Diagnostic d : diagnostics) {
            out.add(suppress(d, tree));
        }
        return out;
    }

    private static String title(Diagnostic d) {
        return switch (d.code()) {
            case "FAB102" -> "Use `" + d.suggestion() + "` (supported by the module)";
            case "FAB005" -> "Change to " + d.suggestion();
            default -> "Change to '" + d.suggestion() + "'";
        };
    }

    /** `// fabric-lint: ignore CODE` on the line before (added to one that is already there). */
    static Fix suppress(Diagnostic d, SyntaxTree tree) {
        int line = d.range().startLine();
        String text = lineText(tree, line);
        String indent = text.substring(0, text.length() - text.stripLeading().length());
        List<Navigation.Edit> edits = new ArrayList<>();
        String previous = line > 0 ? lineText(tree, line - 1) : null;
        if (previous != null && previous.strip().matches("//\\s*fabric-lint:\\s*ignore\\s+[A-Z0-9 ,]+")
                && !previous.contains(d.code())) {
            int end = previous.stripTrailing().codePointCount(0, previous.stripTrailing().length());
            edits.add(new Navigation.Edit(new Span(line - 1, end, line - 1, end), " " + d.code()));
        } else {
            edits.add(new Navigation.Edit(new Span(line, 0, line, 0), indent + "// fabric-lint: ignore " + d.code() + "\n"));
        }
        return new Fix("Suppress " + d.code() + " on this line", d, Map.of(d.file(), edits), false);
    }

    static String lineText(SyntaxTree tree, int line) {
        var lines = tree.lines();
        if (line < 0 || line >= lines.lineCount()) {
            return "";
        }
        String text = tree.text();
        int start = IncrementalParser.charIndex(text, lines.lineStart(line));
        int end = line + 1 < lines.lineCount() ? IncrementalParser.charIndex(text, lines.lineStart(line + 1)) : text.length();
        return text.substring(start, end).replaceAll("[\r\n]+$", "");
    }

    /** FAB101: modules with enough reach on the link's fiber that fit the same cages at the same speed. */
    static List<Fix> reach(Diagnostic d, FabricPlan plan) {
        List<Fix> out = new ArrayList<>();
        for (LinkPlan lp : plan.links()) {
            LinkDef link = lp.link();
            if (!link.file().equals(d.file()) || link.modules() == null || link.lengthMeters() == null
                    || !link.properties().rangeOr("length", link.declaration().keywordRange()).equals(d.range())) {
                continue;
            }
            for (ReachFix f : reachFixes(lp, plan.model())) {
                Map<Path, List<Navigation.Edit>> edits = new LinkedHashMap<>();
                List<Navigation.Edit> list = new ArrayList<>();
                list.add(new Navigation.Edit(Span.of(f.replaced().range()), f.module().name()));
                if (f.fiber() != null) {
                    Property fiber = link.properties().get("fiber");
                    if (fiber == null || fiber.values().isEmpty()) {
                        continue;
                    }
                    list.add(new Navigation.Edit(Span.of(fiber.values().get(0).range()), f.fiber().label()));
                }
                edits.put(link.file(), list);
                String title = "Use " + f.module().name() + (f.fiber() != null ? " on " + f.fiber().label() : "")
                        + " (reaches " + Quantity.meters(f.reach()) + (f.fiber() == null ? " on " + fiberLabel(link) : "")
                        + ", " + (f.module().powerWatts() == null ? "?" : Quantity.watts(f.module().powerWatts())) + ")";
                out.add(new Fix(title, d, edits, out.isEmpty()));
            }
        }
        return out;
    }

    private static String fiberLabel(LinkDef link) {
        return link.fiber() == null ? "copper" : link.fiber().label();
    }

    /** A replacement module for one end of a link (and the fiber to switch to, when the link's own cannot do). */
    public record ReachFix(Name replaced, ModuleSpec module, Fiber fiber, double reach) {
    }

    /** The candidate fixes for a link that is longer than its module reaches, best (lowest power) first. */
    public static List<ReachFix> reachFixes(LinkPlan lp, FabricModel model) {
        LinkDef link = lp.link();
        double length = link.lengthMeters();
        boolean single = link.modules().source() == link.modules().target();
        List<ModuleSpec> all = new ArrayList<>(model.catalog().all());
        for (ModuleDef def : model.modules().values()) {
            if (def.spec() != null) {
                all.removeIf(m -> m.name().equals(def.name().text()));
                all.add(def.spec());
            }
        }
        List<ReachFix> out = new ArrayList<>();
        for (boolean sourceEnd : single ? new boolean[]{true} : new boolean[]{true, false}) {
            ModuleSpec current = sourceEnd ? lp.sourceModule() : lp.targetModule();
            if (current == null || reachOn(current, link.fiber()) != null && Limits.reaches(reachOn(current, link.fiber()), length)) {
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
            List<ReachFix> sameFiber = new ArrayList<>();
            List<ReachFix> otherFiber = new ArrayList<>();
            for (ModuleSpec c : all) {
                if (c == current || !fits(c, current, ports) || !single && !interoperates(c, other)) {
                    continue;
                }
                Double r = reachOn(c, link.fiber());
                if (r != null && Limits.reaches(r, length)) {
                    sameFiber.add(new ReachFix(replaced, c, null, r));
                } else if (single && link.fiber() != null && c.reachMeters() != null) {
                    for (Fiber f : new Fiber[]{Fiber.OS2, Fiber.OM5, Fiber.OM4, Fiber.OM3}) {
                        Double rf = c.reachOn(f);
                        if (f != link.fiber() && rf != null && Limits.reaches(rf, length)) {
                            otherFiber.add(new ReachFix(replaced, c, f, rf));
                            break;
                        }
                    }
                }
            }
            Comparator<ReachFix> byPower = Comparator.comparingDouble((ReachFix f) ->
                    f.module().powerWatts() == null ? Double.MAX_VALUE : f.module().powerWatts())
                    .thenComparingDouble(ReachFix::reach).thenComparing(f -> f.module().name());
            sameFiber.sort(byPower);
            otherFiber.sort(byPower);
            List<ReachFix> chosen = sameFiber.isEmpty() ? otherFiber : sameFiber;
            out.addAll(chosen.subList(0, Math.min(MAX_MODULE_FIXES, chosen.size())));
        }
        return out;
    }

    private static Double reachOn(ModuleSpec m, Fiber fiber) {
        if (m.isCopper()) {
            return fiber == null ? m.reachOn(Fiber.COPPER) : null;
        }
        return fiber == null ? null : m.reachOn(fiber);
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
