package io.fabriclint.server;

import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.editor.CodeActions;
import io.fabriclint.analyzer.editor.CompletionItem;
import io.fabriclint.analyzer.editor.Completions;
import io.fabriclint.analyzer.editor.Cursor;
import io.fabriclint.analyzer.editor.EditException;
import io.fabriclint.analyzer.editor.EditorWorkspace;
import io.fabriclint.analyzer.editor.Folding;
import io.fabriclint.analyzer.editor.Formatting;
import io.fabriclint.analyzer.editor.Hints;
import io.fabriclint.analyzer.editor.Hovers;
import io.fabriclint.analyzer.editor.ModuleDocs;
import io.fabriclint.analyzer.editor.Navigation;
import io.fabriclint.analyzer.editor.OpenDocuments;
import io.fabriclint.analyzer.editor.SemanticTokens;
import io.fabriclint.analyzer.editor.Span;
import io.fabriclint.analyzer.editor.Symbols;
import io.fabriclint.analyzer.editor.TextChange;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.syntax.SyntaxTree;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.TextDocumentService;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * textDocument/*: resolves the document, converts positions, calls one
 * editor service of the analyzer and converts its answer. Notifications update
 * the workspace at once (cheap: incremental parsing) and leave analysis to the
 * {@link AnalysisScheduler}; requests run on their own threads and read the
 * latest analysis without waiting for one in progress.
 */
final class FabricTextDocumentService implements TextDocumentService {
    private final FabricLanguageServer server;
    private final ServerLog log;
    private final ExecutorService requests;

    FabricTextDocumentService(FabricLanguageServer server, ServerLog log, ExecutorService requests) {
        this.server = server;
        this.log = log;
        this.requests = requests;
    }

    private EditorWorkspace workspace() {
        return server.workspace();
    }

    private Uris uris() {
        return server.uris();
    }

