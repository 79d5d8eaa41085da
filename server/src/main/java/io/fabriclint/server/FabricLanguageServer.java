package io.fabriclint.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.fabriclint.analyzer.editor.CableSheets;
import io.fabriclint.analyzer.editor.EditorWorkspace;
import io.fabriclint.analyzer.editor.GitComparison;
import io.fabriclint.analyzer.editor.OpenDocuments;
import io.fabriclint.analyzer.editor.SemanticTokens;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.values.Figures;
import io.fabriclint.analyzer.report.ReportMarkdown;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fabric-lint language server: a thin LSP4J layer over the analyzer's
 * editor services (io.fabriclint.analyzer.editor). It converts positions and
 * results, runs analyses on a background thread with debounce and
 * cancellation, and publishes diagnostics. Custom requests for the VS Code
 * extension: `fabric/powerSummary`, `fabric/report`, `fabric/cables` and `fabric/diff`.
 */
public final class FabricLanguageServer implements LanguageServer, LanguageClientAware {
    /**
     * Debounce after an edit before analysis starts: long enough to take the notifications of one
     * burst (a multi-file rename, a client that splits changes) together; typing is handled by
     * cancellation, since an analysis of a 10,000-line file takes about 10 ms. Overridable with
     * initializationOptions.debounceMs.
     */
    static final long DEFAULT_DEBOUNCE_MS = 3;

    private final ServerLog log;
    private final ExecutorService requests;
    private final FabricTextDocumentService documents;
    private final FabricWorkspaceService workspaceService;
    private final Uris uris = new Uris();
    private volatile EditorWorkspace workspace;
    private volatile AnalysisScheduler scheduler;
    private volatile LanguageClient client;
    private volatile boolean snippetSupport;
    private volatile boolean watchedFilesRegistration;
    private volatile Path baseFolder = Path.of("").toAbsolutePath();
    private volatile boolean shutdown;
    private volatile boolean initialized;
    private final Runnable onExit;

    /**
     * @param err    where the server logs (standard error; never standard output)
     * @param onExit what the `exit` notification does after a `shutdown` (the launcher exits the process)
     */
    public FabricLanguageServer(PrintStream err, Runnable onExit) {
        this.log = new ServerLog(err);
        AtomicInteger n = new AtomicInteger();
        this.requests = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "fabric-request-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.documents = new FabricTextDocumentService(this, log, requests);
        this.workspaceService = new FabricWorkspaceService(this, log, requests);
        this.onExit = onExit;
        this.workspace = new EditorWorkspace(List.of(), List.of(), log::warn);
        this.scheduler = new AnalysisScheduler(DEFAULT_DEBOUNCE_MS, documents::refresh, log);
    }

    EditorWorkspace workspace() {
        return workspace;
    }

    AnalysisScheduler scheduler() {
        return scheduler;
    }

    Uris uris() {
        return uris;
    }

    ServerLog log() {
        return log;
    }

    LanguageClient client() {
        return client;
    }

