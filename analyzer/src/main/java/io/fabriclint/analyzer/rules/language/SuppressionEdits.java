package io.fabriclint.analyzer.rules.language;

import io.fabriclint.analyzer.diagnostics.Suppressions;
import io.fabriclint.analyzer.rules.TextEdit;
import io.fabriclint.syntax.LineMap;
import io.fabriclint.syntax.SourceRange;
import io.fabriclint.syntax.SyntaxTree;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edit that takes one code out of a suppression comment: the comment
 * keeps its other codes and its reason; a comment left with no code goes,
 * with its line when it stood alone.
 */
final class SuppressionEdits {
    private static final Pattern DIRECTIVE = Pattern.compile("(fabric-lint:\\s*(?:ignore-file|ignore))((?:[\\s,]+[A-Z]+[0-9]+)+)");

    private SuppressionEdits() {
    }

    static TextEdit without(SyntaxTree tree, Suppressions.Suppression s, String code) {
        String comment = text(tree, s.range());
        Matcher m = DIRECTIVE.matcher(comment);
        if (m.find() && s.codes().size() > 1) {
            String codes = m.group(2).replaceFirst("[\\s,]+" + Pattern.quote(code) + "(?![0-9])", "");
            String kept = comment.substring(0, m.start(2)) + codes + comment.substring(m.end(2));
            return new TextEdit(s.range(), kept);
        }
        return new TextEdit(removal(tree, s.range()), "");
    }

    /** The comment with the blanks before it; its whole line when nothing else is on it. */
    private static SourceRange removal(SyntaxTree tree, SourceRange comment) {
        LineMap lines = tree.lines();
        String text = tree.text();
        int lineStart = lines.lineStart(comment.startLine());
        boolean lastLine = comment.endLine() + 1 >= lines.lineCount();
        int nextLine = lastLine ? lines.offset(Integer.MAX_VALUE, 0) : lines.lineStart(comment.endLine() + 1);
        String before = text(tree, lines.range(lineStart, comment.startOffset()));
        String after = text(tree, lines.range(comment.endOffset(), nextLine));
        if (before.isBlank() && after.isBlank()) {
            return lines.range(lineStart, nextLine);
        }
        int start = comment.startOffset();
        while (start > lineStart && Character.isWhitespace(text.codePointAt(text.offsetByCodePoints(0, start - 1)))) {
            start--;
        }
        return lines.range(start, comment.endOffset());
    }

    private static String text(SyntaxTree tree, SourceRange r) {
        String t = tree.text();
        return t.substring(t.offsetByCodePoints(0, r.startOffset()), t.offsetByCodePoints(0, r.endOffset()));
    }
}
