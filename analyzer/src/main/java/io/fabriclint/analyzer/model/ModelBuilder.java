package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.catalog.ModuleCatalog;
import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.DeclarationKind;
import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.Name;
import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.SourceRange;
import io.fabriclint.syntax.SyntaxError;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link FabricModel} from a root file: parses it and every file it
 * imports (each once), then reads every declaration against the property
 * schema and resolves names. Never gives up on broken input: whatever can be
 * read is in the model.
 */
public final class ModelBuilder {
    /** The pseudo-path of standard input. */
    public static final Path STDIN = Path.of("<stdin>");

    private final SourceProvider provider;
    private final ModuleCatalog catalog;

    private final List<ValueProblem> valueProblems = new ArrayList<>();
    private final List<Duplicate> duplicates = new ArrayList<>();
    private final List<Symbol> symbols = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();

    private FabricDef fabric;
    private final Map<String, RackDef> racks = new LinkedHashMap<>();
    private final Map<String, TierDef> tiers = new LinkedHashMap<>();
    private final Map<String, ModuleDef> modules = new LinkedHashMap<>();
    private final List<LinkDef> links = new ArrayList<>();
    private final Map<SymbolKey, Symbol> firstSymbol = new HashMap<>();

    /** A declared name: `TIER leaf`, `PORT leaf.down`. */
    private record SymbolKey(SymbolKind kind, String container, String name) {
        // Written out: a record's generated hash goes through a method handle and the enum's identity hash.
        @Override
        public int hashCode() {
            return (kind.ordinal() * 31 + (container == null ? 0 : container.hashCode())) * 31 + name.hashCode();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SymbolKey k && kind == k.kind && name.equals(k.name)
                    && java.util.Objects.equals(container, k.container);
        }
    }

    public ModelBuilder(SourceProvider provider, ModuleCatalog catalog) {
        this.provider = provider;
        this.catalog = catalog;
    }

    /** Builds the model of the root file; an unreadable root is an I/O error for the caller. */
    public FabricModel build(Path root) throws IOException {
        Path normalized = normalize(root);
        return assemble(ImportWalk.from(provider, new SourceFile(normalized, provider.tree(normalized))));
    }

    /** Builds the model of text that is not (or not yet) on disk, e.g. standard input. */
    public FabricModel build(Path path, String text) {
        return assemble(ImportWalk.from(provider, new SourceFile(normalize(path), FabricSyntax.parse(text))));
    }

    public static Path normalize(Path path) {
        return path.equals(STDIN) ? path : path.toAbsolutePath().normalize();
    }

    private FabricModel assemble(ImportWalk walk) {
        List<SourceFile> files = walk.files();
        List<ModuleChains.Block> moduleBlocks = new ArrayList<>();
        for (SourceFile file : files) {
            Set<Integer> errorLines = new HashSet<>();
            for (SyntaxError e : file.tree().errors()) {
                errorLines.add(e.range().startLine());
            }
            List<Declaration> declarations = file.tree().declarations();
            List<DeclarationReading> readings = DeclarationReading.readAll(file.path(), declarations, errorLines);
            for (int i = 0; i < declarations.size(); i++) {
                DeclarationReading r = readings.get(i);
                if (r == null) {
                    continue;
                }
                duplicates.addAll(r.duplicates());
                valueProblems.addAll(r.problems());
                if (declarations.get(i) instanceof Declaration.Block b) {
                    DeclaredProperties props = declared(b.properties());
                    switch (b.kind()) {
                        case FABRIC -> addFabric(file.path(), b, r.values(), props);
                        case RACK -> addRack(file.path(), b, r.values(), props);
                        case TIER -> addTier(file.path(), b, r.values(), props, r.ports());
                        case MODULE -> moduleBlocks.add(new ModuleChains.Block(file.path(), b, r.values(), props));
                        default -> {
                        }
                    }
                } else if (declarations.get(i) instanceof Declaration.Link l) {
                    addLink(file.path(), l, r.values(), declared(l.properties()));
                }
            }
        }
        resolveModules(moduleBlocks);
        resolveReferences();
        return new FabricModel(files, fabric, racks, tiers, modules, links, catalog, symbols, references, duplicates,
                walk.problems(), valueProblems);
    }

    private static DeclaredProperties declared(List<Property> properties) {
        return new DeclaredProperties(properties);
    }

    private boolean declare(SymbolKind kind, Name name, String container, Path file, SourceRange declRange) {
        SymbolKey key = new SymbolKey(kind, container, name.text());
        Symbol symbol = new Symbol(kind, name.text(), container, file, name.range(), declRange);
        Symbol first = firstSymbol.putIfAbsent(key, symbol);
        if (first != null) {
            duplicates.add(new Duplicate(kind.word(), container == null ? name.text() : container + "." + name.text(),
                    file, name.range(), first.file(), first.nameRange()));
            return false;
        }
        symbols.add(symbol);
        return true;
    }

    private void addFabric(Path file, Declaration.Block b, PropertyValues v, DeclaredProperties props) {
        if (b.name() == null) {
            return;
        }
        if (fabric != null) {
            duplicates.add(new Duplicate("fabric", b.name().text(), file, b.name().range(), fabric.file(),
                    fabric.name().range()));
            return;
        }
        declare(SymbolKind.FABRIC, b.name(), null, file, b.range());
        fabric = new FabricDef(b.name(), file, b, v.get(PropertySchema.Fabric.PUE), v.get(PropertySchema.Fabric.FEC),
                v.get(PropertySchema.Fabric.OVERSUBSCRIPTION), v.get(PropertySchema.Fabric.DESCRIPTION), props);
    }

