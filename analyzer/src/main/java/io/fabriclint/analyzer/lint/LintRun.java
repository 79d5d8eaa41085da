package io.fabriclint.analyzer.lint;

import io.fabriclint.analyzer.catalog.CatalogException;
import io.fabriclint.analyzer.catalog.ModuleCatalog;
import io.fabriclint.analyzer.config.ConfigException;
import io.fabriclint.analyzer.config.ConfigLoader;
import io.fabriclint.analyzer.config.LintConfig;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.SeverityPolicy;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.ModelBuilder;
import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.analyzer.model.SourceProvider;
import io.fabriclint.analyzer.rules.Analyzer;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.SyntaxTree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lints a set of files the way `fabric lint` does: a file imported by another
 * named file is analyzed as part of its importer's fabric rather than alone;
 * each remaining file is the root of its own model; every diagnostic is
 * reported once, in the file where it is located.
 */
public final class LintRun {
    private final ConfigLoader configs;
    private final List<Path> extraCatalogs;
    private final Map<List<Path>, ModuleCatalog> catalogs = new HashMap<>();
    private final Map<Path, SyntaxTree> parsed = new HashMap<>();

    /** @param extraCatalogs `--catalog` files, added to every model after the configured ones */
    public LintRun(ConfigLoader configs, List<Path> extraCatalogs) {
        this.configs = configs;
        this.extraCatalogs = List.copyOf(extraCatalogs);
    }

    /** What a run found: the files analyzed (named and imported) and their diagnostics, suppressed ones included. */
    public record Result(List<Path> files, List<Diagnostic> diagnostics, List<Analyzer.Analysis> analyses) {
    }

    public Result lint(List<Path> files) throws IOException, ConfigException, CatalogException {
        List<Path> named = files.stream().map(ModelBuilder::normalize).distinct().toList();
        Set<Path> importedByNamed = importedBy(named);
        List<Path> roots = new ArrayList<>();
        for (Path p : named) {
            if (!importedByNamed.contains(p)) {
                roots.add(p);
            }
        }
        Set<Path> covered = new LinkedHashSet<>();
        List<Analyzer.Analysis> analyses = new ArrayList<>();
        for (Path root : roots) {
            analyses.add(analyze(root, null, covered));
        }
        for (Path p : named) {
            if (!covered.contains(p)) {
                // Only reachable through an import cycle among the named files.
                analyses.add(analyze(p, null, covered));
            }
        }
        return result(covered, analyses);
    }

    /** Lints text read from standard input, as if it were a file in the working directory. */
    public Result lintText(String text) throws ConfigException, CatalogException, IOException {
        Set<Path> covered = new LinkedHashSet<>();
        Analyzer.Analysis analysis = analyze(ModelBuilder.STDIN, text, covered);
        return result(covered, List.of(analysis));
    }

    private Result result(Set<Path> covered, List<Analyzer.Analysis> analyses) {
        Map<String, Diagnostic> unique = new LinkedHashMap<>();
        for (Analyzer.Analysis a : analyses) {
            for (Diagnostic d : a.diagnostics()) {
                unique.putIfAbsent(d.file() + "|" + d.code() + "|" + d.range() + "|" + d.message(), d);
            }
        }
        List<Diagnostic> all = new ArrayList<>(unique.values());
        all.sort(Analyzer.ORDER);
        return new Result(List.copyOf(covered), List.copyOf(all), List.copyOf(analyses));
    }

    private Analyzer.Analysis analyze(Path root, String text, Set<Path> covered)
            throws IOException, ConfigException, CatalogException {
        Path configDir = root.equals(ModelBuilder.STDIN) ? Path.of("").toAbsolutePath() : root.getParent();
        LintConfig config = configs.forDirectory(configDir);
        ModuleCatalog catalog = catalogFor(config);
        ModelBuilder builder = new ModelBuilder(SourceProvider.DISK, catalog, parsed::get);
        FabricModel model = text == null ? builder.build(root) : builder.build(root, text);
        for (SourceFile f : model.files()) {
            parsed.putIfAbsent(f.path(), f.tree());
            covered.add(f.path());
        }
        SeverityPolicy policy = (file, code, dflt) -> {
            try {
                LintConfig c = file.equals(ModelBuilder.STDIN) ? config : configs.forFile(file);
                return c.severity(code, dflt);
            } catch (ConfigException e) {
                return config.severity(code, dflt);
            }
        };
        return new Analyzer(policy).analyze(model);
    }

    /** The catalog for a config: built-ins, then the config's catalogs, then `--catalog` files. */
    public ModuleCatalog catalogFor(LintConfig config) throws CatalogException {
        List<Path> files = new ArrayList<>(config.catalogs());
        files.addAll(extraCatalogs);
        ModuleCatalog c = catalogs.get(files);
        if (c == null) {
            c = ModuleCatalog.builtIn().withFiles(files);
            catalogs.put(files, c);
        }
        return c;
    }

    /** The named files that another named file imports, directly or not. */
    private Set<Path> importedBy(List<Path> named) {
        Set<Path> namedSet = new HashSet<>(named);
        Set<Path> imported = new HashSet<>();
        for (Path p : named) {
            Set<Path> seen = new HashSet<>();
            collectImports(p, seen);
            seen.remove(p);
            for (Path q : seen) {
                if (namedSet.contains(q)) {
                    imported.add(q);
                }
            }
        }
        // Files importing each other in a cycle would all be "imported": keep the first as a root.
        return imported;
    }

    private void collectImports(Path file, Set<Path> seen) {
        if (!seen.add(file)) {
            return;
        }
        SyntaxTree tree = parsed.get(file);
        if (tree == null) {
            try {
                tree = FabricSyntax.parse(SourceProvider.DISK.read(file));
            } catch (IOException | UncheckedIOException e) {
                return;
            }
            parsed.put(file, tree);
        }
        for (Declaration d : tree.declarations()) {
            if (d instanceof Declaration.Import imp && imp.terminated()) {
                try {
                    collectImports(file.getParent().resolve(imp.path()).normalize(), seen);
                } catch (java.nio.file.InvalidPathException ignored) {
                    // reported as FAB002 when the model is built
                }
            }
        }
    }
}
