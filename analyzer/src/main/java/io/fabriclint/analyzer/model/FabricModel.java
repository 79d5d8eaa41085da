package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.catalog.ModuleCatalog;
import io.fabriclint.analyzer.catalog.ModuleSpec;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One fabric: every file reached through `import` from a root, merged. Holds
 * the declarations with their resolved values, every declared name and every
 * use of a name (with source ranges), and the facts the language rules judge
 * (duplicates, import problems, values that did not fit). Built by
 * {@link ModelBuilder}; read-only afterwards.
 */
public final class FabricModel {
    private final List<SourceFile> files;
    private final FabricDef fabric;
    private final Map<String, RackDef> racks;
    private final Map<String, TierDef> tiers;
    private final Map<String, ModuleDef> modules;
    private final List<LinkDef> links;
    private final ModuleCatalog catalog;
    private final List<Symbol> symbols;
    private final List<Reference> references;
    private final List<Duplicate> duplicates;
    private final List<ImportProblem> importProblems;
    private final List<ValueProblem> valueProblems;

    FabricModel(List<SourceFile> files, FabricDef fabric, Map<String, RackDef> racks, Map<String, TierDef> tiers,
                Map<String, ModuleDef> modules, List<LinkDef> links, ModuleCatalog catalog, List<Symbol> symbols,
                List<Reference> references, List<Duplicate> duplicates, List<ImportProblem> importProblems,
                List<ValueProblem> valueProblems) {
        this.files = List.copyOf(files);
        this.fabric = fabric;
        this.racks = Collections.unmodifiableMap(racks);
        this.tiers = Collections.unmodifiableMap(tiers);
        this.modules = Collections.unmodifiableMap(modules);
        this.links = List.copyOf(links);
        this.catalog = catalog;
        this.symbols = List.copyOf(symbols);
        this.references = List.copyOf(references);
        this.duplicates = List.copyOf(duplicates);
        this.importProblems = List.copyOf(importProblems);
        this.valueProblems = List.copyOf(valueProblems);
    }

    /** The root file first, then the imported files in the order they were reached. */
    public List<SourceFile> files() {
        return files;
    }

    public SourceFile file(Path path) {
        for (SourceFile f : files) {
            if (f.path().equals(path)) {
                return f;
            }
        }
        return null;
    }

    /** The `fabric` block, or null when there is none. */
    public FabricDef fabric() {
        return fabric;
    }

    public double pue() {
        return fabric == null ? 1.0 : fabric.pue();
    }

    public Map<String, RackDef> racks() {
        return racks;
    }

    public Map<String, TierDef> tiers() {
        return tiers;
    }

    /** Modules declared with `module` blocks, by name. */
    public Map<String, ModuleDef> modules() {
        return modules;
    }

    public List<LinkDef> links() {
        return links;
    }

    /** The catalog before `module` blocks: built-ins plus JSON catalogs. */
    public ModuleCatalog catalog() {
        return catalog;
    }

    /** A module by name: a `module` block of this model, else a catalog entry; null when unknown. */
    public ModuleSpec module(String name) {
        ModuleDef def = modules.get(name);
        if (def != null) {
            return def.spec();
        }
        return catalog.lookup(name);
    }

    public List<Symbol> symbols() {
        return symbols;
    }

    public List<Reference> references() {
        return references;
    }

    public List<Duplicate> duplicates() {
        return duplicates;
    }

    public List<ImportProblem> importProblems() {
        return importProblems;
    }

    public List<ValueProblem> valueProblems() {
        return valueProblems;
    }
}
