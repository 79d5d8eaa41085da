package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.project.DiskFiles;
import io.fabriclint.analyzer.project.FabricProject;
import io.fabriclint.analyzer.project.LintResult;
import io.fabriclint.analyzer.project.ProjectSettings;
import io.fabriclint.syntax.SyntaxTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor services on real text, without any protocol. */
class EditorServicesTest {
    @TempDir
    Path dir;
    Path pod;
    EditorWorkspace ws;

    @BeforeEach
    void setUp() throws Exception {
        pod = dir.resolve("pod.fabric");
        Files.writeString(pod, TestTexts.SMALL);
        ws = new EditorWorkspace(List.of(dir), List.of(), s -> { });
        ws.open(pod, 1, TestTexts.SMALL);
    }

    private int line(String text, String pattern) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(pattern)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + pattern);
    }

    private int col(String text, String pattern) {
        return text.split("\n", -1)[line(text, pattern)].indexOf(pattern);
    }

    private Cursor cursor(int line, int column) {
        return new Cursor(ws.tree(pod), line, column);
    }

    private FabricPlan plan() {
        return ws.analysisFor(pod).plan();
    }

    private void edit(int line, int column, int endLine, int endColumn, String text) throws EditException {
        ws.change(pod, 2, List.of(new TextChange(new Span(line, column, endLine, endColumn), text)));
    }

    private static String key(Diagnostic d) {
        return d.code() + " " + d.range() + " " + d.severity() + " " + d.message();
    }

    @Test
    void diagnosticsAreTheOnesFabricLintReports() throws Exception {
        Files.writeString(dir.resolve(".fabric-lint.json"), "{ \"rules\": { \"FAB304\": \"off\", \"FAB502\": \"error\" } }");
        ws = new EditorWorkspace(List.of(dir), List.of(), s -> { });
        ws.open(pod, 1, TestTexts.SMALL);
        Map<Path, List<Diagnostic>> shown = ws.refresh(pod, () -> false);
        LintResult lint = new FabricProject(new DiskFiles(), new ProjectSettings(List.of())).lint(List.of(pod));
        List<String> expected = lint.diagnostics().stream().filter(d -> !d.suppressed()).map(EditorServicesTest::key).toList();
        assertEquals(expected, shown.get(pod).stream().map(EditorServicesTest::key).toList());
        Set<String> codes = shown.get(pod).stream().map(Diagnostic::code).collect(Collectors.toSet());
        assertTrue(codes.containsAll(Set.of("FAB302", "FAB303", "FAB401")), codes.toString());
        assertFalse(codes.contains("FAB304"), "configured off");
    }

    @Test
    void aBrokenConfigurationIsReportedOnceAndTheDefaultsApply() throws Exception {
        Files.writeString(dir.resolve(".fabric-lint.json"), "{ \"rules\": { \"FAB304\": \"loud\" } }");
        List<String> messages = new java.util.concurrent.CopyOnWriteArrayList<>();
        ws = new EditorWorkspace(List.of(dir), List.of(), messages::add);
        ws.open(pod, 1, TestTexts.SMALL);
        for (int i = 0; i < 3; i++) {
            edit(0, 0, 0, 0, "// edit " + i + "\n");
            ws.refresh(pod, () -> false);
        }
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("unknown severity \"loud\""), messages.get(0));
        assertTrue(ws.diagnostics(pod).stream().anyMatch(d -> d.code().equals("FAB304")), "defaults apply");
    }

    @Test
    void anIncrementalEditIsAnalyzedAgain() throws Exception {
        int fiber = line(TestTexts.SMALL, "fiber OM4");
        edit(fiber, 0, fiber, 0, "  lenght 30m\n");
        List<Diagnostic> after = ws.refresh(pod, () -> false).get(pod);
        Diagnostic typo = after.stream().filter(d -> d.code().equals("FAB004")).findFirst().orElseThrow();
        assertEquals(fiber, typo.range().startLine());
        assertEquals("length", typo.suggestion());
        edit(fiber, 2, fiber, 8, "connectors");
        assertTrue(ws.refresh(pod, () -> false).get(pod).stream().noneMatch(d -> d.code().equals("FAB004")));
        assertTrue(ws.tree(pod).text().contains("  connectors 30m\n"));
    }

    @Test
    void anEditOutsideTheDocumentIsRefusedAndChangesNothing() {
        String before = ws.tree(pod).text();
        org.junit.jupiter.api.Assertions.assertThrows(EditException.class, () -> edit(500, 0, 500, 1, "x"));
        org.junit.jupiter.api.Assertions.assertThrows(EditException.class, () -> edit(1, 400, 1, 401, "x"));
        assertEquals(before, ws.tree(pod).text());
    }

    @Test
    void importedAndImportingFilesArePublishedTogether() throws Exception {
        Path optics = dir.resolve("optics.fabric");
        String opticsText = "module MY-SR8 {\n  like QDD-400G-SR8\n  power 9W\n}\n";
        Files.writeString(optics, opticsText);
        Path main = dir.resolve("main.fabric");
        String mainText = "import \"optics.fabric\"\n" + TestTexts.SMALL.replace("module QDD-400G-SR8", "module MY-SR8");
        Files.writeString(main, mainText);
        ws = new EditorWorkspace(List.of(dir), List.of(), s -> { });
        ws.open(optics, 1, opticsText);
        assertEquals(List.of(main), ws.rootsOf(optics));
        ws.change(optics, 2, List.of(new TextChange(new Span(2, 2, 2, 7), "pwr")));
        Map<Path, List<Diagnostic>> shown = ws.refresh(optics, () -> false);
        assertTrue(shown.containsKey(main), "the importing file is published too");
        assertTrue(shown.get(optics).stream().anyMatch(d -> d.code().equals("FAB004")));
        // Removing the import in the (open) importer makes the module file a fabric of its own again.
        ws.open(main, 1, mainText);
        ws.change(main, 2, List.of(new TextChange(new Span(0, 0, 1, 0), "")));
        assertEquals(List.of(optics), ws.rootsOf(optics));
        Map<Path, List<Diagnostic>> alone = ws.refresh(main, () -> false);
        assertTrue(alone.get(main).stream().anyMatch(d -> d.code().equals("FAB002")), "MY-SR8 is unknown now");
        assertEquals(List.of(), alone.getOrDefault(optics, List.of()), "optics.fabric left main's fabric: cleared");
        ws.change(main, 3, List.of(new TextChange(new Span(0, 0, 0, 0), "import \"optics.fabric\"\n")));
        assertEquals(List.of(main), ws.rootsOf(optics));
        // Renaming the module renames its use in the importing file.
        Navigation.RenameResult r = Navigation.rename(ws.currentModel(optics), optics, 0, 8, "ACME-SR8");
        assertNull(r.error());
        assertEquals(Set.of(optics, main), r.edits().keySet());
    }

    @Test
    void completionAtTopLevelOffersDeclarationSnippets() {
        int blank = line(TestTexts.SMALL, "rack row") - 1;
        List<CompletionItem> items = Completions.complete(cursor(blank, 0), plan().model());
        Set<String> labels = items.stream().map(CompletionItem::label).collect(Collectors.toSet());
        assertTrue(labels.containsAll(Set.of("tier", "link", "module", "rack")), labels.toString());
        CompletionItem tier = items.stream().filter(i -> i.label().equals("tier")).findFirst().orElseThrow();
        assertTrue(tier.snippet() && tier.insertText().startsWith("tier ${1:name} {"));
        assertEquals("tier name {", Snippets.plain(tier.insertText()).lines().findFirst().orElseThrow());
    }

    @Test
    void completionOnABlankLineOfALinkOffersLinkPropertiesWithDocs() throws Exception {
        int fiber = line(TestTexts.SMALL, "fiber OM4");
        edit(fiber, 0, fiber, 0, "  \n");
        List<CompletionItem> items = Completions.complete(cursor(fiber, 2), plan().model());
        Map<String, CompletionItem> byLabel = items.stream().collect(Collectors.toMap(CompletionItem::label, i -> i));
        assertEquals(Set.of("count", "module", "fiber", "length", "connectors", "fec", "wiring", "labels", "description"),
                byLabel.keySet());
        assertTrue(byLabel.get("fiber").documentation().contains("OM3, OM4, OM5 or OS2"));
    }

    @Test
    void moduleCompletionRanksModulesThatFitThePortFirst() throws Exception {
        int module = line(TestTexts.SMALL, "module QDD-400G-SR8");
        edit(module, 0, module, 21, "  module QDD-4");
        List<CompletionItem> items = new ArrayList<>(Completions.complete(cursor(module, 13), plan().model()));
        items.sort(Comparator.comparing(CompletionItem::sortText));
        CompletionItem sr8 = items.stream().filter(i -> i.label().equals("QDD-400G-SR8")).findFirst().orElseThrow();
        assertTrue(sr8.detail().contains("QSFP-DD 400G") && sr8.detail().contains("OM4 100m") && sr8.detail().contains("10W"),
                sr8.detail());
        assertEquals(new Span(module, 9, module, 13), sr8.replace());
        // gpu.nic is QSFP-DD at 400G: 400G QSFP-DD/QSFP112 modules first, an OSFP module last.
        int osfp = indexOf(items, "OSFP-800G-DR8");
        assertTrue(indexOf(items, "QDD-400G-SR8") < indexOf(items, "QDD-800G-DR8"));
        assertTrue(indexOf(items, "QDD-800G-DR8") < osfp || items.get(osfp).sortText().startsWith("2"));
        assertTrue(items.get(0).sortText().startsWith("0"));
        assertTrue(items.get(osfp).sortText().startsWith("2"));
    }

    private static int indexOf(List<CompletionItem> items, String label) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).label().equals(label)) {
                return i;
            }
        }
        throw new AssertionError(label);
    }

    @Test
    void fiberCompletionOffersOnlyWhatTheModuleSupports() throws Exception {
        int fiber = line(TestTexts.SMALL, "fiber OM4");
        edit(fiber, 8, fiber, 11, "");
        Set<String> labels = Completions.complete(cursor(fiber, 8), plan().model()).stream().map(CompletionItem::label)
                .collect(Collectors.toSet());
        assertEquals(Set.of("OM3", "OM4", "OM5"), labels, "QDD-400G-SR8 is multimode: no OS2");
    }

    @Test
    void completionOffersPortReferencesUnitsAndRacks() throws Exception {
        int end = TestTexts.SMALL.split("\n", -1).length - 1;
        edit(end, 0, end, 0, "link gpu.nic -> le");
        Set<String> ports = Completions.complete(cursor(end, 18), plan().model()).stream().map(CompletionItem::label)
                .collect(Collectors.toSet());
        assertTrue(ports.containsAll(Set.of("leaf.down", "leaf.up", "gpu.nic")), ports.toString());
        int length = line(TestTexts.SMALL, "length 20m");
        edit(length, 11, length, 12, "");
        Set<String> units = Completions.complete(cursor(length, 11), plan().model()).stream().map(CompletionItem::label)
                .collect(Collectors.toSet());
        assertEquals(Set.of("20m", "20km"), units);
        int rack = line(TestTexts.SMALL, "  rack row");
        Set<String> racks = Completions.complete(cursor(rack, 7), plan().model()).stream().map(CompletionItem::label)
                .collect(Collectors.toSet());
        assertEquals(Set.of("row"), racks);
    }

    @Test
    void hoverOnATierShowsItsPowerBreakdownAndPorts() {
        int leaf = line(TestTexts.SMALL, "tier leaf");
        Hover h = Hovers.hover(cursor(leaf, 6), pod, plan());
        assertNotNull(h);
        // leaf: 2 kW base + 64 SR8 ends spread over 8 leaves = 8 x 10 W per device.
        assertTrue(h.markdown().contains("| base | 2,000 W |"), h.markdown());
        assertTrue(h.markdown().contains("| 8 × QDD-400G-SR8 (10 W each) | 80 W |"), h.markdown());
        assertTrue(h.markdown().contains("**2,080 W**"), h.markdown());
        assertTrue(h.markdown().contains("8 × 2,080 W = **16.6 kW**"), h.markdown());
        assertTrue(h.markdown().contains("| down (32 × QSFP-DD 400G) | 64 | 192 | 256 |"), h.markdown());
        assertEquals(new Span(leaf, 5, leaf, 9), h.range());
    }

    @Test
    void hoverOnALinkShowsBandwidthBreakoutReachMarginModulesAndFibers() {
        int link = line(TestTexts.SMALL, "link gpu.nic");
        String md = Hovers.hover(cursor(link, 1), pod, plan()).markdown();
        assertTrue(md.contains("64 × 400G = **25.6 Tb/s**"), md);
        assertTrue(md.contains("breakout: 1:1"), md);
        assertTrue(md.contains("64 × QDD-400G-SR8 at gpu, 64 × QDD-400G-SR8 at leaf"), md);
        assertTrue(md.contains("fibers: 1,024 strands"), md);
        assertTrue(md.contains("QDD-400G-SR8 100m on OM4; link 20m, margin 80m"), md);
    }

    @Test
    void hoverOnRackModuleAndFabric() {
        int rack = line(TestTexts.SMALL, "rack row {");
        String rackMd = Hovers.hover(cursor(rack, 6), pod, plan()).markdown();
        // one rack: 4 leaves (2,080 W) + 4 gpu servers (1,080 W) = 12,640 W of 10 kW
        assertTrue(rackMd.contains("units: 44U of 42U"), rackMd);
        assertTrue(rackMd.contains("power: 12.6 kW of 10.0 kW budget (126.4%)"), rackMd);
        int module = line(TestTexts.SMALL, "module QDD-400G-SR8");
        String moduleMd = Hovers.hover(cursor(module, 12), pod, plan()).markdown();
        assertTrue(moduleMd.contains("| reach | OM3 70m, OM4 100m, OM5 100m |"), moduleMd);
        int fabric = line(TestTexts.SMALL, "fabric pod");
        String fabricMd = Hovers.hover(cursor(fabric, 8), pod, plan()).markdown();
        // IT = 8 x 2,080 + 8 x 1,080 = 25,280 W; facility x 1.5 = 37,920 W
        assertTrue(fabricMd.contains("IT power: **25.3 kW**"), fabricMd);
        assertTrue(fabricMd.contains("facility power: **37.9 kW** (PUE 1.5)"), fabricMd);
    }

    /** Issue 10: a code on the second line of a block comment was placed on the comment's first line. */
    @Test
    void hoverOnARuleCodeInsideAMultiLineBlockCommentCoversTheCode() {
        String text = "/*\nFAB101*/\ntier a { count 1 }\n";
        Cursor c = new Cursor(io.fabriclint.syntax.FabricSyntax.parse(text), 1, 2);
        Hover h = Hovers.hover(c, pod, null);
        assertNotNull(h);
        assertTrue(h.markdown().contains("FAB101"), h.markdown());
        assertEquals(new Span(1, 0, 1, 6), h.range());
    }

    @Test
    void definitionReferencesAndRename() {
        int link = line(TestTexts.SMALL, "link gpu.nic");
        int leafCol = col(TestTexts.SMALL, "leaf.down {");
        var model = ws.currentModel(pod);
        Navigation.Definition d = Navigation.definition(model, pod, link, leafCol + 1);
        assertEquals(new Span(line(TestTexts.SMALL, "tier leaf"), 5, line(TestTexts.SMALL, "tier leaf"), 9),
                d.location().range());
        List<Navigation.Location> refs = Navigation.references(model, pod, link, leafCol + 1, true);
        assertEquals(2, refs.size());
        Navigation.RenameResult r = Navigation.rename(model, pod, link, leafCol + 1, "tor");
        assertNull(r.error());
        assertEquals(2, r.edits().get(pod).size());
        int port = col(TestTexts.SMALL, "down {");
        Navigation.RenameResult portRename = Navigation.rename(model, pod, link, port + 1, "downlink");
        assertEquals(Set.of(new Span(line(TestTexts.SMALL, "port down"), 7, line(TestTexts.SMALL, "port down"), 11),
                new Span(link, port, link, port + 4)), portRename.edits().get(pod).stream().map(Navigation.Edit::range)
                .collect(Collectors.toSet()));
        assertNotNull(Navigation.rename(model, pod, link, leafCol + 1, "gpu").error(), "a tier gpu exists");
        assertNotNull(Navigation.rename(model, pod, link, leafCol + 1, "bad name").error());
        int module = line(TestTexts.SMALL, "module QDD-400G-SR8");
        assertNotNull(Navigation.prepareRename(model, pod, module, 12).error(), "catalog modules are not renamed");
        assertNotNull(Navigation.definition(model, pod, module, 12).builtIn());
    }

    @Test
    void outlineHasTiersWithTheirPortsLinksAndRacks() {
        List<Symbols.OutlineSymbol> outline = Symbols.outline(ws.tree(pod));
        assertEquals(List.of("pod", "row", "leaf", "gpu", "gpu.nic -> leaf.down"),
                outline.stream().map(Symbols.OutlineSymbol::name).toList());
        assertEquals(List.of("down", "up"), outline.get(2).children().stream().map(Symbols.OutlineSymbol::name).toList());
        List<String> found = Symbols.search("leaf.", List.of(pod), ws::tree, 100).stream()
                .map(s -> s.container() == null ? s.name() : s.container() + "." + s.name()).toList();
        assertTrue(found.containsAll(List.of("leaf.down", "leaf.up")) && !found.contains("gpu.nic"), found.toString());
    }

    private String applied(Map<Path, List<Navigation.Edit>> edits) throws EditException {
        List<Navigation.Edit> list = new ArrayList<>(edits.get(pod));
        list.sort(Comparator.comparingInt((Navigation.Edit e) -> e.range().startLine())
                .thenComparingInt(e -> e.range().startColumn()).reversed());
        for (Navigation.Edit e : list) {
            ws.change(pod, 3, List.of(new TextChange(e.range(), e.newText())));
        }
        return ws.tree(pod).text();
    }

    @Test
    void quickFixesForATypoAndForALinkLongerThanItsReach() throws Exception {
        int length = line(TestTexts.SMALL, "length 20m");
        edit(length, 2, length, 12, "lenght 300m");
        List<Diagnostic> shown = ws.refresh(pod, () -> false).get(pod);
        List<CodeActions.Fix> fixes = CodeActions.fixes(ws.tree(pod), plan(), shown);
        CodeActions.Fix typo = fixes.stream().filter(f -> f.title().equals("Change to 'length'")).findFirst().orElseThrow();
        applied(typo.edits());
        shown = ws.refresh(pod, () -> false).get(pod);
        Diagnostic reach = shown.stream().filter(d -> d.code().equals("FAB101")).findFirst().orElseThrow();
        assertEquals("QDD-400G-SR8 reaches 100m on OM4; this link is 300m", reach.message());
        fixes = CodeActions.fixes(ws.tree(pod), plan(), List.of(reach));
        CodeActions.Fix best = fixes.get(0);
        // No 400G module for these QSFP-DD cages reaches 300 m on multimode: the cheapest single-mode one, on OS2.
        assertEquals("Use Q112-400G-DR4 on OS2 (reaches 500m, 9W)", best.title());
        applied(best.edits());
        Set<String> codes = ws.refresh(pod, () -> false).get(pod).stream().map(Diagnostic::code).collect(Collectors.toSet());
        assertFalse(codes.contains("FAB101") || codes.contains("FAB102") || codes.contains("FAB201"), codes.toString());
    }

    @Test
    void aSuppressionQuickFixSilencesTheDiagnostic() throws Exception {
        List<Diagnostic> shown = ws.refresh(pod, () -> false).get(pod);
        Diagnostic density = shown.stream().filter(d -> d.code().equals("FAB302")).findFirst().orElseThrow();
        CodeActions.Fix fix = CodeActions.fixes(ws.tree(pod), plan(), List.of(density)).stream()
                .filter(f -> f.title().startsWith("Suppress")).findFirst().orElseThrow();
        String text = applied(fix.edits());
        assertTrue(text.contains("  // fabric-lint: ignore FAB302\n  height 1U"), text);
        Set<String> codes = ws.refresh(pod, () -> false).get(pod).stream().map(Diagnostic::code).collect(Collectors.toSet());
        assertFalse(codes.contains("FAB302") || codes.contains("FAB009"), codes.toString());
    }

    @Test
    void inlayHintsLensesSemanticTokensAndFolds() {
        SyntaxTree tree = ws.tree(pod);
        List<Hints.InlayHint> hints = Hints.inlayHints(tree, pod, plan(), 0, 1000);
        int leaf = line(TestTexts.SMALL, "tier leaf");
        assertTrue(hints.stream().anyMatch(h -> h.line() == leaf && h.label().equals(" 2,080 W/device · 16.6 kW")),
                hints.toString());
        assertTrue(hints.stream().anyMatch(h -> h.label().equals(" 25.6 Tb/s")));
        assertTrue(Hints.lenses(tree, pod, plan()).stream().anyMatch(l -> l.title().startsWith("IT 25.3 kW · facility 37.9 kW")));
        List<SemanticTokens.Token> tokens = SemanticTokens.classify(tree);
        assertTrue(tokens.contains(new SemanticTokens.Token(leaf, 0, 4, SemanticTokens.KEYWORD, 0)));
        assertTrue(tokens.contains(new SemanticTokens.Token(leaf, 5, 4, SemanticTokens.CLASS, SemanticTokens.DECLARATION)));
        int module = line(TestTexts.SMALL, "module QDD-400G-SR8");
        assertTrue(tokens.contains(new SemanticTokens.Token(module, 9, 12, SemanticTokens.TYPE, SemanticTokens.DEFAULT_LIBRARY)));
        assertTrue(Folding.ranges(tree).contains(new Folding.Fold(leaf, leaf + 6, Folding.Kind.REGION)));
    }

    @Test
    void everyServiceAnswersOnBrokenText() throws Exception {
        ws.change(pod, 9, List.of(TextChange.whole("tier leaf {\n  count\n  port down: 32 x\nlink leaf. -> { module\n\"open")));
        ws.refresh(pod, () -> false);
        SyntaxTree tree = ws.tree(pod);
        for (int l = 0; l < tree.lines().lineCount(); l++) {
            for (int c = 0; c < 20; c++) {
                Cursor cur = new Cursor(tree, l, c);
                Completions.complete(cur, plan().model());
                Hovers.hover(cur, pod, plan());
                Navigation.definition(ws.currentModel(pod), pod, l, c);
                Navigation.prepareRename(ws.currentModel(pod), pod, l, c);
            }
        }
        assertFalse(Symbols.outline(tree).isEmpty());
        SemanticTokens.classify(tree);
        Folding.ranges(tree);
        Hints.inlayHints(tree, pod, plan(), 0, 100);
        CodeActions.fixes(tree, plan(), ws.diagnostics(pod));
    }
}
