package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.format.FabricFormatter;
import io.fabriclint.analyzer.format.FormatResult;
import io.fabriclint.syntax.LineMap;
import io.fabriclint.syntax.SyntaxError;
import io.fabriclint.syntax.SyntaxTree;

import java.util.List;

/**
 * Whole-document formatting with the formatter `fabric fmt` uses, as one edit
 * covering only the part that changes (so the editor keeps the cursor and the
 * undo step small). A file with syntax errors is left alone, as `fabric fmt`
 * leaves it: the reason says why.
 */
public final class Formatting {
    private Formatting() {
    }

    /** The edits (none when the layout is already canonical), or the reason nothing can be formatted. */
    public record Result(List<Navigation.Edit> edits, String refusal) {
    }

    public static Result format(SyntaxTree tree) {
        String text = tree.text();
        FormatResult result = FabricFormatter.format(text);
        if (!result.isFormatted()) {
            SyntaxError first = result.syntaxErrors().get(0);
            return new Result(List.of(), "not formatted: the file has " + result.syntaxErrors().size()
                    + (result.syntaxErrors().size() == 1 ? " syntax error" : " syntax errors") + " (line "
                    + (first.range().startLine() + 1) + ": " + first.message() + ")");
        }
        String formatted = result.formatted();
        if (formatted.equals(text)) {
            return new Result(List.of(), null);
        }
        int[] a = text.codePoints().toArray();
        int[] b = formatted.codePoints().toArray();
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix] == b[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix] == b[b.length - 1 - suffix]) {
            suffix++;
        }
        // Never start or end between the `\r` and `\n` of a CRLF (a file may mix line breaks).
        if (prefix > 0 && prefix < a.length && a[prefix - 1] == '\r' && a[prefix] == '\n') {
            prefix--;
        }
        int end = a.length - suffix;
        if (end > 0 && end < a.length && a[end - 1] == '\r' && a[end] == '\n') {
            suffix--;
            end++;
        }
        LineMap lines = tree.lines();
        int start = prefix;
        String replacement = new String(b, prefix, b.length - suffix - prefix);
        Span span = new Span(lines.line(start), lines.column(start), lines.line(end), lines.column(end));
        return new Result(List.of(new Navigation.Edit(span, replacement)), null);
    }
}
