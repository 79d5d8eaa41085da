package io.fabriclint.analyzer.project;

import io.fabriclint.analyzer.InputFileException;
import io.fabriclint.analyzer.catalog.CatalogException;
import io.fabriclint.analyzer.catalog.ModuleCatalog;
import io.fabriclint.analyzer.config.ConfigException;
import io.fabriclint.analyzer.config.ConfigLoader;
import io.fabriclint.analyzer.config.LintConfig;
import io.fabriclint.analyzer.diagnostics.SeverityPolicy;
import io.fabriclint.analyzer.model.ModelBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Which `.fabric-lint.json`, which catalogs and which severities apply to a
 * file: the one answer the command line and the editor share.
 *
 * <p>A configuration or catalog that cannot be used is a problem of the
 * project, recorded once with its file, line and column (the command line
 * prints it and exits 2; the editor shows it). Until it is fixed, files under
 * a broken configuration get the rules' default severities and no configured
 * catalogs, and a broken catalog file is left out while the others are read.
 */
public final class ProjectSettings {
    private final ConfigLoader configs = new ConfigLoader();
    private final List<Path> extraCatalogs;
    private final Map<Path, LintConfig> byDirectory = new ConcurrentHashMap<>();
    private final Map<List<Path>, ModuleCatalog> catalogs = new ConcurrentHashMap<>();
    private final Map<String, InputFileException> problems = new LinkedHashMap<>();
    private final Consumer<InputFileException> onProblem;

    /**
     * @param extraCatalogs JSON catalogs added to every fabric after the configured ones (`--catalog`)
     * @param onProblem     told once about each distinct configuration or catalog problem
     */
    public ProjectSettings(List<Path> extraCatalogs, Consumer<InputFileException> onProblem) {
        this.extraCatalogs = extraCatalogs.stream().map(ModelBuilder::normalize).toList();
        this.onProblem = onProblem == null ? p -> { } : onProblem;
    }

    public ProjectSettings(List<Path> extraCatalogs) {
        this(extraCatalogs, null);
    }

    /** The configuration of files in a folder: the nearest `.fabric-lint.json` walking up. */
    public LintConfig configForDirectory(Path dir) {
        Path d = dir == null ? Path.of("").toAbsolutePath() : dir.toAbsolutePath().normalize();
        return byDirectory.computeIfAbsent(d, key -> {
            try {
                return configs.forDirectory(key);
            } catch (ConfigException e) {
                problem(e);
                return LintConfig.NONE;
            }
        });
    }

    /** The configuration of a file ({@link ModelBuilder#STDIN} counts as a file in the working directory). */
    public LintConfig configFor(Path file) {
        Path dir = file.equals(ModelBuilder.STDIN) ? null : file.toAbsolutePath().normalize().getParent();
        return configForDirectory(dir);
    }

    /** The catalog of the fabric whose root file this is: built-ins, the root's configured catalogs, then extras. */
    public ModuleCatalog catalogFor(Path root) {
        List<Path> files = new ArrayList<>(configFor(root).catalogs());
        files.addAll(extraCatalogs);
        return catalogs.computeIfAbsent(List.copyOf(files), list -> {
            ModuleCatalog catalog = ModuleCatalog.builtIn();
            for (Path f : list) {
                try {
                    catalog = catalog.withFiles(List.of(f));
                } catch (CatalogException e) {
                    problem(e);
                }
            }
            return catalog;
        });
    }

    /** Severities per file, each from its own configuration (standard input: the root's). */
    public SeverityPolicy policy(Path root) {
        return (file, code, defaultSeverity) -> configFor(file.equals(ModelBuilder.STDIN) ? root : file)
                .severity(code, defaultSeverity);
    }

    /** Every configuration and catalog problem met so far, in the order found. */
    public synchronized List<InputFileException> problems() {
        return List.copyOf(problems.values());
    }

    private void problem(InputFileException e) {
        boolean fresh;
        synchronized (this) {
            fresh = problems.putIfAbsent(e.describe(), e) == null;
        }
        if (fresh) {
            onProblem.accept(e);
        }
    }
}
