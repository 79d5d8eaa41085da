package io.fabriclint.cli.fuzz;

import com.google.gson.JsonParser;
import io.fabriclint.analyzer.catalog.ModuleCatalog;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.editor.CodeActions;
import io.fabriclint.analyzer.editor.CompletionItem;
import io.fabriclint.analyzer.editor.Completions;
import io.fabriclint.analyzer.editor.Cursor;
import io.fabriclint.analyzer.editor.Folding;
import io.fabriclint.analyzer.editor.Formatting;
import io.fabriclint.analyzer.editor.Hints;
import io.fabriclint.analyzer.editor.Hover;
import io.fabriclint.analyzer.editor.Hovers;
import io.fabriclint.analyzer.editor.IncrementalParser;
import io.fabriclint.analyzer.editor.Navigation;
import io.fabriclint.analyzer.editor.SemanticTokens;
import io.fabriclint.analyzer.editor.Symbols;
import io.fabriclint.analyzer.graph.DotGraph;
import io.fabriclint.analyzer.graph.MermaidGraph;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.ModelBuilder;
import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.project.LintResult;
import io.fabriclint.analyzer.report.FabricReport;
import io.fabriclint.analyzer.report.ReportMarkdown;
import io.fabriclint.analyzer.report.ReportText;
import io.fabriclint.analyzer.testing.FormatChecks;
import io.fabriclint.cli.output.DiagnosticOutput;
import io.fabriclint.cli.output.LintOutcome;
import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.SyntaxError;
import io.fabriclint.syntax.SyntaxToken;
import io.fabriclint.syntax.SyntaxTree;
import org.xml.sax.InputSource;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * One input through everything a user can reach: parse, lint, every output
 * format of `fabric lint`, `fabric report` (three formats), `fabric graph`
 * (two), `fmt`, and the editor services at positions across the document,
 * then random edits through the incremental parser. Throws on the first
 * broken promise: an exception escaping, a range outside its document (or
 * splitting a CRLF), an output its consumer cannot read, a `fmt` guarantee
 * broken, an incremental parse that differs from a full one.
 */
final class FuzzTarget {
    /** Imported files come from the checkout only, and only regular files of at most this size. */
    private static final long MAX_IMPORT_BYTES = 1 << 20;
    /** `fmt` is checked on inputs up to this size (it lints the text twice more). */
    private static final int MAX_FMT_CHECK = 1 << 14;

