package io.fabriclint.analyzer.editor;

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
import io.fabriclint.syntax.LineMap;
import io.fabriclint.syntax.SyntaxTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * What the editor works on: the latest text and syntax tree of every open
 * document (edited incrementally), the files they import read from disk, and
 * the analysis of each fabric, computed the way `fabric lint` computes it.
 *
 * <p>A file is analyzed as part of the fabrics that import it, like `fabric
 * lint DIR` does for the workspace folders: a file that another workspace file
 * imports is not a root of its own. An edit re-parses only the declarations it
 * touches ({@link IncrementalParser}), and only the fabrics that contain the
 * edited file are analyzed again; every other file keeps its tree and every
 * other fabric its analysis.
 *
 * <p>Thread-safe: documents are replaced as a whole (copy on write), analyses
 * are immutable, so requests read the latest state without waiting for an
 * analysis in progress. Debouncing and cancellation are the caller's business.
 */
public final class EditorWorkspace {
    /** An open document: its version and its current tree (the tree holds the text). */
    public record Document(Path path, int version, SyntaxTree tree) {
        public String text() {
            return tree.text();
        }
    }

    /** A fabric's analysis and the trees it was computed from (by identity). */
    private record RootAnalysis(Analyzer.Analysis analysis, Map<Path, SyntaxTree> trees) {
    }

    private record DiskFile(FileTime modified, long size, SyntaxTree tree) {
    }

    private static final int MAX_SCANNED_FILES = 5000;
    private static final int MAX_SCAN_DEPTH = 12;
    private static final int SCAN_WAIT_SECONDS = 3;

    private final java.util.concurrent.CountDownLatch scanned = new java.util.concurrent.CountDownLatch(1);
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    private volatile Map<Path, Document> documents = Map.of();
    private final Map<Path, DiskFile> disk = new ConcurrentHashMap<>();
    private final Set<Path> workspaceFiles = ConcurrentHashMap.newKeySet();
    private final List<Path> folders;
    private volatile List<Path> extraCatalogs;
    private volatile ConfigLoader configs = new ConfigLoader();
    private final Map<List<Path>, ModuleCatalog> catalogs = new ConcurrentHashMap<>();
    private final Map<Path, RootAnalysis> analyses = new ConcurrentHashMap<>();
    private final Map<Path, RootAnalysis> models = new ConcurrentHashMap<>();
    private final Map<Path, Set<Path>> published = new ConcurrentHashMap<>();
    private final Consumer<String> log;
    /** Bumped whenever which file imports which may have changed; {@link #rootsOf} answers are cached per value. */
    private final java.util.concurrent.atomic.AtomicLong graphVersion = new java.util.concurrent.atomic.AtomicLong();
    private final Map<Path, List<Path>> rootsCache = new ConcurrentHashMap<>();
    private volatile long rootsCacheVersion = -1;

    /**
     * @param folders       workspace folders: their `.fabric` files decide which file imports which
     * @param extraCatalogs JSON catalogs added to every fabric after the configured ones
     * @param log           where problems with configs and catalogs are reported
     */
    public EditorWorkspace(List<Path> folders, List<Path> extraCatalogs, Consumer<String> log) {
        this.folders = folders.stream().map(ModelBuilder::normalize).toList();
        this.extraCatalogs = extraCatalogs.stream().map(ModelBuilder::normalize).toList();
        Consumer<String> sink = log == null ? s -> { } : log;
        this.log = message -> {
            if (reported.add(message)) {
                sink.accept(message); // once per distinct problem, not on every keystroke
            }
        };
        Thread scanner = new Thread(() -> {
            try {
                for (Path folder : this.folders) {
                    scan(folder);
                }
            } finally {
                graphVersion.incrementAndGet();
                scanned.countDown();
            }
        }, "fabric-workspace-scan");
        scanner.setDaemon(true);
        scanner.start();
    }

