package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.InputFileException;
import io.fabriclint.analyzer.config.LintConfig;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.ModelBuilder;
import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.analyzer.model.SourceProvider;
import io.fabriclint.analyzer.project.DiskFiles;
import io.fabriclint.analyzer.project.FabricFiles;
import io.fabriclint.analyzer.project.FabricProject;
import io.fabriclint.analyzer.project.ImportGraph;
import io.fabriclint.analyzer.project.ProjectSettings;
import io.fabriclint.syntax.SyntaxTree;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What the editor works on: the open documents laid over the disk, seen as a
 * {@link FabricProject} exactly as `fabric lint` sees the workspace folders.
 * A file is analyzed as part of the fabrics that import it; an edit re-parses
 * only the declarations it touches, and only the fabrics containing the
 * edited file are analyzed again.
 *
 * <p>This class only wires its parts together: {@link OpenDocuments},
 * {@link WorkspaceFolders}, {@link ImportGraph} (through the project),
 * {@link AnalysisCache} and {@link PublishedDiagnostics}. Thread-safe:
 * requests read the latest state without waiting for an analysis in progress.
 */
public final class EditorWorkspace {
    private final OpenDocuments documents = new OpenDocuments();
    private final DiskFiles disk = new DiskFiles();
    private volatile List<Path> extraCatalogs;
    private final Consumer<String> log;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private volatile FabricProject project;
    private final WorkspaceFolders folders;
    private final AnalysisCache analyses = new AnalysisCache();
    private final PublishedDiagnostics published = new PublishedDiagnostics();

    /** Bumped whenever which file imports which may have changed; root answers are cached per value. */
    private final AtomicLong graphVersion = new AtomicLong();
    private final Map<Path, List<Path>> rootsCache = new ConcurrentHashMap<>();
    private volatile long rootsCacheVersion = -1;

    /**
     * @param folders       workspace folders: their `.fabric` files decide which file imports which
     * @param extraCatalogs JSON catalogs added to every fabric after the configured ones
     * @param log           where problems with configurations and catalogs are reported (once each)
     */
    public EditorWorkspace(List<Path> folders, List<Path> extraCatalogs, Consumer<String> log) {
        this.extraCatalogs = List.copyOf(extraCatalogs);
        Consumer<String> sink = log == null ? s -> { } : log;
        this.log = message -> {
            if (reported.add(message)) {
                sink.accept(message); // once per distinct problem, not on every keystroke
            }
        };
        this.project = newProject();
        this.folders = new WorkspaceFolders(folders, () -> project.settings(), this.log, graphVersion::incrementAndGet);
    }

    private FabricProject newProject() {
        SourceProvider overlay = path -> {
            OpenDocuments.Document doc = documents.get(path);
            return doc != null ? doc.tree() : disk.tree(path);
        };
        ProjectSettings settings = new ProjectSettings(extraCatalogs,
                (InputFileException e) -> log.accept("ignoring " + e.describe()));
        return new FabricProject(overlay, settings);
    }

    // ------------------------------------------------------------------ documents

    public void open(Path path, int version, String text) {
        documents.open(path, version, text);
        graphVersion.incrementAndGet();
    }

    /**
     * Applies edits in order. Each is checked against the document as it
     * stands; an edit that does not apply leaves the document unchanged.
     */
    public OpenDocuments.Document change(Path path, int version, List<TextChange> changes) throws EditException {
        OpenDocuments.Document before = documents.get(path);
        OpenDocuments.Document after = documents.change(path, version, changes);
        if (before == null || !ImportGraph.importsOf(after.path(), before.tree())
                .equals(ImportGraph.importsOf(after.path(), after.tree()))) {
            graphVersion.incrementAndGet();
        }
        return after;
    }

    public void close(Path path) {
        documents.close(path);
        graphVersion.incrementAndGet();
    }

    public OpenDocuments.Document document(Path path) {
        return documents.get(path);
    }

    public Collection<OpenDocuments.Document> documents() {
        return documents.all();
    }

    /** Files changed, created or deleted on disk: forget what was read of them. */
    public void filesChanged(List<Path> paths) {
        boolean settings = false;
        for (Path raw : paths) {
            Path p = ModelBuilder.normalize(raw);
            disk.forget(p);
            if (FabricFiles.isFabricFile(p)) {
                folders.changed(p);
            } else {
                String name = p.getFileName() == null ? "" : p.getFileName().toString();
                settings |= name.equals(LintConfig.FILE_NAME) || name.endsWith(".json");
            }
        }
        if (settings) {
            reported.clear();
            project = newProject();
        }
        analyses.clear();
        graphVersion.incrementAndGet();
    }

    /** Other extra catalogs (the client's settings changed): every fabric is analyzed anew. */
    public void setExtraCatalogs(List<Path> files) {
        extraCatalogs = List.copyOf(files);
        reported.clear();
        project = newProject();
        analyses.clear();
        graphVersion.incrementAndGet();
    }