    /** Checkstyle's consumers read XML: a parser per worker thread (factories are slow to find). */
    private static final ThreadLocal<DocumentBuilder> XML = ThreadLocal.withInitial(() -> {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    private final Path repository;
    private final ModuleCatalog catalog = ModuleCatalog.builtIn();

    FuzzTarget(Path repository) {
        this.repository = repository;
    }

    /**
     * @param file where the input pretends to live (its imports resolve beside it)
     * @param random for positions and edits
     */
    void run(Path file, String text, Random random) throws Exception {
        SyntaxTree tree = FabricSyntax.parse(text);
        DocumentRanges doc = new DocumentRanges(file.getFileName().toString(), text);
        for (SyntaxToken t : tree.tokens()) {
            doc.check("token " + t.kind(), t.range());
        }
        for (SyntaxError e : tree.errors()) {
            doc.check("syntax error", e.range());
        }

        ModelBuilder builder = new ModelBuilder(path -> {
            if (path.equals(file)) {
                return tree;
            }
            if (!path.startsWith(repository) || !Files.isRegularFile(path) || Files.size(path) > MAX_IMPORT_BYTES) {
                throw new NoSuchFileException(path.toString());
            }
            return FabricSyntax.parse(Files.readString(path));
        }, catalog);
        FabricModel model = builder.build(file, text);
        Analyzer.Analysis analysis = new Analyzer().analyze(model);
        Map<Path, DocumentRanges> docs = new HashMap<>();
        for (SourceFile f : model.files()) {
            docs.put(f.path(), f.path().equals(file) ? doc : new DocumentRanges(f.path().toString(), f.tree().text()));
        }
        for (Diagnostic d : analysis.diagnostics()) {
            DocumentRanges in = docs.get(d.file());
            if (in == null) {
                throw new AssertionError(d.code() + " in a file the model does not hold: " + d.file());
            }
            in.check("diagnostic " + d.code(), d.range());
        }

        outputs(file, analysis, random.nextInt(4) == 0);
        FabricPlan plan = analysis.plan();
        JsonParser.parseString(FabricReport.jsonText(plan));
        ReportText.render(plan);
        ReportMarkdown.render(plan);
        DotGraph.render(plan);
        MermaidGraph.render(plan);

        if (text.length() <= MAX_FMT_CHECK) {
            String problem = FormatChecks.violation(file, text);
            if (problem != null) {
                throw new AssertionError("fmt: " + problem);
            }
        }
        editor(file, tree, model, plan, analysis.diagnostics(), doc, docs, random);
        incremental(tree, random);
    }

    /**
     * The `fabric lint` output formats, read back by a parser for the machine-readable ones. SARIF
     * (which lists every rule's documentation) and Checkstyle XML cost more than the rest of an
     * input together: {@code all} says whether to write them too (the campaign does for one input
     * in four; the diagnostics they render are the same the others render).
     */
    private static void outputs(Path file, Analyzer.Analysis analysis, boolean all) throws Exception {
        List<Path> files = analysis.model().files().stream().map(SourceFile::path).toList();
        LintResult result = new LintResult(files, analysis.diagnostics(), List.of(analysis), List.of());
        LintOutcome outcome = LintOutcome.of(result, false, null, List.of("lint", file.toString()));
        for (DiagnosticOutput.Format format : DiagnosticOutput.Format.values()) {
            if (!all && (format == DiagnosticOutput.Format.sarif || format == DiagnosticOutput.Format.checkstyle)) {
                continue;
            }
            StringWriter sw = new StringWriter();
            try (PrintWriter out = new PrintWriter(sw)) {
                DiagnosticOutput.of(format).write(out, outcome, format == DiagnosticOutput.Format.text);
            }
            String written = sw.toString();
            switch (format) {
                case json, sarif, gitlab -> JsonParser.parseString(written);
                case checkstyle -> XML.get().parse(new InputSource(new StringReader(written)));
                default -> {
                }
            }
        }
    }

    /** The editor services at the start, the end and random positions of the document. */
    private static void editor(Path file, SyntaxTree tree, FabricModel model, FabricPlan plan, List<Diagnostic> diagnostics,
                               DocumentRanges doc, Map<Path, DocumentRanges> docs, Random random) {
        for (Symbols.OutlineSymbol s : Symbols.outline(tree)) {
            outline(s, doc);
        }
        for (Folding.Fold f : Folding.ranges(tree)) {
            doc.checkLine("fold start", f.startLine());
            doc.checkLine("fold end", f.endLine());
        }
        for (SemanticTokens.Token t : SemanticTokens.classify(tree)) {
            doc.check("semantic token", new io.fabriclint.analyzer.editor.Span(t.line(), t.column(), t.line(),
                    t.column() + t.length()));
        }
        for (Hints.InlayHint h : Hints.inlayHints(tree, file, plan, 0, doc.lineCount() - 1)) {
            doc.check("inlay hint", io.fabriclint.analyzer.editor.Span.at(h.line(), h.column()));
        }
        for (Hints.Lens l : Hints.lenses(tree, file, plan)) {
            doc.check("code lens", l.range());
        }
        for (CodeActions.Fix fix : CodeActions.fixes(file, tree, plan, diagnostics)) {
            edits("quick fix '" + fix.title() + "'", fix.edits(), docs);
        }
        for (Navigation.Edit e : Formatting.format(tree).edits()) {
            doc.check("formatting edit", e.range());
        }
        List<int[]> positions = new ArrayList<>();
        positions.add(new int[]{0, 0});
        int last = doc.lineCount() - 1;
        positions.add(new int[]{last, doc.lineLength(last)});
        for (int k = 0; k < 2; k++) {
            int line = random.nextInt(doc.lineCount());
            positions.add(new int[]{line, random.nextInt(doc.lineLength(line) + 1)});
        }
        for (int[] p : positions) {
            Cursor cursor = new Cursor(tree, p[0], p[1]);
            Hover hover = Hovers.hover(cursor, file, plan);
            if (hover != null) {
                doc.check("hover", hover.range());
            }
            for (CompletionItem item : Completions.complete(cursor, model)) {
                doc.check("completion '" + item.label() + "'", item.replace());
            }
            Navigation.Definition definition = Navigation.definition(model, file, p[0], p[1]);
            if (definition != null && definition.location() != null) {
                location("definition", definition.location(), docs);
            }
            for (Navigation.Location l : Navigation.references(model, file, p[0], p[1], true)) {
                location("reference", l, docs);
            }
            Navigation.RenameCheck check = Navigation.prepareRename(model, file, p[0], p[1]);
            if (check != null && check.range() != null) {
                doc.check("rename range", check.range());
            }
            Navigation.RenameResult rename = Navigation.rename(model, file, p[0], p[1], "renamed2");
            if (rename != null && rename.edits() != null) {
                edits("rename", rename.edits(), docs);
            }
        }
    }

    private static void outline(Symbols.OutlineSymbol s, DocumentRanges doc) {
        doc.check("outline " + s.name(), s.range());
        doc.check("outline selection " + s.name(), s.selection());
        for (Symbols.OutlineSymbol child : s.children()) {
            outline(child, doc);
        }
    }

    private static void location(String what, Navigation.Location l, Map<Path, DocumentRanges> docs) {
        DocumentRanges in = docs.get(l.file());
        if (in != null) {
            in.check(what, l.range());
        }
    }

    private static void edits(String what, Map<Path, List<Navigation.Edit>> edits, Map<Path, DocumentRanges> docs) {
        for (Map.Entry<Path, List<Navigation.Edit>> e : edits.entrySet()) {
            DocumentRanges in = docs.get(e.getKey());
            if (in == null) {
                throw new AssertionError(what + " edits a file the model does not hold: " + e.getKey());
            }
            for (Navigation.Edit edit : e.getValue()) {
                in.check(what, edit.range());
            }
        }
    }

    /** Random edits applied incrementally must give the tree a full parse of the edited text gives. */
    private static void incremental(SyntaxTree tree, Random random) {
        SyntaxTree current = tree;
        for (int k = 0; k < 2; k++) {
            String text = current.text();
            int length = text.codePointCount(0, text.length());
            int start = random.nextInt(length + 1);
            int end = Math.min(length, start + (random.nextBoolean() ? 0 : random.nextInt(12)));
            String insert = switch (random.nextInt(5)) {
                case 0 -> "";
                case 1 -> String.valueOf("{}\n\r\"/*;:.x ".charAt(random.nextInt(12)));
                case 2 -> "\n}\ntier t {\n";
                case 3 -> "/*";
                default -> text.isEmpty() ? "a" : text.substring(0, Math.min(text.length(), random.nextInt(30)));
            };
            SyntaxTree incremental = IncrementalParser.apply(current, start, end, insert);
            String expected = text.substring(0, text.offsetByCodePoints(0, start)) + insert
                    + text.substring(text.offsetByCodePoints(0, end));
            SyntaxTree full = FabricSyntax.parse(expected);
            if (!incremental.text().equals(expected) || !incremental.tokens().equals(full.tokens())
                    || !incremental.declarations().equals(full.declarations())
                    || !incremental.errors().equals(full.errors()) || !sameLines(incremental, full)) {
                throw new AssertionError("incremental parse differs from a full parse after replacing code points ["
                        + start + ", " + end + ") with " + quote(insert) + " in:\n" + text);
            }
            current = incremental;
        }
    }

    private static boolean sameLines(SyntaxTree a, SyntaxTree b) {
        if (a.lines().lineCount() != b.lines().lineCount()) {
            return false;
        }
        for (int k = 0; k < a.lines().lineCount(); k++) {
            if (a.lines().lineStart(k) != b.lines().lineStart(k)) {
                return false;
            }
        }
        return true;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> sb.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '"' ? "\\\""
                : c < 0x20 || c >= 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.append('"').toString();
    }
}