    /** Waits (a little) for the first scan of the workspace folders: it decides which file imports which. */
    private void awaitScan() {
        try {
            scanned.await(SCAN_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_SCAN_DEPTH,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(folder) && (name.startsWith(".") || name.equals("node_modules")
                            || name.equals("target") || name.equals("build"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (file.toString().endsWith(".fabric")) {
                        workspaceFiles.add(ModelBuilder.normalize(file));
                    }
                    return workspaceFiles.size() >= MAX_SCANNED_FILES ? FileVisitResult.TERMINATE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            log.accept("cannot scan " + folder + ": " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ documents

    public synchronized void open(Path path, int version, String text) {
        Path p = ModelBuilder.normalize(path);
        put(new Document(p, version, FabricSyntax.parse(text)));
        graphVersion.incrementAndGet();
    }

    /**
     * Applies edits in order. Each is checked against the document as it
     * stands; an edit that does not apply leaves the document unchanged.
     */
    public synchronized Document change(Path path, int version, List<TextChange> changes) throws EditException {
        Path p = ModelBuilder.normalize(path);
        Document doc = documents.get(p);
        if (doc == null) {
            throw new EditException("the document is not open: " + p);
        }
        SyntaxTree tree = doc.tree();
        for (TextChange change : changes) {
            tree = apply(tree, change);
        }
        Document next = new Document(p, version, tree);
        if (!importsOf(p, doc.tree()).equals(importsOf(p, tree))) {
            graphVersion.incrementAndGet();
        }
        put(next);
        return next;
    }

    private static SyntaxTree apply(SyntaxTree tree, TextChange change) throws EditException {
        if (change.text() == null) {
            throw new EditException("a change without text");
        }
        if (change.range() == null) {
            return FabricSyntax.parse(change.text());
        }
        Span r = change.range();
        int start = offset(tree, r.startLine(), r.startColumn());
        int end = offset(tree, r.endLine(), r.endColumn());
        if (end < start) {
            throw new EditException("the edit's range ends before it starts: " + r);
        }
        return IncrementalParser.apply(tree, start, end, change.text());
    }

    /** The code-point offset of a position, which must lie in the text (at most the end of its line). */
    private static int offset(SyntaxTree tree, int line, int column) throws EditException {
        LineMap lines = tree.lines();
        if (line < 0 || column < 0 || line >= lines.lineCount()) {
            throw new EditException("position " + line + ":" + column + " is outside the document ("
                    + lines.lineCount() + " lines)");
        }
        int offset = lines.lineStart(line) + column;
        int lineEnd = line + 1 < lines.lineCount() ? lines.lineStart(line + 1) : lines.offset(Integer.MAX_VALUE, 0);
        if (offset > lineEnd) {
            throw new EditException("column " + column + " is past the end of line " + line);
        }
        return offset;
    }

    public synchronized void close(Path path) {
        Map<Path, Document> next = new HashMap<>(documents);
        next.remove(ModelBuilder.normalize(path));
        documents = Map.copyOf(next);
        graphVersion.incrementAndGet();
    }

    private void put(Document doc) {
        Map<Path, Document> next = new HashMap<>(documents);
        next.put(doc.path(), doc);
        documents = Map.copyOf(next);
    }

    public Document document(Path path) {
        return documents.get(ModelBuilder.normalize(path));
    }

    public Collection<Document> documents() {
        return documents.values();
    }

    /** Files changed, created or deleted on disk: forget what was read of them. */
    public void filesChanged(List<Path> paths) {
        boolean settings = false;
        for (Path raw : paths) {
            Path p = ModelBuilder.normalize(raw);
            disk.remove(p);
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            if (name.endsWith(".fabric")) {
                if (Files.isRegularFile(p) && folders.stream().anyMatch(p::startsWith)) {
                    workspaceFiles.add(p);
                } else if (!Files.exists(p)) {
                    workspaceFiles.remove(p);
                }
            } else if (name.equals(LintConfig.FILE_NAME) || name.endsWith(".json")) {
                settings = true;
            }
        }
        if (settings) {
            configs = new ConfigLoader();
            catalogs.clear();
            reported.clear();
        }
        analyses.clear();
        models.clear();
        graphVersion.incrementAndGet();
    }

    public void setExtraCatalogs(List<Path> files) {
        extraCatalogs = files.stream().map(ModelBuilder::normalize).toList();
        catalogs.clear();
        analyses.clear();
        models.clear();
    }

    /** The current tree of a file: the open document's, else the file on disk (null when unreadable). */
    public SyntaxTree tree(Path path) {
        Path p = ModelBuilder.normalize(path);
        Document doc = documents.get(p);
        if (doc != null) {
            return doc.tree();
        }
        return diskTree(p);
    }

    private SyntaxTree diskTree(Path p) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
            DiskFile cached = disk.get(p);
            if (cached != null && cached.modified().equals(attrs.lastModifiedTime()) && cached.size() == attrs.size()) {
                return cached.tree();
            }
            SyntaxTree tree = FabricSyntax.parse(Files.readString(p, StandardCharsets.UTF_8));
            disk.put(p, new DiskFile(attrs.lastModifiedTime(), attrs.size(), tree));
            return tree;
        } catch (IOException | RuntimeException e) {
            disk.remove(p);
            return null;
        }
    }

    private String read(Path p) throws IOException {
        SyntaxTree tree = tree(p);
        if (tree == null) {
            if (!Files.exists(p)) {
                throw new NoSuchFileException(p.toString());
            }
            throw new IOException("cannot read " + p);
        }
        return tree.text();
    }

    // ------------------------------------------------------------------ which fabric a file belongs to

    private List<Path> importsOf(Path file, SyntaxTree tree) {
        List<Path> out = new ArrayList<>();
        for (Declaration d : tree.declarations()) {
            if (d instanceof Declaration.Import imp && imp.terminated() && file.getParent() != null) {
                try {
                    out.add(file.getParent().resolve(imp.path()).normalize());
                } catch (java.nio.file.InvalidPathException ignored) {
                    // reported as FAB002
                }
            }
        }
        return out;
    }

    /** Every file reachable from {@code root} through imports, the root included. */
    private Set<Path> closure(Path root) {
        Set<Path> seen = new LinkedHashSet<>();
        Deque<Path> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Path p = todo.pop();
            if (!seen.add(p)) {
                continue;
            }
            SyntaxTree tree = tree(p);
            if (tree != null) {
                for (Path q : importsOf(p, tree)) {
                    todo.push(q);
                }
            }
        }
        return seen;
    }

    /**
     * The fabrics a file is analyzed in: the workspace and open files that
     * import it (directly or not) and that no other such file imports; the
     * file itself when nothing imports it.
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
        List<Path> roots = computeRoots(file);
        if (graphVersion.get() == version) {
            rootsCache.put(file, roots);
        }
        return roots;
    }

    private List<Path> computeRoots(Path file) {
        awaitScan();
        Set<Path> known = new LinkedHashSet<>(workspaceFiles);
        known.addAll(documents.keySet());
        known.add(file);
        Map<Path, Set<Path>> closures = new HashMap<>();
        Set<Path> imported = new HashSet<>();
        for (Path k : known) {
            Set<Path> c = closure(k);
            closures.put(k, c);
            for (Path q : c) {
                if (!q.equals(k) && known.contains(q)) {
                    imported.add(q);
                }
            }
        }
        List<Path> roots = new ArrayList<>();
        for (Path k : known) {
            if (!imported.contains(k) && closures.get(k).contains(file)) {
                roots.add(k);
            }
        }
        if (roots.isEmpty()) {
            roots.add(file);
        }
        return List.copyOf(roots);
    }

    /** The fabric a request about {@code file} is answered in: its first root. */
    public Path primaryRoot(Path file) {
        return rootsOf(file).get(0);
    }

    // ------------------------------------------------------------------ analysis

    private boolean current(RootAnalysis ra) {
        for (Map.Entry<Path, SyntaxTree> e : ra.trees().entrySet()) {
            if (tree(e.getKey()) != e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private FabricModel buildModel(Path root, Map<Path, SyntaxTree> used) throws IOException {
        Path configDir = root.getParent() == null ? Path.of("").toAbsolutePath() : root.getParent();
        LintConfig config;
        try {
            config = configs.forDirectory(configDir);
        } catch (ConfigException e) {
            log.accept("ignoring the configuration: " + e.describe());
            config = LintConfig.NONE;
        }
        ModuleCatalog catalog = catalogFor(config);
        // The text and the tree of each file come from one read, so the model and its stamp agree.
        SourceProvider provider = p -> {
            SyntaxTree t = tree(p);
            if (t == null) {
                read(p);
            }
            used.put(p, t);
            return t.text();
        };
        ModelBuilder builder = new ModelBuilder(provider, catalog, used::get);
        return builder.build(root);
    }

    private ModuleCatalog catalogFor(LintConfig config) {
        List<Path> files = new ArrayList<>(config.catalogs());
        files.addAll(extraCatalogs);
        return catalogs.computeIfAbsent(files, f -> {
            try {
                return ModuleCatalog.builtIn().withFiles(f);
            } catch (CatalogException e) {
                log.accept("ignoring the catalogs: " + e.describe());
                return ModuleCatalog.builtIn();
            }
        });
    }

    private SeverityPolicy policy(Path root) {
        ConfigLoader loader = configs;
        return (file, code, dflt) -> {
            try {
                return (file.equals(ModelBuilder.STDIN) ? loader.forFile(root) : loader.forFile(file)).severity(code, dflt);
            } catch (ConfigException e) {
                return dflt;
            }
        };
    }

    /**
     * The analysis of a fabric from the current trees: the cached one when no
     * file of it changed, else a new one. Null when the root cannot be read.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turns true on the way
     */
    public Analyzer.Analysis analyze(Path root, BooleanSupplier cancelled) {
        Path r = ModelBuilder.normalize(root);
        RootAnalysis cached = analyses.get(r);
        if (cached != null && current(cached)) {
            return cached.analysis();
        }
        Map<Path, SyntaxTree> used = new HashMap<>(); // trees compared by identity in current()
        FabricModel model;
        try {
            model = buildModel(r, used);
        } catch (IOException e) {
            return null;
        }
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException();
        }
        Analyzer.Analysis analysis = new Analyzer(policy(r)).analyze(model, cancelled);
        RootAnalysis fresh = new RootAnalysis(analysis, Map.copyOf(used));
        analyses.put(r, fresh);
        models.put(r, fresh);
        return analysis;
    }

    /** The last analysis of a fabric, however stale; null when it was never analyzed. Never waits. */
    public Analyzer.Analysis latestAnalysis(Path root) {
        RootAnalysis ra = analyses.get(ModelBuilder.normalize(root));
        return ra == null ? null : ra.analysis();
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
        RootAnalysis cached = models.get(root);
        if (cached != null && current(cached)) {
            return cached.analysis().model();
        }
        Map<Path, SyntaxTree> used = new HashMap<>(); // trees compared by identity in current()
        try {
            FabricModel model = buildModel(root, used);
            models.put(root, new RootAnalysis(new Analyzer.Analysis(model, null, List.of()), Map.copyOf(used)));
            return model;
        } catch (IOException e) {
            return null;
        }
    }

    /** The diagnostics to show in a file: those located in it, from every fabric it belongs to, as `fabric lint` reports them. */
    public List<Diagnostic> diagnostics(Path path) {
        Path file = ModelBuilder.normalize(path);
        Map<String, Diagnostic> unique = new LinkedHashMap<>();
        for (Path root : rootsOf(file)) {
            Analyzer.Analysis a = latestAnalysis(root);
            if (a == null) {
                continue;
            }
            for (Diagnostic d : a.diagnostics()) {
                if (!d.suppressed() && d.file().equals(file)) {
                    unique.putIfAbsent(d.code() + "|" + d.range() + "|" + d.message(), d);
                }
            }
        }
        List<Diagnostic> out = new ArrayList<>(unique.values());
        out.sort(Analyzer.ORDER);
        return out;
    }

    /**
     * Brings every fabric that contains {@code edited} up to date and says
     * what each of their files should now show: the edited file, the files it
     * imports and the files importing it, plus an empty list for files that
     * left those fabrics (so their old diagnostics are cleared).
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turns true on the way
     */
    public Map<Path, List<Diagnostic>> refresh(Path edited, BooleanSupplier cancelled) {
        Path file = ModelBuilder.normalize(edited);
        Set<Path> affected = new LinkedHashSet<>();
        affected.add(file);
        Set<Path> dropped = new LinkedHashSet<>();
        List<Path> roots = rootsOf(file);
        Map<Path, Set<Path>> nowPublished = new HashMap<>();
        for (Path root : roots) {
            Analyzer.Analysis a = analyze(root, cancelled);
            Set<Path> files = new LinkedHashSet<>();
            if (a != null) {
                for (SourceFile f : a.model().files()) {
                    files.add(f.path());
                }
            }
            affected.addAll(files);
            Set<Path> before = published.getOrDefault(root, Set.of());
            for (Path p : before) {
                if (!files.contains(p)) {
                    dropped.add(p);
                }
            }
            nowPublished.put(root, files);
        }
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException();
        }
        published.putAll(nowPublished);
        Map<Path, List<Diagnostic>> out = new LinkedHashMap<>();
        for (Path p : affected) {
            out.put(p, diagnostics(p));
        }
        for (Path p : dropped) {
            if (!out.containsKey(p)) {
                boolean stillShown = published.values().stream().anyMatch(s -> s.contains(p));
                out.put(p, stillShown ? diagnostics(p) : List.of());
            }
        }
        return out;
    }

    /** Files whose diagnostics the editor shows now. */
    public Set<Path> shownFiles() {
        Set<Path> all = new LinkedHashSet<>();
        published.values().forEach(all::addAll);
        return all;
    }

    /** Every `.fabric` file the workspace knows: open ones and those in the workspace folders. */
    public Set<Path> knownFiles() {
        Set<Path> known = new LinkedHashSet<>(documents.keySet());
        known.addAll(workspaceFiles);
        return known;
    }


}
