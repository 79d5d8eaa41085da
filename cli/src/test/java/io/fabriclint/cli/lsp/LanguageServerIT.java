package io.fabriclint.cli.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.fabriclint.analyzer.values.Figures;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.SemanticTokens;
import org.eclipse.lsp4j.SemanticTokensParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Drives the built `fabric lsp` over stdio with LSP4J's client launcher, as an
 * editor would, on copies of the examples.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LanguageServerIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    static Path root;
    static Path seed;
    static Path main;
    static Path optics;
    static ServerProcess lsp;
    static InitializeResult init;
    static String seedText;

    @BeforeAll
    static void start() throws Exception {
        root = Files.createTempDirectory("fabric-lsp-it");
        Path examples = Path.of(System.getProperty("fabric.examples", "../examples")).toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(examples)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".fabric")).toList()) {
                Path to = root.resolve(examples.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to);
            }
        }
        seed = root.resolve("seed-1024-gpu-pod.fabric");
        main = root.resolve("site/main.fabric");
        optics = root.resolve("site/optics.fabric");
        seedText = Files.readString(seed);
        lsp = new ServerProcess();
        init = lsp.initialize(root);
    }

    @AfterAll
    static void stop() throws Exception {
        if (lsp != null) {
            lsp.close();
        }
    }

    static String uri(Path p) {
        return p.toUri().toString();
    }

    static int line(String text, String pattern) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(pattern)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + pattern);
    }

    static int col(String text, String pattern) {
        return text.split("\n", -1)[line(text, pattern)].indexOf(pattern);
    }

    static void open(Path p) throws IOException {
        lsp.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                new TextDocumentItem(uri(p), "fabric", 1, Files.readString(p))));
    }

    static void change(Path p, int version, Range range, String text) {
        lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(p), version), List.of(new TextDocumentContentChangeEvent(range, text))));
    }

    static Range at(int line, int from, int to) {
        return new Range(new Position(line, from), new Position(line, to));
    }

    static JsonObject cli(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("java", "-jar", ServerProcess.jar().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return JsonParser.parseString(out).getAsJsonObject();
    }

    static Hover hover(Path p, int line, int character) throws Exception {
        return lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri(p)),
                new Position(line, character))).get(30, TimeUnit.SECONDS);
    }

    static List<CompletionItem> complete(Path p, int line, int character) throws Exception {
        var result = lsp.server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri(p)),
                new Position(line, character))).get(30, TimeUnit.SECONDS);
        return result.isLeft() ? result.getLeft() : result.getRight().getItems();
    }

    @Test
    @Order(1)
    void initializeAdvertisesTheFeatures() {
        var caps = init.getCapabilities();
        assertEquals(Boolean.TRUE, caps.getHoverProvider().getLeft());
        assertTrue(caps.getRenameProvider().getRight().getPrepareProvider());
        assertEquals(List.of("keyword", "property", "type", "class", "namespace", "variable", "enumMember", "number",
                "string", "comment", "operator"), caps.getSemanticTokensProvider().getLegend().getTokenTypes());
        assertNotNull(caps.getCompletionProvider());
        assertNotNull(caps.getCodeActionProvider());
        assertEquals(Boolean.TRUE, caps.getInlayHintProvider().getLeft());
        assertEquals(Boolean.TRUE, caps.getDocumentFormattingProvider().getLeft());
    }

    @Test
    @Order(2)
    void openingAFilePublishesTheDiagnosticsFabricLintPrints() throws Exception {
        open(seed);
        PublishDiagnosticsParams got = lsp.diagnostics(uri(seed), p -> !p.getDiagnostics().isEmpty(), WAIT);
        Set<String> fromServer = new TreeSet<>();
        for (Diagnostic d : got.getDiagnostics()) {
            fromServer.add(d.getCode().getLeft() + " " + d.getRange().getStart().getLine() + ":"
                    + d.getRange().getStart().getCharacter() + "-" + d.getRange().getEnd().getLine() + ":"
                    + d.getRange().getEnd().getCharacter() + " " + d.getSeverity().name().toLowerCase().replace("information", "info")
                    + " " + d.getMessage().getLeft());
            assertEquals("fabric-lint", d.getSource());
            assertTrue(d.getCodeDescription().getHref().endsWith("/docs/rules/" + d.getCode().getLeft() + ".md"));
        }
        Set<String> fromLint = new TreeSet<>();
        for (JsonElement e : cli("lint", "--format", "json", seed.toString()).getAsJsonArray("diagnostics")) {
            JsonObject d = e.getAsJsonObject();
            fromLint.add(d.get("code").getAsString() + " " + (d.get("line").getAsInt() - 1) + ":"
                    + (d.get("column").getAsInt() - 1) + "-" + (d.get("endLine").getAsInt() - 1) + ":"
                    + (d.get("endColumn").getAsInt() - 1) + " " + d.get("severity").getAsString() + " "
                    + d.get("message").getAsString());
        }
        assertEquals(fromLint, fromServer);
        assertTrue(fromServer.stream().anyMatch(s -> s.startsWith("FAB303 ")), fromServer.toString());
    }

    @Test
    @Order(3)
    void incrementalEditsAreAnalyzedAgain() throws Exception {
        int length = line(seedText, "length 30m");
        change(seed, 2, at(length, 2, 8), "lenght");
        PublishDiagnosticsParams typo = lsp.diagnostics(uri(seed), p -> p.getDiagnostics().stream()
                .anyMatch(d -> d.getCode().getLeft().equals("FAB004")), WAIT);
        Diagnostic d = typo.getDiagnostics().stream().filter(x -> x.getCode().getLeft().equals("FAB004")).findFirst().get();
        assertEquals(at(length, 2, 8), d.getRange());
        assertEquals(2, typo.getVersion());

        List<Either<Command, CodeAction>> actions = lsp.server.getTextDocumentService().codeAction(new CodeActionParams(
                new TextDocumentIdentifier(uri(seed)), at(length, 2, 8), new CodeActionContext(List.of(d))))
                .get(30, TimeUnit.SECONDS);
        CodeAction fix = actions.stream().map(Either::getRight).filter(a -> a.getTitle().equals("Change to 'length'"))
                .findFirst().orElseThrow(() -> new AssertionError(actions.toString()));
        assertEquals("quickfix", fix.getKind());
        TextEdit edit = fix.getEdit().getChanges().get(uri(seed)).get(0);
        assertEquals(new TextEdit(at(length, 2, 8), "length"), edit);
        assertTrue(actions.stream().map(Either::getRight).anyMatch(a -> a.getTitle().equals("Suppress FAB004 on this line")));

        change(seed, 3, edit.getRange(), edit.getNewText());
        lsp.diagnostics(uri(seed), p -> p.getVersion() == 3 && p.getDiagnostics().stream()
                .noneMatch(x -> x.getCode().getLeft().equals("FAB004")), WAIT);
    }

    @Test
    @Order(4)
    void completionOffersCatalogModulesAndLinkProperties() throws Exception {
        int module = line(seedText, "module OSFP-400G-SR4 -> QDD-400G-SR8");
        int c = seedText.split("\n", -1)[module].indexOf("QDD-400G-SR8");
        change(seed, 4, at(module, c, c + "QDD-400G-SR8".length()), "QDD-4");
        List<CompletionItem> items = complete(seed, module, c + 5);
        CompletionItem sr8 = items.stream().filter(i -> i.getLabel().equals("QDD-400G-SR8")).findFirst()
                .orElseThrow(() -> new AssertionError(items.toString()));
        assertTrue(sr8.getDetail().contains("QSFP-DD 400G") && sr8.getDetail().contains("10W"), sr8.getDetail());
        assertEquals(at(module, c, c + 5), sr8.getTextEdit().getLeft().getRange());
        change(seed, 5, at(module, c, c + 5), "QDD-400G-SR8");

        int blank = line(seedText, "length 30m");
        change(seed, 6, new Range(new Position(blank, 0), new Position(blank, 0)), "  \n");
        Set<String> props = complete(seed, blank, 2).stream().map(CompletionItem::getLabel).collect(Collectors.toSet());
        assertTrue(props.containsAll(Set.of("fiber", "length", "module", "connectors")), props.toString());
        change(seed, 7, new Range(new Position(blank, 0), new Position(blank + 1, 0)), "");
        lsp.diagnostics(uri(seed), p -> p.getVersion() == 7, WAIT);
    }

    @Test
    @Order(5)
    void hoverOnATierShowsThePowerFabricReportComputes() throws Exception {
        JsonObject report = cli("report", "--format", "json", seed.toString());
        JsonObject leaf = report.getAsJsonObject("tiers").getAsJsonObject("leaf");
        int tier = line(seedText, "tier leaf");
        Hover h = hover(seed, tier, 6);
        String md = h.getContents().getRight().getValue();
        assertTrue(md.contains("| **device** | **" + Figures.watts(leaf.get("devicePower").getAsDouble()) + "** |"), md);
        assertTrue(md.contains("= **" + Figures.watts(leaf.get("power").getAsDouble()) + "**"), md);
        assertTrue(md.contains("| base | " + Figures.watts(leaf.get("basePower").getAsDouble()) + " |"), md);
        assertEquals(at(tier, 5, 9), h.getRange());

        var power = lsp.launcher.getRemoteEndpoint().request("fabric/powerSummary", Map.of("uri", uri(seed)))
                .get(30, TimeUnit.SECONDS);
        JsonObject summary = JsonParser.parseString(new com.google.gson.Gson().toJson(power)).getAsJsonObject();
        assertEquals(report.getAsJsonObject("power").get("it").getAsDouble(), summary.get("it").getAsDouble(), 0.05);
        assertEquals(report.getAsJsonObject("power").get("facility").getAsDouble(), summary.get("facility").getAsDouble(), 0.05);
        // The figures as the report writes them, so that no client formats them again.
        assertEquals(Figures.watts(report.getAsJsonObject("power").get("it").getAsDouble()), summary.get("itText").getAsString());
        assertEquals(Figures.watts(report.getAsJsonObject("power").get("facility").getAsDouble()),
                summary.get("facilityText").getAsString());
        var markdown = lsp.launcher.getRemoteEndpoint().request("fabric/report", Map.of("uri", uri(seed), "format", "markdown"))
                .get(30, TimeUnit.SECONDS);
        String text = JsonParser.parseString(new com.google.gson.Gson().toJson(markdown)).getAsJsonObject().get("text").getAsString();
        assertTrue(text.startsWith("## Fabric report"), text);
    }

    @Test
    @Order(6)
    void definitionReferencesAndRenameAcrossImportedFiles() throws Exception {
        open(main);
        String mainText = Files.readString(main);
        int link = line(mainText, "module Q112-400G-DR4 -> ACME-800G-DR8");
        int acme = mainText.split("\n", -1)[link].indexOf("ACME-800G-DR8");
        var defs = lsp.server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri(main)),
                new Position(link, acme + 2))).get(30, TimeUnit.SECONDS).getLeft();
        String opticsText = Files.readString(optics);
        assertEquals(1, defs.size());
        assertEquals(uri(optics), defs.get(0).getUri());
        assertEquals(at(line(opticsText, "module ACME-800G-DR8 {"), 7, 20), defs.get(0).getRange());

        int builtIn = mainText.split("\n", -1)[link].indexOf("Q112-400G-DR4");
        var view = lsp.server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri(main)),
                new Position(link, builtIn + 1))).get(30, TimeUnit.SECONDS).getLeft();
        assertTrue(view.get(0).getUri().endsWith("Q112-400G-DR4.md"), view.toString());
        Path page = Path.of(java.net.URI.create(view.get(0).getUri()));
        assertTrue(Files.readString(page).contains("| reach | OS2 500m |"));
        assertFalse(Files.getPosixFilePermissions(page).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE),
                "the catalog view is read-only");

        int tierLine = line(mainText, "tier leaf");
        List<? extends Location> refs = lsp.server.getTextDocumentService().references(new ReferenceParams(
                new TextDocumentIdentifier(uri(main)), new Position(tierLine, 6), new ReferenceContext(true)))
                .get(30, TimeUnit.SECONDS);
        assertEquals(Set.of(tierLine, line(mainText, "link server.nic"), line(mainText, "link leaf.up")),
                refs.stream().map(l -> l.getRange().getStart().getLine()).collect(Collectors.toSet()));

        var prepared = lsp.server.getTextDocumentService().prepareRename(new PrepareRenameParams(
                new TextDocumentIdentifier(uri(main)), new Position(link, acme + 2))).get(30, TimeUnit.SECONDS);
        assertEquals("ACME-800G-DR8", prepared.getSecond().getPlaceholder());
        WorkspaceEdit rename = lsp.server.getTextDocumentService().rename(new RenameParams(
                new TextDocumentIdentifier(uri(main)), new Position(link, acme + 2), "ACME-DR8")).get(30, TimeUnit.SECONDS);
        assertEquals(Set.of(uri(main), uri(optics)), rename.getChanges().keySet());
        assertEquals(List.of(new TextEdit(at(link, acme, acme + 13), "ACME-DR8")), rename.getChanges().get(uri(main)));

        ExecutionException refused = assertThrows(ExecutionException.class, () -> lsp.server.getTextDocumentService()
                .prepareRename(new PrepareRenameParams(new TextDocumentIdentifier(uri(main)), new Position(link, builtIn + 1)))
                .get(30, TimeUnit.SECONDS));
        assertTrue(refused.getCause() instanceof ResponseErrorException, refused.toString());
    }

    @Test
    @Order(7)
    void editingAnImportedFilePublishesItsImporterToo() throws Exception {
        open(optics);
        lsp.clearPublished();
        String opticsText = Files.readString(optics);
        int like = line(opticsText, "like QDD-800G-DR8");
        change(optics, 2, at(like, 7, 19), "QDD-800G-XX9");
        PublishDiagnosticsParams p = lsp.diagnostics(uri(optics), x -> x.getDiagnostics().stream()
                .anyMatch(d -> d.getCode().getLeft().equals("FAB002")), WAIT);
        assertEquals(2, p.getVersion());
        lsp.diagnostics(uri(main), x -> true, WAIT);
        change(optics, 3, at(like, 7, 19), "QDD-800G-DR8");
        lsp.diagnostics(uri(optics), x -> x.getDiagnostics().isEmpty(), WAIT);
    }

    @Test
    @Order(75)
    void anUnopenedImportedFileIsReadFromDiskWhenItChanges() throws Exception {
        lsp.server.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(
                new TextDocumentIdentifier(uri(optics))));
        String original = Files.readString(optics);
        try {
            Files.writeString(optics, original.replace("  power 16W", "  powr 16W"));
            lsp.clearPublished();
            lsp.server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
                    List.of(new org.eclipse.lsp4j.FileEvent(uri(optics), org.eclipse.lsp4j.FileChangeType.Changed))));
            PublishDiagnosticsParams p = lsp.diagnostics(uri(optics), x -> x.getDiagnostics().stream()
                    .anyMatch(d -> d.getCode().getLeft().equals("FAB004")), WAIT);
            assertNull(p.getVersion(), "not an open document");
        } finally {
            Files.writeString(optics, original);
        }
        lsp.server.getWorkspaceService().didChangeWatchedFiles(new org.eclipse.lsp4j.DidChangeWatchedFilesParams(
                List.of(new org.eclipse.lsp4j.FileEvent(uri(optics), org.eclipse.lsp4j.FileChangeType.Changed))));
        lsp.diagnostics(uri(optics), x -> x.getDiagnostics().isEmpty(), WAIT);
    }

    @Test
    @Order(76)
    void theFabricCatalogsSettingReplacesTheCatalogsAndAnalyzesAgain() throws Exception {
        Path catalog = root.resolve("lab-catalog.json");
        Files.writeString(catalog, """
                { "modules": [ { "name": "LAB-800G-DR8", "formFactor": "QSFP-DD", "speed": "800G",
                  "lanes": "8 x 100G DR", "media": "SMF", "reach": { "OS2": "500m" }, "fibers": 16,
                  "power": "15W" } ] }
                """);
        Path lab = root.resolve("lab.fabric");
        Files.writeString(lab, seedText.replace("  module QDD-800G-DR8", "  module LAB-800G-DR8"));
        open(lab);
        lsp.diagnostics(uri(lab), x -> x.getDiagnostics().stream().anyMatch(d -> d.getMessage().getLeft().contains("LAB-800G-DR8")), WAIT);

        lsp.clearPublished();
        lsp.server.getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(
                JsonParser.parseString("{\"fabric\": {\"catalogs\": [\"lab-catalog.json\"]}}")));
        lsp.diagnostics(uri(lab), x -> x.getDiagnostics().stream().noneMatch(d -> d.getMessage().getLeft().contains("LAB-800G-DR8")), WAIT);

        lsp.clearPublished();
        lsp.server.getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(
                JsonParser.parseString("{\"fabric\": {\"catalogs\": []}}")));
        lsp.diagnostics(uri(lab), x -> x.getDiagnostics().stream().anyMatch(d -> d.getMessage().getLeft().contains("LAB-800G-DR8")), WAIT);
        lsp.server.getTextDocumentService().didClose(new org.eclipse.lsp4j.DidCloseTextDocumentParams(
                new TextDocumentIdentifier(uri(lab))));
    }

    @Test
    @Order(80)
    void symbolsTokensFoldsHintsAndLenses() throws Exception {
        String mainText = Files.readString(main);
        List<Either<SymbolInformation, DocumentSymbol>> symbols = lsp.server.getTextDocumentService()
                .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri(main)))).get(30, TimeUnit.SECONDS);
        Map<String, DocumentSymbol> byName = symbols.stream().map(Either::getRight)
                .collect(Collectors.toMap(DocumentSymbol::getName, s -> s, (a, b) -> a));
        assertTrue(byName.keySet().containsAll(Set.of("inference-site", "server", "leaf", "spine",
                "server.nic -> leaf.down", "leaf.up -> spine.down")), byName.keySet().toString());
        assertEquals(List.of("down", "up"), byName.get("leaf").getChildren().stream().map(DocumentSymbol::getName).toList());

        SemanticTokens tokens = lsp.server.getTextDocumentService().semanticTokensFull(new SemanticTokensParams(
                new TextDocumentIdentifier(uri(main)))).get(30, TimeUnit.SECONDS);
        List<Integer> data = tokens.getData();
        assertEquals(0, data.size() % 5);
        // Decode: the `tier` keyword and the name after it on the `tier leaf` line.
        int tierLine = line(mainText, "tier leaf");
        int lineNo = 0;
        int ch = 0;
        List<int[]> onTierLine = new ArrayList<>();
        for (int i = 0; i < data.size(); i += 5) {
            lineNo += data.get(i);
            ch = data.get(i) == 0 ? ch + data.get(i + 1) : data.get(i + 1);
            if (lineNo == tierLine) {
                onTierLine.add(new int[]{ch, data.get(i + 2), data.get(i + 3), data.get(i + 4)});
            }
        }
        assertEquals(List.of("0:4:0:0", "5:4:3:1"), onTierLine.stream().limit(2)
                .map(t -> t[0] + ":" + t[1] + ":" + t[2] + ":" + t[3]).toList());

        var folds = lsp.server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(
                new TextDocumentIdentifier(uri(main)))).get(30, TimeUnit.SECONDS);
        assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == tierLine), folds.toString());

        List<InlayHint> hints = lsp.server.getTextDocumentService().inlayHint(new InlayHintParams(
                new TextDocumentIdentifier(uri(main)), new Range(new Position(0, 0), new Position(200, 0))))
                .get(30, TimeUnit.SECONDS);
        // leaf: 1,100 W + 32 x 16 W + 32 x 18 W = 2,188 W per device (the example's own comment), 4 devices.
        assertTrue(hints.stream().anyMatch(h -> h.getLabel().getLeft().equals(" 2,188 W/device · 8,752 W")), hints.toString());
        var lenses = lsp.server.getTextDocumentService().codeLens(new org.eclipse.lsp4j.CodeLensParams(
                new TextDocumentIdentifier(uri(main)))).get(30, TimeUnit.SECONDS);
        // IT 425,760 W and facility 574,776 W at PUE 1.35 (the example's own comment).
        assertTrue(lenses.stream().anyMatch(l -> l.getCommand().getTitle().startsWith("IT 425.8 kW · facility 574.8 kW")),
                lenses.toString());
    }

    @Test
    @Order(90)
    void formattingGivesWhatFabricFmtWrites() throws Exception {
        Path messy = root.resolve("messy.fabric");
        String text = "rack row {count 2;height 42U}\n\n\n\ntier leaf {\n      count 8   // eight\n  rack row\n}\n";
        Files.writeString(messy, text);
        open(messy);
        List<? extends TextEdit> edits = lsp.server.getTextDocumentService().formatting(
                new org.eclipse.lsp4j.DocumentFormattingParams(new TextDocumentIdentifier(uri(messy)),
                        new org.eclipse.lsp4j.FormattingOptions(2, true))).get(30, TimeUnit.SECONDS);
        assertEquals(1, edits.size());
        Process fmt = new ProcessBuilder("java", "-jar", ServerProcess.jar().toString(), "fmt", "-").start();
        fmt.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        fmt.getOutputStream().close();
        String expected = new String(fmt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(fmt.waitFor(60, TimeUnit.SECONDS));
        assertEquals(expected, applyEdit(text, edits.get(0)));
    }

    /** Applies one edit to a text of single-byte characters. */
    static String applyEdit(String text, TextEdit edit) {
        String[] lines = text.split("\n", -1);
        int start = 0;
        for (int i = 0; i < edit.getRange().getStart().getLine(); i++) {
            start += lines[i].length() + 1;
        }
        start += edit.getRange().getStart().getCharacter();
        int end = 0;
        for (int i = 0; i < edit.getRange().getEnd().getLine(); i++) {
            end += lines[i].length() + 1;
        }
        end += edit.getRange().getEnd().getCharacter();
        return text.substring(0, start) + edit.getNewText() + text.substring(end);
    }

    @Test
    @Order(100)
    void badInputIsAnsweredOrIgnoredAndTheServerKeepsServing() throws Exception {
        // A hover far outside the document answers nothing, without an error.
        assertNull(hover(seed, 99_999, 3));
        // An unknown method is an error response.
        ExecutionException unknown = assertThrows(ExecutionException.class, () -> lsp.launcher.getRemoteEndpoint()
                .request("fabric/noSuchMethod", Map.of()).get(30, TimeUnit.SECONDS));
        assertEquals(ResponseErrorCode.MethodNotFound.getValue(),
                ((ResponseErrorException) unknown.getCause()).getResponseError().getCode());
        // An edit that does not apply is ignored (and logged); the document stays as it was.
        change(seed, 20, at(50_000, 0, 3), "xyz");
        // Malformed JSON-RPC on the wire.
        byte[] garbage = "{ this is not json".getBytes(StandardCharsets.UTF_8);
        synchronized (lsp.stdin) {
            lsp.stdin.write(("Content-Length: " + garbage.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            lsp.stdin.write(garbage);
            lsp.stdin.flush();
        }
        int tier = line(seedText, "tier leaf");
        Hover h = hover(seed, tier, 6);
        assertNotNull(h, "still serving after bad input");
        assertTrue(lsp.logs("ignoring an edit that does not apply", WAIT), lsp.log());
    }

    @Test
    @Order(110)
    void shutdownAndExitEndTheProcessWithStatusZero() throws Exception {
        lsp.server.shutdown().get(30, TimeUnit.SECONDS);
        lsp.server.exit();
        assertTrue(lsp.process.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, lsp.process.exitValue());
    }
}
