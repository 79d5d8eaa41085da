package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.catalog.ModuleCatalog;
import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.Name;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What each `module` block resolves to: its own figures over those of the
 * module its `like` names (another block, in any file and any order, or a
 * catalog entry), chains followed to their end without recursion.
 */
final class ModuleChains {
    /** A `module` block and its properties as read. */
    record Block(Path file, Declaration.Block block, PropertyValues values, DeclaredProperties props) {
    }

    private final Map<String, Block> blocks;
    private final ModuleCatalog catalog;
    private final Consumer<ValueProblem> problems;
    private final Map<String, ModuleSpec> done = new HashMap<>();

    ModuleChains(Map<String, Block> blocks, ModuleCatalog catalog, Consumer<ValueProblem> problems) {
        this.blocks = blocks;
        this.catalog = catalog;
        this.problems = problems;
    }

    /** Every block's module, by name. */
    Map<String, ModuleSpec> resolve() {
        for (String name : blocks.keySet()) {
            resolveChain(name);
        }
        return done;
    }

    /**
     * Resolves a module and the chain of blocks its `like` leads through, with an explicit
     * path (a chain of any length cannot overflow the stack): the chain ends at a module with
     * no `like`, a catalog module, one resolved before, or a block already on the path (a
     * loop, reported at the `like` of the block met twice, which is then read without a base).
     * The path is then resolved from its end back to {@code start}.
     */
    private void resolveChain(String start) {
        if (done.containsKey(start)) {
            return;
        }
        List<String> path = new ArrayList<>();
        Set<String> onPath = new HashSet<>();
        ModuleSpec base;
        String current = start;
        while (true) {
            path.add(current);
            onPath.add(current);
            Block mb = blocks.get(current);
            Name like = mb.values().get(PropertySchema.Module.LIKE);
            if (like == null) {
                base = null;
                break;
            }
            // `like` naming the module itself refers to the built-in it shadows (spec §3).
            if (like.text().equals(current) || !blocks.containsKey(like.text())) {
                base = catalog.lookup(like.text());
                if (base == null && like.text().equals(current)) {
                    problems.accept(new ValueProblem(mb.file(), like.range(), "`like " + current
                            + "` names module " + current + " itself, and there is no built-in " + current
                            + " for it to build on: `like` goes round in a circle", null));
                }
                break;
            }
            String next = like.text();
            if (done.containsKey(next)) {
                base = done.get(next);
                break;
            }
            if (onPath.contains(next)) {
                Block again = blocks.get(next);
                Name againLike = again.values().get(PropertySchema.Module.LIKE);
                problems.accept(new ValueProblem(again.file(), againLike.range(),
                        "`like` goes round in a circle through module " + againLike.text(), null));
                base = spec(next, again, null);
                break;
            }
            current = next;
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            String name = path.get(i);
            base = spec(name, blocks.get(name), base);
            done.put(name, base);
        }
    }

    /** A module block's figures over those of its base (what `like` names), each property typed by the schema. */
    private static ModuleSpec spec(String name, Block mb, ModuleSpec base) {
        PropertyValues v = mb.values();
        boolean b = base != null;
        List<String> hosts = v.getOr(PropertySchema.Module.HOSTS, b ? base.hosts() : List.of());
        return new ModuleSpec(name,
                v.getOr(PropertySchema.Module.FORM_FACTOR, b ? base.formFactor() : null),
                v.getOr(PropertySchema.Module.SPEED, b ? base.speedGbps() : null),
                v.getOr(PropertySchema.Module.LANES, b ? base.lanes() : null),
                v.getOr(PropertySchema.Module.MEDIA, b ? base.media() : null),
                v.getOr(PropertySchema.Module.REACH, b ? base.reachMeters() : null),
                v.getOr(PropertySchema.Module.POWER, b ? base.powerWatts() : null),
                v.getOr(PropertySchema.Module.CONNECTOR, b ? base.connector() : null),
                v.getOr(PropertySchema.Module.FIBERS, b ? base.fibers() : null),
                v.getOr(PropertySchema.Module.FEC, b ? base.fec() : null),
                v.getOr(PropertySchema.Module.BUDGET, b ? base.budgetDb() : null),
                v.getOr(PropertySchema.Module.CMIS, b ? base.cmis() : null),
                v.getOr(PropertySchema.Module.LPO, b && base.lpo()),
                hosts == null ? List.of() : List.copyOf(hosts),
                v.getOr(PropertySchema.Module.DESCRIPTION, b ? base.description() : null),
                b ? base.source() : null,
                new ModuleSpec.Origin(ModuleSpec.Origin.Kind.DECLARED, mb.file()));
    }
}
