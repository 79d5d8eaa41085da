package io.fabriclint.cli.output;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.lint.LintRun;
import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.analyzer.rules.Analyzer;
import io.fabriclint.syntax.LineMap;
import io.fabriclint.syntax.SourceRange;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * `--format text`: `file:line:col: severity CODE message`, the source line and
 * a caret line under the range (the first line of a multi-line range), and a
 * summary. Colour only when asked for (a terminal, no NO_COLOR).
 */
final class TextOutput implements DiagnosticOutput {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    /** Code-point length per file text, so excerpts of ASCII files index chars directly. */
    private static final Map<String, Integer> BMP_ONLY = new java.util.IdentityHashMap<>();

    @Override
    public void write(PrintWriter out, LintRun.Result result, LintSummary summary, boolean color) {
        Map<Path, SourceFile> files = new HashMap<>();
        for (Analyzer.Analysis a : result.analyses()) {
            for (SourceFile f : a.model().files()) {
                files.putIfAbsent(f.path(), f);
            }
        }
        for (Diagnostic d : result.diagnostics()) {
            if (d.suppressed()) {
                continue;
            }
            SourceRange r = d.range();
            String where = DisplayPaths.of(d.file()) + ":" + (r.startLine() + 1) + ":" + (r.startColumn() + 1) + ":";
            String severity = d.severity().label();
            if (color) {
                out.println(BOLD + where + RESET + " " + colour(d) + severity + RESET + " " + BOLD + d.code() + RESET
                        + " " + d.message());
            } else {
                out.println(where + " " + severity + " " + d.code() + " " + d.message());
            }
            SourceFile file = files.get(d.file());
            if (file != null) {
                excerpt(out, file, r, color ? colour(d) : null);
            }
        }
        out.println(summaryLine(summary));
    }

    static String summaryLine(LintSummary s) {
        return s.files() + (s.files() == 1 ? " file" : " files") + " checked: " + s.errors() + plural(" error", s.errors())
                + ", " + s.warnings() + plural(" warning", s.warnings()) + ", " + s.infos() + plural(" info", s.infos());
    }

    private static String plural(String word, int n) {
        return n == 1 || word.endsWith("info") ? word : word + "s";
    }

    private static void excerpt(PrintWriter out, SourceFile file, SourceRange r, String colour) {
        String text = file.tree().text();
        LineMap lines = file.tree().lines();
        if (r.startLine() >= lines.lineCount()) {
            return;
        }
        int start = lines.lineStart(r.startLine());
        int end = r.startLine() + 1 < lines.lineCount() ? lines.lineStart(r.startLine() + 1) : Integer.MAX_VALUE;
        String line = codePoints(text, start, end).replaceAll("[\\r\\n]+$", "").replace('\t', ' ');
        String number = String.valueOf(r.startLine() + 1);
        String gutter = " ".repeat(number.length());
        out.println(" " + number + " | " + line);
        int caretEnd = r.endLine() == r.startLine() ? r.endColumn() : line.codePointCount(0, line.length());
        int width = Math.max(1, caretEnd - r.startColumn());
        String carets = " ".repeat(Math.max(0, r.startColumn())) + "^".repeat(width);
        out.println(" " + gutter + " | " + (colour == null ? carets : colour + carets + RESET));
    }

    /** The text between two code-point offsets. */
    private static String codePoints(String text, int start, int end) {
        if (text.length() == BMP_ONLY.computeIfAbsent(text, t -> t.codePointCount(0, t.length()))) {
            return text.substring(Math.min(start, text.length()), Math.min(end, text.length()));
        }
        int from = text.offsetByCodePoints(0, Math.min(start, text.codePointCount(0, text.length())));
        int total = text.codePointCount(0, text.length());
        int to = end >= total ? text.length() : text.offsetByCodePoints(0, end);
        return text.substring(from, to);
    }

    private static String colour(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> "\u001b[31;1m";
            case WARNING -> "\u001b[33;1m";
            case INFO -> "\u001b[36;1m";
        };
    }
}
