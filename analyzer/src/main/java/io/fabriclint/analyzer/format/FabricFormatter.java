package io.fabriclint.analyzer.format;

import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.SyntaxToken;
import io.fabriclint.syntax.SyntaxTree;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one canonical layout of a `.fabric` file, used by `fabric fmt` and the
 * language server's formatting (docs/formatting.md):
 * <ul>
 *   <li>top-level declarations start in column 1, with exactly one blank line
 *       between them (consecutive imports stay together); comments directly
 *       above a declaration stay attached to it;</li>
 *   <li>properties one per line, indented by two spaces (a `;`-joined line is
 *       split); at most one blank line between properties, as written;</li>
 *   <li>values separated by single spaces, except `:` and `,`, which are glued
 *       to what precedes them, and `.`, glued on both sides; lists as
 *       `[ a, b ]`;</li>
 *   <li>the `port` declarations of a block aligned on their `N x` column;</li>
 *   <li>every comment kept where it was relative to the code: a trailing
 *       comment stays on its line (trailing comments of a block are aligned two
 *       spaces after its longest commented line), an own-line comment keeps its
 *       own line;</li>
 *   <li>no trailing whitespace, a final newline, the file's own line break
 *       (`\r\n` when its first line ends so, else `\n`);</li>
 *   <li>every `// fabric-lint: ignore` comment silences exactly what it silenced
 *       before: where the layout would move code onto or off the line a
 *       suppression applies to, that line (and the comment's) keeps its layout.</li>
 * </ul>
 * Works from the token stream ({@link SyntaxTree#tokens()}), so nothing but
 * whitespace ever changes: parsing the result gives the same tokens, minus
 * whitespace and `;` separators. Text with syntax errors is never formatted.
 * Formatting is idempotent.
 */
public final class FabricFormatter {
    private FabricFormatter() {
    }

    /** Formats a file's text, or refuses with its syntax errors. */
    public static FormatResult format(String text) {
        SyntaxTree tree = FabricSyntax.parse(text);
        if (tree.hasErrors()) {
            return new FormatResult(null, tree.errors());
        }
        List<SyntaxToken> tokens = new ArrayList<>(tree.tokens().size());
        for (SyntaxToken t : tree.tokens()) {
            if (t.kind() != SyntaxToken.Kind.WHITESPACE) {
                tokens.add(t);
            }
        }
        return new FormatResult(keepingSuppressions(text, tokens, lineBreak(text)), List.of());
    }

    /**
     * The canonical layout, with the input lines pinned that suppression comments need: each
     * round pins the lines of the comments whose reach the last one changed. Pinning only brings
     * the layout nearer the input, so this ends; pinning every line keeps every line as it was.
     */
    private static String keepingSuppressions(String text, List<SyntaxToken> tokens, String lineBreak) {
        SuppressionReach want = SuppressionReach.of(tokens);
        Set<Integer> pinned = new TreeSet<>();
        String out = new LayoutPrinter(tokens, pinned).print(lineBreak);
        if (want.byComment().isEmpty()) {
            return out;
        }
        boolean all = false;
        while (true) {
            List<Integer> more = want.linesToPin(SuppressionReach.of(FabricSyntax.parse(out).tokens()));
            if (more.isEmpty()) {
                return out;
            }
            if (all) {
                return text; // not reached (the tests say so): a layout that loses a verdict is never written
            }
            if (!pinned.addAll(more)) {
                for (int line : LayoutPrinter.lines(tokens)) {
                    pinned.add(line);
                }
                all = true;
            }
            out = new LayoutPrinter(tokens, pinned).print(lineBreak);
        }
    }

    private static String lineBreak(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }
}
