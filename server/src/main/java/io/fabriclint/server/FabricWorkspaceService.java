package io.fabriclint.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.fabriclint.analyzer.editor.EditorWorkspace;
import io.fabriclint.analyzer.editor.OpenDocuments;
import io.fabriclint.analyzer.editor.Symbols;
import io.fabriclint.syntax.SyntaxTree;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.WorkspaceService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** workspace/*: watched files (configs, catalogs, imported files) and workspace symbols. */
final class FabricWorkspaceService implements WorkspaceService {
    private static final int MAX_SYMBOLS = 1000;

    private final FabricLanguageServer server;
    private final ServerLog log;
    private final ExecutorService requests;

    FabricWorkspaceService(FabricLanguageServer server, ServerLog log, ExecutorService requests) {
        this.server = server;
        this.log = log;
        this.requests = requests;
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(
            WorkspaceSymbolParams params) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                EditorWorkspace ws = server.workspace();
                List<WorkspaceSymbol> out = new ArrayList<>();
                for (Symbols.WorkspaceSymbol s : Symbols.search(params.getQuery(), new ArrayList<>(ws.knownFiles()),
                        ws::tree, MAX_SYMBOLS)) {
                    SyntaxTree tree = ws.tree(s.file());
                    Location l = new Location(server.uris().uri(s.file()), Positions.of(tree).range(s.range()));
                    WorkspaceSymbol w = new WorkspaceSymbol(s.name(), Convert.kind(s.kind()), Either.forLeft(l));
                    w.setContainerName(s.container());
                    out.add(w);
                }
                return Either.<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>forRight(out);
            } catch (RuntimeException e) {
                log.error("workspace/symbol failed", e);
                return Either.forRight(List.of());
            }
        }, requests);
    }

    /**
     * `{ "fabric": { "catalogs": [...] } }` replaces the extra catalogs given in
     * initializationOptions (the VS Code extension sends it when `fabric.catalogs` changes).
     * Other settings are the client's own; rule severities live in `.fabric-lint.json`.
     */
    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        try {
            JsonObject settings = FabricLanguageServer.options(params.getSettings());
            JsonElement fabric = settings == null ? null : settings.get("fabric");
            if (fabric == null || !fabric.isJsonObject()) {
                return;
            }
            List<Path> catalogs = server.catalogPaths(fabric.getAsJsonObject().get("catalogs"));
            if (catalogs != null) {
                server.useCatalogs(catalogs);
            }
        } catch (RuntimeException e) {
            log.error("didChangeConfiguration failed", e);
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        try {
            List<Path> paths = new ArrayList<>();
            for (FileEvent e : params.getChanges()) {
                paths.add(server.uris().path(e.getUri()));
            }
            server.workspace().filesChanged(paths);
            for (OpenDocuments.Document d : server.workspace().documents()) {
                server.scheduler().edited(d.path());
            }
        } catch (RuntimeException e) {
            log.error("didChangeWatchedFiles failed", e);
        }
    }
}
