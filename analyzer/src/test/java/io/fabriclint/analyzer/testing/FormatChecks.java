package io.fabriclint.analyzer.testing;

import io.fabriclint.analyzer.catalog.ModuleCatalog;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.format.FabricFormatter;
import io.fabriclint.analyzer.format.FormatResult;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.ModelBuilder;
import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.analyzer.report.FabricReport;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.SourceRange;
import io.fabriclint.syntax.SyntaxToken;
import io.fabriclint.syntax.SyntaxTree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What formatting must not change, in comparable form, and the check that it
 * did not (docs/formatting.md, "Guarantees"): used by the formatter's property
 * and corpus tests and by the fuzz suite.
 */
public final class FormatChecks {
    /** Imported files are read from disk only when they are regular files of at most this size. */
    private static final long MAX_IMPORT_BYTES = 1 << 20;
    /** What the grammar skips as whitespace (`WS`, line breaks), which formatting may change. */
    private static final String BLANKS = "[\\s\\u00A0\\uFEFF]+";

    private FormatChecks() {
    }

    /**
     * Why formatting {@code text} (as the file {@code root}) breaks a guarantee, or null when it
     * keeps them all: text with syntax errors is refused with exactly its errors; otherwise
     * fmt(fmt(x)) == fmt(x), every token and comment is kept in order, and lint gives the same
     * codes, severities and messages in the same declarations on the same text, suppressions
     * included, and the same report.
     */
    public static String violation(Path root, String text) throws IOException {
        FormatResult result = FabricFormatter.format(text);
        SyntaxTree tree = FabricSyntax.parse(text);
        if (tree.hasErrors()) {
            if (result.isFormatted()) {
                return "text with syntax errors was formatted";
            }
            return tree.errors().equals(result.syntaxErrors()) ? null : "refused with other errors than the parser's";
        }
        if (!result.isFormatted()) {
            return "text without syntax errors was refused: " + result.syntaxErrors();
        }
        String out = result.formatted();
        FormatResult again = FabricFormatter.format(out);
        if (!again.isFormatted()) {
            return "the formatted text has syntax errors " + again.syntaxErrors() + ":\n" + out;
        }
        if (!out.equals(again.formatted())) {
            return "fmt(fmt(x)) != fmt(x):\n" + out + "\n=>\n" + again.formatted();
        }
        if (!significantTokens(tree).equals(significantTokens(FabricSyntax.parse(out)))) {
            return "tokens or comments changed:\n" + out;
        }
        Analysis before = analyze(root, Map.of(root, text));
        Analysis after = analyze(root, Map.of(root, out));
        if (!before.diagnostics().equals(after.diagnostics())) {
            return "lint results changed:\n" + String.join("\n", before.diagnostics()) + "\n=>\n"
                    + String.join("\n", after.diagnostics()) + "\nformatted:\n" + out;
        }
        if (!before.report().equals(after.report())) {
            return "report changed:\n" + out;
        }
        return null;
    }

    /**
     * Every token but whitespace, line breaks and `;` separators, as `KIND text`;
     * comments with the trailing blanks of their lines removed (the formatter strips them).
     */
    public static List<String> significantTokens(String text) {
        return significantTokens(FabricSyntax.parse(text));
    }

    private static List<String> significantTokens(SyntaxTree tree) {
        List<String> out = new ArrayList<>();
        for (SyntaxToken t : tree.tokens()) {
            if (t.kind() == SyntaxToken.Kind.WHITESPACE || t.kind() == SyntaxToken.Kind.NEWLINE
                    || (t.kind() == SyntaxToken.Kind.PUNCTUATION && t.text().equals(";"))) {
                continue;
            }
            // `\z`, not `$`: `$` also matches before a final U+2028, which Java counts as a line end.
            String body = t.isComment()
                    ? t.text().replace("\r\n", "\n").replace('\r', '\n').replaceAll("[ \\t\\f]+(?=\n|\\z)", "")
                    : t.text();
            out.add(t.kind() + " " + body);
        }
        return out;
    }

    /** The comments of a text, normalized as in {@link #significantTokens}. */
    public static List<String> comments(String text) {
        return significantTokens(text).stream()
                .filter(s -> s.startsWith("LINE_COMMENT") || s.startsWith("BLOCK_COMMENT")).toList();
    }

    /** Diagnostics and report of the fabric rooted at {@code root}, texts read from {@code texts} first, then disk. */
    public record Analysis(List<String> diagnostics, String report) {
    }

    public static Analysis analyze(Path root, Map<Path, String> texts) throws IOException {
        ModelBuilder builder = new ModelBuilder(path -> {
            String t = texts.get(path);
            if (t != null) {
                return FabricSyntax.parse(t);
            }
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_IMPORT_BYTES) {
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
            // Positions move when the layout changes, and messages quote values as written (a list's
            // spacing, `line N`); what is reported, in which declaration and on which text, must not.
            diagnostics.add(d.file().getFileName() + " " + d.code() + " " + d.severity() + " "
                    + (d.suppressed() ? "suppressed " : "")
                    + d.message().replaceAll("line \\d+|\\.fabric:\\d+", "line #").replaceAll(BLANKS, "")
                    + " in " + (file == null ? "" : declaration(file.tree(), d.range().startOffset()))
                    + " @ " + at.replaceAll(BLANKS, "").replace(";", ""));
        }
        diagnostics.sort(null);
        return new Analysis(diagnostics, FabricReport.jsonText(analysis.plan()));
    }

    /** `#3 Block`: the declaration (by position in its file, and kind) that holds the offset; `top` outside all. */
    private static String declaration(SyntaxTree tree, int offset) {
        List<Declaration> all = tree.declarations();
        for (int k = 0; k < all.size(); k++) {
            SourceRange r = all.get(k).range();
            if (offset >= r.startOffset() && offset < Math.max(r.endOffset(), r.startOffset() + 1)) {
                return "#" + k + " " + all.get(k).getClass().getSimpleName();
            }
        }
        return "top";
    }

    private static String source(String text, int start, int end) {
        int total = text.codePointCount(0, text.length());
        int from = text.offsetByCodePoints(0, Math.min(start, total));
        int to = text.offsetByCodePoints(0, Math.min(end, total));
        return text.substring(from, to);
    }
}
