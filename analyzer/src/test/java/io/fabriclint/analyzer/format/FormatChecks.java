package io.fabriclint.analyzer.format;

import io.fabriclint.analyzer.catalog.ModuleCatalog;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.ModelBuilder;
import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.analyzer.report.FabricReport;
import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.SyntaxToken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What formatting must not change, in comparable form. */
final class FormatChecks {
    private FormatChecks() {
    }

    /**
     * Every token but whitespace, line breaks and `;` separators, as `KIND text`;
     * comments with the trailing blanks of their lines removed (the formatter strips them).
     */
    static List<String> significantTokens(String text) {
        List<String> out = new ArrayList<>();
        for (SyntaxToken t : FabricSyntax.parse(text).tokens()) {
            if (t.kind() == SyntaxToken.Kind.WHITESPACE || t.kind() == SyntaxToken.Kind.NEWLINE
                    || (t.kind() == SyntaxToken.Kind.PUNCTUATION && t.text().equals(";"))) {
                continue;
            }
            String body = t.isComment()
                    ? t.text().replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t\\f]+(?=\n|$)", "")
                    : t.text();
            out.add(t.kind() + " " + body);
        }
        return out;
    }

    /** The comments of a text, normalized as in {@link #significantTokens}. */
    static List<String> comments(String text) {
        return significantTokens(text).stream()
                .filter(s -> s.startsWith("LINE_COMMENT") || s.startsWith("BLOCK_COMMENT")).toList();
    }

    /** Diagnostics and report of the fabric rooted at {@code root}, texts read from {@code texts} first, then disk. */
    record Analysis(List<String> diagnostics, String report) {
    }

    static Analysis analyze(Path root, Map<Path, String> texts) throws IOException {
        ModelBuilder builder = new ModelBuilder(path -> {
            String t = texts.get(path);
            if (t != null) {
                return FabricSyntax.parse(t);
            }
            if (!Files.isRegularFile(path)) {
                throw new NoSuchFileException(path.toString());
            }
            return FabricSyntax.parse(Files.readString(path));
        }, ModuleCatalog.builtIn());
        FabricModel model = builder.build(root);
        Analyzer.Analysis analysis = new Analyzer().analyze(model);
        List<String> diagnostics = new ArrayList<>();
        for (Diagnostic d : analysis.diagnostics()) {
            SourceFile file = model.file(d.file());
            String at = file == null ? "" : source(file.tree().text(), d.range().startOffset(), d.range().endOffset());
            // Positions move when the layout changes; what is reported, and on which text, must not.
            diagnostics.add(d.file().getFileName() + " " + d.code() + " " + d.severity() + " "
                    + (d.suppressed() ? "suppressed " : "") + d.message().replaceAll("line \\d+", "line #")
                    + " @ " + at.replaceAll("[\\s;]+", ""));
        }
        diagnostics.sort(null);
        return new Analysis(diagnostics, FabricReport.jsonText(analysis.plan()));
    }

    private static String source(String text, int start, int end) {
        int total = text.codePointCount(0, text.length());
        int from = text.offsetByCodePoints(0, Math.min(start, total));
        int to = text.offsetByCodePoints(0, Math.min(end, total));
        return text.substring(from, to);
    }
}