    boolean snippetSupport() {
        return snippetSupport;
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
        log.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        List<Path> folders = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                folders.add(uris.path(f.getUri()));
            }
        } else if (params.getRootUri() != null) {
            folders.add(uris.path(params.getRootUri()));
        }
        List<Path> catalogs = new ArrayList<>();
        long debounce = DEFAULT_DEBOUNCE_MS;
        JsonObject options = options(params.getInitializationOptions());
        baseFolder = folders.isEmpty() ? Path.of("").toAbsolutePath() : folders.get(0);
        if (options != null) {
            List<Path> given = catalogPaths(options.get("catalogs"));
            if (given != null) {
                catalogs.addAll(given);
            }
            JsonElement d = options.get("debounceMs");
            if (d != null && d.isJsonPrimitive() && d.getAsJsonPrimitive().isNumber()) {
                debounce = Math.max(0, Math.min(2000, d.getAsLong()));
            }
        }
        var caps = params.getCapabilities();
        watchedFilesRegistration = caps != null && caps.getWorkspace() != null
                && caps.getWorkspace().getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(caps.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration());
        snippetSupport = caps != null && caps.getTextDocument() != null && caps.getTextDocument().getCompletion() != null
                && caps.getTextDocument().getCompletion().getCompletionItem() != null
                && Boolean.TRUE.equals(caps.getTextDocument().getCompletion().getCompletionItem().getSnippetSupport());
        workspace = new EditorWorkspace(folders, catalogs, log::show);
        scheduler.shutdown();
        scheduler = new AnalysisScheduler(debounce, documents::refresh, log);
        log.info("initialized: folders " + folders + ", catalogs " + catalogs + ", debounce " + debounce + " ms");
        Integer clientPid = params.getProcessId();
        if (clientPid != null && ClientProcessWatch.watch(clientPid, () -> {
            log.info("the client process " + clientPid + " has ended");
            exit();
        })) {
            log.info("watching the client process " + clientPid);
        }
        initialized = true;
        return CompletableFuture.completedFuture(new InitializeResult(capabilities(), new ServerInfo("fabric-lint", "0.1.0")));
    }

    /**
     * The `catalogs` of initializationOptions or of the `fabric` settings: paths relative to the
     * first workspace folder; null when {@code list} is not a list (nothing said about catalogs).
     */
    List<Path> catalogPaths(JsonElement list) {
        if (list == null || !list.isJsonArray()) {
            return null;
        }
        List<Path> paths = new ArrayList<>();
        for (JsonElement e : list.getAsJsonArray()) {
            if (e.isJsonPrimitive() && !e.getAsString().isBlank()) {
                paths.add(baseFolder.resolve(e.getAsString().trim()).normalize());
            }
        }
        return paths;
    }

    /** New extra catalogs (workspace/didChangeConfiguration): every open file is analyzed again. */
    void useCatalogs(List<Path> catalogs) {
        log.info("catalogs " + catalogs);
        workspace.setExtraCatalogs(catalogs);
        for (OpenDocuments.Document d : workspace.documents()) {
            scheduler.edited(d.path());
        }
    }

    static JsonObject options(Object raw) {
        if (raw instanceof JsonObject o) {
            return o;
        }
        if (raw instanceof JsonElement e && e.isJsonObject()) {
            return e.getAsJsonObject();
        }
        return null;
    }

    static ServerCapabilities capabilities() {
        ServerCapabilities c = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        c.setTextDocumentSync(sync);
        c.setCompletionProvider(new CompletionOptions(false, List.of(" ", ".", ">", "{")));
        c.setHoverProvider(true);
        c.setDefinitionProvider(true);
        c.setReferencesProvider(true);
        c.setRenameProvider(new RenameOptions(true));
        c.setDocumentSymbolProvider(true);
        c.setDocumentFormattingProvider(true);
        c.setWorkspaceSymbolProvider(true);
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix)));
        c.setInlayHintProvider(true);
        c.setCodeLensProvider(new CodeLensOptions(false));
        c.setFoldingRangeProvider(true);
        SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(
                new SemanticTokensLegend(SemanticTokens.TYPES, SemanticTokens.MODIFIERS), true, false);
        c.setSemanticTokensProvider(tokens);
        return c;
    }

    @Override
    public void initialized(InitializedParams params) {
        LanguageClient c = client;
        // Only where the client can watch files for the server; a client that watches on its own
        // (as vscode-languageclient's fileEvents did) would otherwise send every event twice.
        if (c == null || !watchedFilesRegistration) {
            log.info("the client does not watch files for the server: files changed on disk are seen when opened");
            return;
        }
        try {
            DidChangeWatchedFilesRegistrationOptions watch = new DidChangeWatchedFilesRegistrationOptions(List.of(
                    new FileSystemWatcher(Either.forLeft("**/*.fabric")),
                    new FileSystemWatcher(Either.forLeft("**/.fabric-lint.json")),
                    new FileSystemWatcher(Either.forLeft("**/*.json"))));
            c.registerCapability(new RegistrationParams(List.of(new Registration("fabric-watch",
                    "workspace/didChangeWatchedFiles", watch))));
        } catch (RuntimeException e) {
            log.info("the client does not watch files for us: " + e);
        }
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdown = true;
        scheduler.shutdown();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        log.info("exit" + (shutdown ? "" : " without shutdown"));
        requests.shutdownNow();
        scheduler.shutdown();
        scheduler.awaitStopped(1000);
        if (onExit != null) {
            onExit.run();
        }
    }

    boolean shutdownRequested() {
        return shutdown;
    }

    /** Whether `initialize` has been answered (requests before it are refused, see {@link LifecycleGate}). */
    boolean isInitialized() {
        return initialized;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documents;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    // ------------------------------------------------------------------ custom requests

    /** Params of the custom requests: the document's URI (and the report format; for `fabric/cables`, the link's line). */
    public static final class DocumentParams {
        public String uri;
        public String format;
        public Integer line;
    }

    /**
     * `fabric/powerSummary`: IT and facility power of the fabric, in watts, and as the report
     * writes them (`Figures.watts`), so that a client shows the same figures without formatting
     * them again.
     */
    public static final class PowerSummary {
        public double it;
        public double facility;
        public String itText;
        public String facilityText;
    }

    /** `fabric/report` and `fabric/diff`: the Markdown text. */
    public static final class ReportResult {
        public String text;
    }

    /** Params of `fabric/diff`: the document, and the git revision to compare with (default `HEAD`). */
    public static final class DiffParams {
        public String uri;
        public String base;
    }

    @JsonRequest("fabric/powerSummary")
    public CompletableFuture<PowerSummary> powerSummary(DocumentParams params) {
        return CompletableFuture.supplyAsync(() -> {
            FabricPlan plan = planOf(params);
            PowerSummary s = new PowerSummary();
            s.it = Math.round(plan.itWatts() * 10) / 10.0;
            s.facility = Math.round(plan.facilityWatts() * 10) / 10.0;
            s.itText = Figures.watts(plan.itWatts());
            s.facilityText = Figures.watts(plan.facilityWatts());
            return s;
        }, requests);
    }

    @JsonRequest("fabric/report")
    public CompletableFuture<ReportResult> report(DocumentParams params) {
        return CompletableFuture.supplyAsync(() -> {
            requireMarkdown(params, "report format");
            ReportResult r = new ReportResult();
            r.text = ReportMarkdown.render(planOf(params));
            return r;
        }, requests);
    }

    /**
     * `fabric/diff`: what the document's fabric, as the editor has it, changes against the same
     * fabric at a git revision (`fabric diff REV:PATH PATH --format markdown`).
     */
    @JsonRequest("fabric/diff")
    public CompletableFuture<ReportResult> diff(DiffParams params) {
        return CompletableFuture.supplyAsync(() -> {
            if (params == null || params.uri == null) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "missing \"uri\"", null));
            }
            String base = params.base == null || params.base.isBlank() ? "HEAD" : params.base;
            ReportResult r = new ReportResult();
            try {
                r.text = GitComparison.markdown(workspace, uris.path(params.uri), base);
            } catch (java.io.IOException e) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, e.getMessage(), null));
            }
            return r;
        }, requests);
    }

    /** `fabric/cables`: the markdown cut sheet of the link declared on {@code line} (0-based) of the document. */
    @JsonRequest("fabric/cables")
    public CompletableFuture<ReportResult> cables(DocumentParams params) {
        return CompletableFuture.supplyAsync(() -> {
            requireMarkdown(params, "format");
            if (params == null || params.line == null) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "missing \"line\"", null));
            }
            FabricPlan plan = planOf(params);
            Path file = uris.path(params.uri);
            var tree = workspace.tree(file);
            String text = tree == null ? null : CableSheets.markdown(tree, file, plan, params.line);
            if (text == null) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                        "no link is declared on line " + (params.line + 1) + " of " + params.uri, null));
            }
            ReportResult r = new ReportResult();
            r.text = text;
            return r;
        }, requests);
    }

    /** The custom requests render markdown only: any other `format` is refused. */
    private static void requireMarkdown(DocumentParams params, String what) {
        if (params != null && params.format != null && !params.format.equals("markdown")) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "unknown " + what + " '" + params.format + "'; the server renders \"markdown\"", null));
        }
    }

    private FabricPlan planOf(DocumentParams params) {
        if (params == null || params.uri == null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, "missing \"uri\"", null));
        }
        Path file = uris.path(params.uri);
        Analyzer.Analysis a;
        try {
            a = workspace.analyze(workspace.primaryRoot(file), () -> false);
        } catch (RuntimeException e) {
            log.error("analysis for " + params.uri + " failed", e);
            a = null;
        }
        if (a == null) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "cannot read " + params.uri, null));
        }
        return a.plan();
    }
}