    /** The current tree of a file: the open document's, else the file on disk (null when unreadable). */
    public SyntaxTree tree(Path path) {
        try {
            return project.files().tree(ModelBuilder.normalize(path));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ which fabric a file belongs to

    /**
     * The fabrics a file is analyzed in: the roots among the workspace's and
     * open files (see {@link ImportGraph#roots}) whose fabric contains it; the
     * file itself when there are none.
     */
    public List<Path> rootsOf(Path path) {
        Path file = ModelBuilder.normalize(path);
        long version = graphVersion.get();
        if (rootsCacheVersion != version) {
            rootsCache.clear();
            rootsCacheVersion = version;
        }
        List<Path> cached = rootsCache.get(file);
        if (cached != null) {
            return cached;
        }
        // Sorted, as `fabric lint DIR` lists them: of files importing each other in a cycle, the first is the root.
        Set<Path> known = new java.util.TreeSet<>(folders.files());
        known.addAll(documents.paths());
        known.add(file);
        List<Path> roots = project.imports().rootsContaining(file, known);
        if (graphVersion.get() == version) {
            rootsCache.put(file, roots);
        }
        return roots;
    }

    /** Which configuration, catalogs and severities apply (the command line's answer too). */
    public ProjectSettings settings() {
        return project.settings();
    }

    /** The fabric a request about {@code file} is answered in: its first root. */
    public Path primaryRoot(Path file) {
        return rootsOf(file).get(0);
    }

    // ------------------------------------------------------------------ analysis

    /** Reads through the project's files and notes the tree of each file read (null: unreadable). */
    private SourceProvider recording(Map<Path, SyntaxTree> used) {
        SourceProvider files = project.files();
        return p -> {
            try {
                SyntaxTree t = files.tree(p);
                used.put(p, t);
                return t;
            } catch (IOException | RuntimeException e) {
                used.put(p, null);
                throw e;
            }
        };
    }

    /**
     * The analysis of a fabric from the current trees: the cached one when no
     * file of it changed, else a new one. Null when the root cannot be read.
     *
     * @throws CancellationException when {@code cancelled} turns true on the way
     */
    public Analyzer.Analysis analyze(Path root, BooleanSupplier cancelled) {
        Path r = ModelBuilder.normalize(root);
        Analyzer.Analysis cached = analyses.current(r, this::tree);
        if (cached != null) {
            return cached;
        }
        Map<Path, SyntaxTree> used = new HashMap<>();
        FabricProject recorded = new FabricProject(recording(used), project.settings());
        try {
            Analyzer.Analysis analysis = recorded.analyze(r, cancelled);
            analyses.putAnalysis(r, analysis, used);
            return analysis;
        } catch (IOException e) {
            return null;
        }
    }

    /** The last analysis of a fabric, however stale; null when it was never analyzed. Never waits. */
    public Analyzer.Analysis latestAnalysis(Path root) {
        return analyses.latest(ModelBuilder.normalize(root));
    }

    /** The analysis of the fabric a file belongs to: the latest one, or a new one when there is none yet. */
    public Analyzer.Analysis analysisFor(Path file) {
        Path root = primaryRoot(file);
        Analyzer.Analysis a = latestAnalysis(root);
        return a != null ? a : analyze(root, () -> false);
    }

    /**
     * The model of a fabric built from the current trees (positions are up to
     * date), without running the rules. Cheap next to an analysis; for
     * navigation and renaming.
     */
    public FabricModel currentModel(Path file) {
        Path root = primaryRoot(file);
        FabricModel cached = analyses.currentModel(root, this::tree);
        if (cached != null) {
            return cached;
        }
        Map<Path, SyntaxTree> used = new HashMap<>();
        try {
            FabricModel model = new FabricProject(recording(used), project.settings()).model(root);
            analyses.putModel(root, model, used);
            return model;
        } catch (IOException e) {
            return null;
        }
    }

    /** The diagnostics to show in a file: those located in it, from every fabric it belongs to, as `fabric lint` reports them. */
    public List<Diagnostic> diagnostics(Path path) {
        Path file = ModelBuilder.normalize(path);
        List<Analyzer.Analysis> latest = new ArrayList<>();
        for (Path root : rootsOf(file)) {
            Analyzer.Analysis a = latestAnalysis(root);
            if (a != null) {
                latest.add(a);
            }
        }
        return FabricProject.located(latest, file).stream().filter(d -> !d.suppressed()).toList();
    }

    /**
     * Brings every fabric that contains {@code edited} up to date and says
     * what each of their files should now show: the edited file, the files it
     * imports and the files importing it, plus an empty list for files that
     * left those fabrics (so their old diagnostics are cleared).
     *
     * @throws CancellationException when {@code cancelled} turns true on the way
     */
    public Map<Path, List<Diagnostic>> refresh(Path edited, BooleanSupplier cancelled) {
        Path file = ModelBuilder.normalize(edited);
        Set<Path> affected = new LinkedHashSet<>();
        affected.add(file);
        Map<Path, Set<Path>> filesByRoot = new LinkedHashMap<>();
        for (Path root : rootsOf(file)) {
            Analyzer.Analysis a = analyze(root, cancelled);
            Set<Path> files = new LinkedHashSet<>();
            if (a != null) {
                for (SourceFile f : a.model().files()) {
                    files.add(f.path());
                }
            }
            affected.addAll(files);
            filesByRoot.put(root, files);
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException();
        }
        Set<Path> dropped = new LinkedHashSet<>();
        filesByRoot.forEach((root, files) -> dropped.addAll(published.update(root, files)));
        Map<Path, List<Diagnostic>> out = new LinkedHashMap<>();
        for (Path p : affected) {
            out.put(p, diagnostics(p));
        }
        for (Path p : dropped) {
            out.computeIfAbsent(p, q -> published.isShown(q) ? diagnostics(q) : List.of());
        }
        return out;
    }

    /** Files whose diagnostics the editor shows now. */
    public Set<Path> shownFiles() {
        return published.shownFiles();
    }

    /** Every `.fabric` file the workspace knows: open ones and those in the workspace folders. */
    public Set<Path> knownFiles() {
        Set<Path> known = new LinkedHashSet<>(documents.paths());
        known.addAll(folders.foundSoFar());
        return known;
    }

    /** Configuration and catalog problems met so far (each was also logged once). */
    public List<InputFileException> problems() {
        return project.settings().problems();
    }
}