    // ------------------------------------------------------------------ notifications

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        guard("didOpen", () -> {
            var doc = params.getTextDocument();
            Path path = uris().path(doc.getUri());
            workspace().open(path, doc.getVersion(), doc.getText() == null ? "" : doc.getText());
            server.scheduler().edited(path);
        });
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        guard("didChange", () -> {
            String uri = params.getTextDocument().getUri();
            Path path = uris().path(uri);
            int version = params.getTextDocument().getVersion() == null ? 0 : params.getTextDocument().getVersion();
            OpenDocuments.Document before = workspace().document(path);
            if (before == null) {
                log.warn("ignoring a change to a document that is not open: " + uri);
                return;
            }
            try {
                // One change at a time: each range is in the text the previous changes left.
                for (TextDocumentContentChangeEvent change : params.getContentChanges()) {
                    TextChange c;
                    if (change.getRange() == null) {
                        c = TextChange.whole(change.getText());
                    } else {
                        Span span = Positions.of(workspace().document(path).tree()).span(change.getRange());
                        if (span == null) {
                            throw new EditException("range " + describe(change.getRange()) + " is not in the document");
                        }
                        c = new TextChange(span, change.getText());
                    }
                    workspace().change(path, version, List.of(c));
                }
            } catch (EditException e) {
                // The changes of one notification apply together or not at all.
                if (workspace().document(path) != before) {
                    workspace().open(path, before.version(), before.text());
                }
                log.warn("ignoring an edit that does not apply to " + uri + " (it stays at version " + before.version()
                        + "): " + e.getMessage());
                return;
            }
            server.scheduler().edited(path);
        });
    }

    private static String describe(Range r) {
        return describe(r.getStart()) + "-" + describe(r.getEnd());
    }

    private static String describe(Position p) {
        return p == null ? "?" : p.getLine() + ":" + p.getCharacter();
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        guard("didClose", () -> {
            Path path = uris().path(params.getTextDocument().getUri());
            workspace().close(path);
            server.scheduler().edited(path);
        });
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // The open document's text is what counts; nothing to do.
    }

    private void guard(String what, Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | StackOverflowError e) {
            log.error(what + " failed", e);
        }
    }

    /** Analyzes the fabrics containing a file and publishes every file they touch (on the analysis thread). */
    void refresh(Path path, BooleanSupplier cancelled) {
        Map<Path, List<Diagnostic>> result = workspace().refresh(path, cancelled);
        LanguageClient client = server.client();
        if (client == null) {
            return;
        }
        for (Map.Entry<Path, List<Diagnostic>> e : result.entrySet()) {
            Path p = e.getKey();
            List<Diagnostic> list = e.getValue();
            boolean forgotten = workspace().document(p) == null && !workspace().knownFiles().contains(p)
                    && !workspace().shownFiles().contains(p);
            publish(client, p, forgotten ? List.of() : list);
        }
        if (!result.containsKey(path) && workspace().document(path) == null) {
            publish(client, path, List.of());
        }
    }

    private void publish(LanguageClient client, Path p, List<Diagnostic> diagnostics) {
        SyntaxTree tree = workspace().tree(p);
        Positions pos = tree == null ? Positions.of(io.fabriclint.syntax.FabricSyntax.parse("")) : Positions.of(tree);
        List<org.eclipse.lsp4j.Diagnostic> out = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) {
            out.add(Convert.diagnostic(d, pos));
        }
        OpenDocuments.Document doc = workspace().document(p);
        PublishDiagnosticsParams params = new PublishDiagnosticsParams(uris().uri(p), out);
        if (doc != null) {
            params.setVersion(doc.version());
        }
        client.publishDiagnostics(params);
    }

    // ------------------------------------------------------------------ requests

    /** A request's context: the file, its current tree, and the position in code points. */
    private record At(Path file, SyntaxTree tree, Positions pos, int line, int column) {
    }

    private At at(String uri, Position position) {
        Path file = uris().path(uri);
        SyntaxTree tree = workspace().tree(file);
        if (tree == null) {
            return null;
        }
        Positions pos = Positions.of(tree);
        if (position == null) {
            return new At(file, tree, pos, 0, 0);
        }
        if (!pos.validLine(position.getLine()) || position.getCharacter() < 0) {
            log.info("position " + position.getLine() + ":" + position.getCharacter() + " is outside " + uri);
            return null;
        }
        return new At(file, tree, pos, position.getLine(), pos.column(position.getLine(), position.getCharacter()));
    }

    private <T> CompletableFuture<T> async(String what, T fallback, Supplier<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return work.get();
            } catch (ResponseErrorException | CancellationException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                log.error(what + " failed", e);
                return fallback;
            }
        }, requests);
    }

    private FabricPlan plan(Path file) {
        Analyzer.Analysis a = workspace().analysisFor(file);
        return a == null ? null : a.plan();
    }

    private FabricModel namesModel(Path file) {
        Analyzer.Analysis a = workspace().latestAnalysis(workspace().primaryRoot(file));
        return a != null ? a.model() : workspace().currentModel(file);
    }

    @Override
    public CompletableFuture<Either<List<org.eclipse.lsp4j.CompletionItem>, CompletionList>> completion(CompletionParams params) {
        return async("completion", Either.forRight(new CompletionList(false, List.of())), () -> {
            At at = at(params.getTextDocument().getUri(), params.getPosition());
            if (at == null) {
                return Either.forRight(new CompletionList(false, List.of()));
            }
            List<CompletionItem> items = Completions.complete(new Cursor(at.tree(), at.line(), at.column()),
                    namesModel(at.file()));
            List<org.eclipse.lsp4j.CompletionItem> out = new ArrayList<>(items.size());
            for (CompletionItem item : items) {
                out.add(Convert.completion(item, at.pos(), server.snippetSupport()));
            }
            return Either.forRight(new CompletionList(false, out));
        });
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.Hover> hover(HoverParams params) {
        return async("hover", null, () -> {
            At at = at(params.getTextDocument().getUri(), params.getPosition());
            if (at == null) {
                return null;
            }
            io.fabriclint.analyzer.editor.Hover h = Hovers.hover(new Cursor(at.tree(), at.line(), at.column()), at.file(),
                    plan(at.file()));
            if (h == null) {
                return null;
            }
            return new org.eclipse.lsp4j.Hover(new MarkupContent(MarkupKind.MARKDOWN, h.markdown()), at.pos().range(h.range()));
        });
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        return async("definition", Either.forLeft(List.of()), () -> {
            At at = at(params.getTextDocument().getUri(), params.getPosition());
            if (at == null) {
                return Either.forLeft(List.of());
            }
            Navigation.Definition d = Navigation.definition(workspace().currentModel(at.file()), at.file(), at.line(),
                    at.column());
            if (d == null) {
                return Either.forLeft(List.of());
            }
            if (d.location() != null) {
                return Either.forLeft(List.of(location(d.location())));
            }
            Path view = catalogView(d.builtIn());
            return Either.forLeft(view == null ? List.of() : List.of(new Location(view.toUri().toString(),
                    new Range(new Position(0, 0), new Position(0, 0)))));
        });
    }

    /** A read-only Markdown page of a built-in catalog entry, for "go to definition" on its name. */
    private Path catalogView(ModuleSpec spec) {
        try {
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "fabric-lsp-catalog");
            Files.createDirectories(dir);
            Path file = dir.resolve(spec.name().replaceAll("[^A-Za-z0-9._-]", "_") + ".md");
            String text = "<!-- Built-in catalog entry of fabric-lint (read-only). -->\n\n" + ModuleDocs.markdown(spec);
            if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                file.toFile().setWritable(true);
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
            file.toFile().setWritable(false, false);
            return file;
        } catch (IOException | RuntimeException e) {
            log.info("cannot write the catalog view of " + spec.name() + ": " + e);
            return null;
        }
    }

    private Location location(Navigation.Location l) {
        SyntaxTree tree = workspace().tree(l.file());
        Range range = tree == null ? new Range(new Position(l.range().startLine(), l.range().startColumn()),
                new Position(l.range().endLine(), l.range().endColumn())) : Positions.of(tree).range(l.range());
        return new Location(uris().uri(l.file()), range);
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        return async("references", List.of(), () -> {
            At at = at(params.getTextDocument().getUri(), params.getPosition());
            if (at == null) {
                return List.of();
            }
            boolean decl = params.getContext() == null || params.getContext().isIncludeDeclaration();
            List<Location> out = new ArrayList<>();
            for (Navigation.Location l : Navigation.references(workspace().currentModel(at.file()), at.file(), at.line(),
                    at.column(), decl)) {
                out.add(location(l));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior>> prepareRename(
            PrepareRenameParams params) {
        return async("prepareRename", null, () -> {
            At at = at(params.getTextDocument().getUri(), params.getPosition());
            if (at == null) {
                return null;
            }
            Navigation.RenameCheck check = Navigation.prepareRename(workspace().currentModel(at.file()), at.file(),
                    at.line(), at.column());
            if (check.error() != null) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, check.error(), null));
            }
            return Either3.forSecond(new PrepareRenameResult(at.pos().range(check.range()), check.placeholder()));
        });
    }

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        return async("rename", null, () -> {
            At at = at(params.getTextDocument().getUri(), params.getPosition());
            if (at == null) {
                return null;
            }
            Navigation.RenameResult result = Navigation.rename(workspace().currentModel(at.file()), at.file(), at.line(),
                    at.column(), params.getNewName());
            if (result.error() != null) {
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, result.error(), null));
            }
            return workspaceEdit(result.edits());
        });
    }

    private WorkspaceEdit workspaceEdit(Map<Path, List<Navigation.Edit>> edits) {
        Map<String, List<TextEdit>> changes = new java.util.LinkedHashMap<>();
        for (Map.Entry<Path, List<Navigation.Edit>> e : edits.entrySet()) {
            SyntaxTree tree = workspace().tree(e.getKey());
            Positions pos = tree == null ? null : Positions.of(tree);
            List<TextEdit> list = new ArrayList<>();
            for (Navigation.Edit edit : e.getValue()) {
                Range r = pos != null ? pos.range(edit.range()) : new Range(
                        new Position(edit.range().startLine(), edit.range().startColumn()),
                        new Position(edit.range().endLine(), edit.range().endColumn()));
                list.add(new TextEdit(r, edit.newText()));
            }
            changes.put(uris().uri(e.getKey()), list);
        }
        return new WorkspaceEdit(changes);
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return async("documentSymbol", List.of(), () -> {
            At at = at(params.getTextDocument().getUri(), null);
            if (at == null) {
                return List.of();
            }
            List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
            for (DocumentSymbol s : Convert.symbols(Symbols.outline(at.tree()), at.pos())) {
                out.add(Either.forRight(s));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return async("codeAction", List.of(), () -> {
            At at = at(params.getTextDocument().getUri(), null);
            if (at == null || params.getRange() == null) {
                return List.of();
            }
            List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
            if (only != null && !only.isEmpty() && only.stream().noneMatch(k -> CodeActionKind.QuickFix.startsWith(k)
                    || k.startsWith(CodeActionKind.QuickFix))) {
                return List.of();
            }
            int from = params.getRange().getStart().getLine();
            int to = params.getRange().getEnd().getLine();
            List<Diagnostic> here = new ArrayList<>();
            for (Diagnostic d : workspace().diagnostics(at.file())) {
                if (d.range().startLine() <= to && d.range().endLine() >= from) {
                    here.add(d);
                }
            }
            List<Either<Command, CodeAction>> out = new ArrayList<>();
            for (CodeActions.Fix fix : CodeActions.fixes(at.tree(), plan(at.file()), here)) {
                CodeAction action = new CodeAction(fix.title());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(Convert.diagnostic(fix.diagnostic(), at.pos())));
                action.setEdit(workspaceEdit(fix.edits()));
                action.setIsPreferred(fix.preferred());
                out.add(Either.forRight(action));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return async("inlayHint", List.of(), () -> {
            At at = at(params.getTextDocument().getUri(), null);
            if (at == null) {
                return List.of();
            }
            int from = params.getRange() == null ? 0 : params.getRange().getStart().getLine();
            int to = params.getRange() == null ? Integer.MAX_VALUE : params.getRange().getEnd().getLine();
            List<InlayHint> out = new ArrayList<>();
            for (Hints.InlayHint h : Hints.inlayHints(at.tree(), at.file(), plan(at.file()), from, to)) {
                InlayHint hint = new InlayHint(at.pos().position(h.line(), h.column()), Either.forLeft(h.label()));
                hint.setPaddingLeft(true);
                hint.setTooltip(h.tooltip());
                out.add(hint);
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        return async("codeLens", List.of(), () -> {
            At at = at(params.getTextDocument().getUri(), null);
            if (at == null) {
                return List.of();
            }
            List<CodeLens> out = new ArrayList<>();
            for (Hints.Lens lens : Hints.lenses(at.tree(), at.file(), plan(at.file()))) {
                // "Show cables" runs the client's command with the document and the link's line (fabric/cables).
                Command command = lens.showCables() == null ? new Command(lens.title(), "")
                        : new Command(lens.title(), Hints.SHOW_CABLES,
                        List.of(params.getTextDocument().getUri(), lens.showCables().line()));
                out.add(new CodeLens(at.pos().range(lens.range()), command, null));
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<org.eclipse.lsp4j.SemanticTokens> semanticTokensFull(SemanticTokensParams params) {
        return async("semanticTokens", new org.eclipse.lsp4j.SemanticTokens(List.of()), () -> {
            At at = at(params.getTextDocument().getUri(), null);
            if (at == null) {
                return new org.eclipse.lsp4j.SemanticTokens(List.of());
            }
            List<Integer> data = new ArrayList<>();
            int lastLine = 0;
            int lastChar = 0;
            for (SemanticTokens.Token t : SemanticTokens.classify(at.tree())) {
                int start = at.pos().character(t.line(), t.column());
                int length = at.pos().character(t.line(), t.column() + t.length()) - start;
                data.add(t.line() - lastLine);
                data.add(t.line() == lastLine ? start - lastChar : start);
                data.add(length);
                data.add(t.type());
                data.add(t.modifiers());
                lastLine = t.line();
                lastChar = start;
            }
            return new org.eclipse.lsp4j.SemanticTokens(data);
        });
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return async("foldingRange", List.of(), () -> {
            At at = at(params.getTextDocument().getUri(), null);
            if (at == null) {
                return List.of();
            }
            List<FoldingRange> out = new ArrayList<>();
            for (Folding.Fold f : Folding.ranges(at.tree())) {
                FoldingRange r = new FoldingRange(f.startLine(), f.endLine());
                r.setKind(switch (f.kind()) {
                    case REGION -> FoldingRangeKind.Region;
                    case COMMENT -> FoldingRangeKind.Comment;
                    case IMPORTS -> FoldingRangeKind.Imports;
                });
                out.add(r);
            }
            return out;
        });
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return async("formatting", List.of(), () -> {
            At at = at(params.getTextDocument().getUri(), null);
            if (at == null) {
                return List.of();
            }
            Formatting.Result result = Formatting.format(at.tree());
            if (result.refusal() != null) {
                log.warn(params.getTextDocument().getUri() + " " + result.refusal());
                return List.of();
            }
            List<TextEdit> out = new ArrayList<>();
            for (Navigation.Edit e : result.edits()) {
                out.add(new TextEdit(at.pos().range(e.range()), e.newText()));
            }
            return out;
        });
    }
}