    private void addRack(Path file, Declaration.Block b, PropertyValues v, DeclaredProperties props) {
        if (b.name() == null || !declare(SymbolKind.RACK, b.name(), null, file, b.range())) {
            return;
        }
        racks.put(b.name().text(), new RackDef(b.name(), file, b, v.get(PropertySchema.Rack.COUNT),
                v.get(PropertySchema.Rack.HEIGHT), v.get(PropertySchema.Rack.POWER), props));
    }

    private void addTier(Path file, Declaration.Block b, PropertyValues v, DeclaredProperties props,
                         List<DeclarationReading.PortReading> portLines) {
        if (b.name() == null || !declare(SymbolKind.TIER, b.name(), null, file, b.range())) {
            return;
        }
        String tier = b.name().text();
        List<PortDef> ports = new ArrayList<>();
        for (DeclarationReading.PortReading line : portLines) {
            valueProblems.addAll(line.problems());
            PortValue pv = line.value();
            Property p = line.property();
            if (pv != null && declare(SymbolKind.PORT, pv.name(), tier, file, p.range())) {
                ports.add(new PortDef(tier, pv.name(), pv.count(), pv.declared(), pv.cage(), pv.speedGbps(),
                        pv.maxPowerWatts(), p));
            }
        }
        tiers.put(tier, new TierDef(b.name(), file, b, v.get(PropertySchema.Tier.COUNT), v.get(PropertySchema.Tier.RACK),
                v.get(PropertySchema.Tier.HEIGHT), v.get(PropertySchema.Tier.POWER), v.get(PropertySchema.Tier.ASIC),
                v.get(PropertySchema.Tier.CMIS), v.get(PropertySchema.Tier.OVERSUBSCRIPTION), List.copyOf(ports),
                v.get(PropertySchema.Tier.NAMES), v.get(PropertySchema.Tier.INTERFACES), v.get(PropertySchema.Tier.MODEL),
                props));
    }

    private void addLink(Path file, Declaration.Link l, PropertyValues v, DeclaredProperties props) {
        links.add(new LinkDef(file, l, v.get(PropertySchema.Link.COUNT), v.get(PropertySchema.Link.MODULE),
                v.get(PropertySchema.Link.FIBER), v.get(PropertySchema.Link.LENGTH), v.get(PropertySchema.Link.CONNECTORS),
                v.get(PropertySchema.Link.FEC), v.get(PropertySchema.Link.WIRING), v.get(PropertySchema.Link.LABELS),
                props));
    }

    /** Module blocks may build on each other with `like`, across files and in any order. */
    private void resolveModules(List<ModuleChains.Block> blocks) {
        Map<String, ModuleChains.Block> byName = new LinkedHashMap<>();
        for (ModuleChains.Block mb : blocks) {
            Name name = mb.block().name();
            if (name != null && declare(SymbolKind.MODULE, name, null, mb.file(), mb.block().range())) {
                byName.put(name.text(), mb);
            }
        }
        Map<String, ModuleSpec> resolved = new ModuleChains(byName, catalog, valueProblems::add).resolve();
        for (Map.Entry<String, ModuleChains.Block> e : byName.entrySet()) {
            ModuleChains.Block mb = e.getValue();
            modules.put(e.getKey(), new ModuleDef(mb.block().name(), mb.file(), mb.block(),
                    mb.values().get(PropertySchema.Module.LIKE), resolved.get(e.getKey()), mb.props()));
        }
    }

    private void resolveReferences() {
        Map<SymbolKey, Symbol> byKey = firstSymbol; // every symbol, by its key: the first declaration of each name
        for (TierDef t : tiers.values()) {
            if (t.rack() != null) {
                reference(SymbolKind.RACK, t.rack(), null, t.file(), byKey);
            }
        }
        for (ModuleDef m : modules.values()) {
            if (m.like() != null) {
                // `like X` inside module X names the built-in X; with no built-in X it names the
                // block itself (a loop, FAB005), not an unknown module.
                boolean self = m.like().text().equals(m.name().text());
                boolean builtIn = catalog.lookup(m.like().text()) != null;
                Symbol target = self && builtIn ? null : byKey.get(new SymbolKey(SymbolKind.MODULE, null, m.like().text()));
                references.add(new Reference(SymbolKind.MODULE, m.like().text(), null, m.file(), m.like().range(),
                        target, target == null && builtIn));
            }
        }
        for (LinkDef l : links) {
            for (var end : new io.fabriclint.syntax.Endpoint[]{l.declaration().source(), l.declaration().target()}) {
                if (end == null) {
                    continue;
                }
                Reference tier = reference(SymbolKind.TIER, end.tier(), null, l.file(), byKey);
                if (tier.resolved()) {
                    reference(SymbolKind.PORT, end.port(), end.tier().text(), l.file(), byKey);
                }
            }
            if (l.modules() != null) {
                moduleReference(l.modules().source(), l.file(), byKey);
                if (l.modules().target().range() != l.modules().source().range()) {
                    moduleReference(l.modules().target(), l.file(), byKey);
                }
            }
        }
    }

    private Reference reference(SymbolKind kind, Name name, String container, Path file, Map<SymbolKey, Symbol> byKey) {
        Symbol target = byKey.get(new SymbolKey(kind, container, name.text()));
        Reference r = new Reference(kind, name.text(), container, file, name.range(), target, false);
        references.add(r);
        return r;
    }

    private void moduleReference(Name name, Path file, Map<SymbolKey, Symbol> byKey) {
        Symbol target = byKey.get(new SymbolKey(SymbolKind.MODULE, null, name.text()));
        references.add(new Reference(SymbolKind.MODULE, name.text(), null, file, name.range(), target,
                target == null && catalog.lookup(name.text()) != null));
    }
}
