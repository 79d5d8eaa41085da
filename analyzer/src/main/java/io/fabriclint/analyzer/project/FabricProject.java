package io.fabriclint.analyzer.project;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.ModelBuilder;
import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.analyzer.model.SourceProvider;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * A set of `.fabric` files seen as fabrics: which files form one fabric
 * through imports, which configuration, catalogs and severities apply, and
 * the analysis of each fabric. The command line gives it the disk
 * ({@link DiskFiles}); the editor gives it its open documents laid over the
 * disk. Both therefore report the same diagnostics for the same text.
 */
public final class FabricProject {
    private final SourceProvider files;
    private final ProjectSettings settings;
    private final ImportGraph imports;

    public FabricProject(SourceProvider files, ProjectSettings settings) {
        this.files = files;
        this.settings = settings;
        this.imports = new ImportGraph(files);
    }

    public SourceProvider files() {
        return files;
    }

    public ProjectSettings settings() {
        return settings;
    }

    public ImportGraph imports() {
        return imports;
    }

    /** The model of the fabric whose root this is, without running the rules (for navigation). */
    public FabricModel model(Path root) throws IOException {
        Path r = ModelBuilder.normalize(root);
        return new ModelBuilder(files, settings.catalogFor(r)).build(r);
    }

    /**
     * The analysis of the fabric whose root this is.
     *
     * @throws IOException           when the root cannot be read
     * @throws CancellationException when {@code cancelled} turns true on the way
     */
    public Analyzer.Analysis analyze(Path root, BooleanSupplier cancelled) throws IOException {
        Path r = ModelBuilder.normalize(root);
        FabricModel model = model(r);
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("analysis cancelled");
        }
        return new Analyzer(settings.policy(r)).analyze(model, cancelled);
    }

    /** The analysis of text that is not on disk (standard input), as a file in the working directory. */
    public Analyzer.Analysis analyzeText(Path path, String text) {
        FabricModel model = new ModelBuilder(files, settings.catalogFor(path)).build(path, text);
        return new Analyzer(settings.policy(path)).analyze(model, () -> false);
    }

    /**
     * Lints a set of files as `fabric lint` does: each root of the set (see
     * {@link ImportGraph#roots}) is analyzed with everything it imports, and
     * each diagnostic is reported once, in the file where it is located.
     */
    public LintResult lint(List<Path> named) throws IOException {
        List<Path> set = named.stream().map(ModelBuilder::normalize).distinct().toList();
        imports.load(set);
        List<Path> roots = imports.roots(set);
        // Fabrics share nothing but read-only trees and settings: each is analyzed on its own core.
        List<Object> outcomes = roots.parallelStream().map(root -> {
            try {
                return (Object) analyze(root, () -> false);
            } catch (IOException e) {
                return e;
            }
        }).toList();
        List<Analyzer.Analysis> analyses = new ArrayList<>(outcomes.size());
        for (Object o : outcomes) {
            if (o instanceof IOException e) {
                throw e; // the first unreadable root, in the order of the set
            }
            analyses.add((Analyzer.Analysis) o);
        }
        return result(analyses);
    }

    /** Lints standard input. */
    public LintResult lintText(String text) {
        return result(List.of(analyzeText(ModelBuilder.STDIN, text)));
    }

    private LintResult result(List<Analyzer.Analysis> analyses) {
        Set<Path> covered = new LinkedHashSet<>();
        for (Analyzer.Analysis a : analyses) {
            for (SourceFile f : a.model().files()) {
                covered.add(f.path());
            }
        }
        return new LintResult(List.copyOf(covered), located(analyses, null), List.copyOf(analyses),
                settings.problems());
    }

    /**
     * The diagnostics of several fabrics, each once (a file in two fabrics is
     * judged in both; the same finding is one finding), in {@link Analyzer#ORDER};
     * only those located in {@code file} when it is not null. Suppressed ones are kept, flagged.
     */
    public static List<Diagnostic> located(Collection<Analyzer.Analysis> analyses, Path file) {
        Map<String, Diagnostic> unique = new LinkedHashMap<>();
        for (Analyzer.Analysis a : analyses) {
            for (Diagnostic d : a.diagnostics()) {
                if (file == null || d.file().equals(file)) {
                    unique.putIfAbsent(d.file() + "|" + d.code() + "|" + d.range() + "|" + d.message(), d);
                }
            }
        }
        List<Diagnostic> all = new ArrayList<>(unique.values());
        all.sort(Analyzer.ORDER);
        return List.copyOf(all);
    }
}
