package io.fabriclint.analyzer.format;

import io.fabriclint.syntax.DeclarationKind;
import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.SyntaxToken;
import io.fabriclint.syntax.SyntaxTree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

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
 *       (`\r\n` when its first line ends so, else `\n`).</li>
 * </ul>
 * Works from the token stream ({@link SyntaxTree#tokens()}), so nothing but
 * whitespace ever changes: parsing the result gives the same tokens, minus
 * whitespace and `;` separators. Text with syntax errors is never formatted.
 * Formatting is idempotent.
 */
public final class FabricFormatter {
    /** A suppression comment for lines (spec §5); `ignore-file` applies to the whole file wherever it is. */
    private static final Pattern SUPPRESSION = Pattern.compile("^(?://|/\\*)\\s*fabric-lint:\\s*ignore(?!-file)\\b");

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
        return new FormatResult(new Printer(tokens).print(lineBreak(text)), List.of());
    }

    private static String lineBreak(String text) {
        int nl = text.indexOf('\n');
        return nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }

    /** One output line: indentation, code, and an optional trailing comment. */
    private static final class Line {
        final int indent;
        /** The block the line belongs to (trailing comments and ports align per block); -1 outside blocks. */
        final int block;
        final boolean blankBefore;
        final StringBuilder code = new StringBuilder();
        String trailing;
        /** Where the values of a `port NAME:` line start (index into code), for alignment; -1 if none. */
        int alignAt = -1;

        Line(int indent, int block, boolean blankBefore) {
            this.indent = indent;
            this.block = block;
            this.blankBefore = blankBefore;
        }

        int width() {
            int nl = code.lastIndexOf("\n");
            return nl >= 0 ? code.codePointCount(nl + 1, code.length())
                    : 2 * indent + code.codePointCount(0, code.length());
        }
    }

    private enum Top { NONE, IMPORT, DECLARATION }

    /** Walks the tokens of a file that parsed, writing lines. */
    private static final class Printer {
        private final List<SyntaxToken> tokens;
        private final List<Line> lines = new ArrayList<>();
        private int i;
        private Line cur;
        /** The next code or comment must start a new line (after a comment that ends its line, or a `;`). */
        private boolean needBreak;
        /** The last code token written on the current line; null at its start or after an inline comment. */
        private String prevCode;
        private boolean spacedDot;
        /** The current line is a `;`-joined line kept joined (see {@link #keepsJoined}). */
        private boolean joined;
        /** Line (0-based, as written) → token indexes of the `fabric-lint: ignore` comments that apply to it. */
        private final Map<Integer, List<Integer>> suppressedLines = new HashMap<>();
        /** Token indexes of the current block's braces. */
        private int blockOpen;
        private int blockClose;
        private int blocks;
        private Top lastTop = Top.NONE;

        Printer(List<SyntaxToken> tokens) {
            this.tokens = tokens;
            TreeSet<Integer> codeLines = new TreeSet<>();
            for (SyntaxToken t : tokens) {
                if (!t.isComment() && t.kind() != SyntaxToken.Kind.NEWLINE) {
                    codeLines.add(t.range().startLine());
                }
            }
            for (int k = 0; k < tokens.size(); k++) {
                SyntaxToken t = tokens.get(k);
                if (t.isComment() && SUPPRESSION.matcher(t.text()).find()) {
                    Integer target = codeBefore(k) ? Integer.valueOf(t.range().startLine())
                            : codeLines.higher(t.range().endLine());
                    if (target != null) {
                        suppressedLines.computeIfAbsent(target, x -> new ArrayList<>()).add(k);
                    }
                }
            }
        }

        /** True when code precedes the token on its line. */
        private boolean codeBefore(int index) {
            for (int k = index - 1; k >= 0 && tokens.get(k).kind() != SyntaxToken.Kind.NEWLINE; k--) {
                if (!tokens.get(k).isComment()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A `;` on a line that a suppression comment of the same block applies
         * to, with another property after it on that line: splitting the line
         * would move that property out of the suppression's reach, so the line
         * stays joined.
         */
        private boolean keepsJoined(int semicolon) {
            List<Integer> directives = suppressedLines.get(tokens.get(semicolon).range().startLine());
            if (directives == null || directives.stream().noneMatch(d -> d > blockOpen && d < blockClose)) {
                return false;
            }
            for (int k = semicolon + 1; k < tokens.size(); k++) {
                SyntaxToken t = tokens.get(k);
                if (t.kind() == SyntaxToken.Kind.NEWLINE || is(k, "}")) {
                    return false;
                }
                if (!t.isComment() && !is(k, ";")) {
                    return true;
                }
            }
            return false;
        }

        String print(String lineBreak) {
            List<Integer> pending = new ArrayList<>();
            while (i < tokens.size()) {
                SyntaxToken t = tokens.get(i);
                if (t.kind() == SyntaxToken.Kind.NEWLINE || is(i, ";")) {
                    i++;
                } else if (t.isComment()) {
                    if (!startsLine(i) && pending.isEmpty() && cur != null && endsLine(i)) {
                        trailing(i);
                    } else {
                        pending.add(i);
                    }
                    i++;
                } else {
                    DeclarationKind kind = DeclarationKind.ofKeyword(t.text());
                    boolean continues = flush(pending, kind);
                    if (!continues) {
                        open(0, -1, pending.isEmpty() ? gapBefore(kind, i) : blankBefore(i));
                    }
                    pending.clear();
                    declaration(kind);
                }
            }
            flush(pending, null);
            return render(lineBreak);
        }

        /**
         * Writes the comments collected above a declaration (or at the end of the
         * file); true when the last one leaves its line open for the declaration.
         */
        private boolean flush(List<Integer> pending, DeclarationKind next) {
            for (int k = 0; k < pending.size(); k++) {
                int c = pending.get(k);
                if (k == 0) {
                    open(0, -1, gapBefore(next, c));
                } else if (startsLine(c) || needBreak) {
                    open(0, -1, blankBefore(c));
                }
                inline(c);
                if (endsLine(c)) {
                    needBreak = true;
                }
            }
            return !pending.isEmpty() && !needBreak;
        }

        /** Whether a blank line goes before the next top-level item (a declaration or its comments). */
        private boolean gapBefore(DeclarationKind next, int index) {
            return switch (lastTop) {
                case NONE -> false;
                case IMPORT -> next != DeclarationKind.IMPORT || blankBefore(index);
                case DECLARATION -> true;
            };
        }

        private void declaration(DeclarationKind kind) {
            code(i++, 1, -1);
            boolean isImport = kind == DeclarationKind.IMPORT;
            while (i < tokens.size()) {
                SyntaxToken t = tokens.get(i);
                if (t.kind() == SyntaxToken.Kind.NEWLINE) {
                    i++;
                } else if (t.isComment()) {
                    flowComment(i++, 1, -1);
                } else if (!isImport && is(i, "{")) {
                    if (needBreak) {
                        open(0, -1, false);
                    }
                    block();
                    break;
                } else {
                    code(i++, 1, -1);
                    if (isImport && t.kind() == SyntaxToken.Kind.STRING) {
                        break;
                    }
                }
            }
            lastTop = isImport ? Top.IMPORT : Top.DECLARATION;
        }

        private void block() {
            blockOpen = i;
            blockClose = i;
            while (blockClose < tokens.size() && !is(blockClose, "}")) {
                blockClose++;
            }
            code(i++, 1, -1); // {
            int id = ++blocks;
            boolean content = false;
            boolean leading = false; // the current line holds comments that the next property continues
            joined = false;
            while (i < tokens.size()) {
                SyntaxToken t = tokens.get(i);
                if (t.kind() == SyntaxToken.Kind.NEWLINE) {
                    i++;
                } else if (is(i, ";")) {
                    if (keepsJoined(i)) {
                        cur.code.append(';');
                        prevCode = ";";
                        joined = true;
                    } else {
                        needBreak = true;
                    }
                    i++;
                } else if (is(i, "}")) {
                    if (content) {
                        open(0, -1, false);
                    }
                    cur.code.append('}');
                    prevCode = "}";
                    i++;
                    return;
                } else if (t.isComment()) {
                    if (!startsLine(i) && endsLine(i)) {
                        trailing(i);
                        joined = false;
                    } else if (joined) {
                        inline(i);
                    } else if (startsLine(i) || !leading || needBreak) {
                        open(1, id, content && startsLine(i) && blankBefore(i));
                        inline(i);
                    } else {
                        inline(i);
                    }
                    leading = !endsLine(i);
                    needBreak = endsLine(i);
                    content = true;
                    i++;
                } else {
                    if (!joined && (!leading || needBreak)) {
                        open(1, id, content && blankBefore(i));
                    }
                    leading = false;
                    joined = false;
                    property(id);
                    content = true;
                }
            }
        }

        private void property(int block) {
            int start = i;
            boolean port = is(i, "port") && i + 2 < tokens.size() && isName(tokens.get(i + 1)) && is(i + 2, ":");
            code(i++, 2, block);
            while (i < tokens.size()) {
                SyntaxToken t = tokens.get(i);
                if (t.kind() == SyntaxToken.Kind.NEWLINE || is(i, ";") || is(i, "}")) {
                    return;
                }
                if (t.isComment()) {
                    boolean last = i + 1 < tokens.size() && (is(i + 1, ";") || is(i + 1, "}"));
                    if (last && !startsLine(i)) {
                        trailing(i);
                        needBreak = true;
                    } else {
                        flowComment(i, 2, block);
                    }
                    i++;
                } else if (is(i, "[")) {
                    list(block);
                } else {
                    code(i, 2, block);
                    if (port && i == start + 2 && cur.code.indexOf("\n") < 0) {
                        cur.alignAt = cur.code.length();
                    }
                    i++;
                }
            }
        }

        /**
         * A list stays on one line, unless a comment in it ends a line: then it is
         * laid out one item per line, indented, with `]` back on the property's indentation.
         */
        private void list(int block) {
            boolean multiline = hasLineEndingComment(i);
            int depth = 0;
            while (i < tokens.size()) {
                SyntaxToken t = tokens.get(i);
                if (t.kind() == SyntaxToken.Kind.NEWLINE) {
                    i++;
                } else if (t.isComment()) {
                    if (multiline && depth == 1 && !startsLine(i) && !endsLine(i) && itemFollows(i)) {
                        trailing(i++); // the next item starts a line: the comment stays on this one
                    } else {
                        flowComment(i++, 2, block);
                    }
                } else {
                    boolean close = is(i, "]");
                    if (multiline && depth == 1 && !is(i, ",")) {
                        needBreak = true;
                    }
                    depth += is(i, "[") ? 1 : close ? -1 : 0;
                    code(i++, depth == 0 && close ? 1 : 2, block);
                    if (depth == 0) {
                        return;
                    }
                    if (multiline && depth == 1 && is(i - 1, "[")) {
                        needBreak = true;
                    }
                }
            }
        }

        /** True when the next code token (a list item or the closing `]`) starts a line of a multi-line list. */
        private boolean itemFollows(int index) {
            for (int k = index + 1; k < tokens.size(); k++) {
                SyntaxToken t = tokens.get(k);
                if (!t.isComment() && t.kind() != SyntaxToken.Kind.NEWLINE) {
                    return !is(k, ",");
                }
            }
            return false;
        }

        private boolean hasLineEndingComment(int open) {
            int depth = 0;
            for (int k = open; k < tokens.size(); k++) {
                if (tokens.get(k).isComment() && (startsLine(k) || endsLine(k))) {
                    return true;
                }
                depth += is(k, "[") ? 1 : is(k, "]") ? -1 : 0;
                if (depth == 0) {
                    return false;
                }
            }
            return false;
        }

        /** A comment inside a construct that may span lines (a header, a property, a list). */
        private void flowComment(int index, int continuationIndent, int block) {
            if (startsLine(index)) {
                open(continuationIndent, block, false);
                inline(index);
            } else if (endsLine(index)) {
                trailing(index);
            } else {
                inline(index);
            }
            if (endsLine(index)) {
                needBreak = true;
            }
        }

        private void trailing(int index) {
            String text = commentText(tokens.get(index));
            cur.trailing = cur.trailing == null ? text : cur.trailing + " " + text;
            needBreak = true;
        }

        private void inline(int index) {
            if (!cur.code.isEmpty()) {
                cur.code.append(' ');
            }
            cur.code.append(commentText(tokens.get(index)));
            prevCode = null;
        }

        private void code(int index, int continuationIndent, int block) {
            if (needBreak || cur == null) {
                open(continuationIndent, block, false);
            }
            String text = tokens.get(index).text();
            cur.code.append(separator(text, index)).append(text);
            prevCode = text;
        }

        private String separator(String text, int index) {
            if (cur.code.isEmpty() || text.equals(":") || text.equals(",")) {
                return "";
            }
            if (text.equals(".")) {
                // `1 . 2` glued would lex as one number: keep such dots apart.
                String next = nextCode(index);
                spacedDot = endsWithDigit(prevCode) && next != null && Character.isDigit(next.charAt(0));
                return spacedDot ? " " : "";
            }
            if (".".equals(prevCode)) {
                return spacedDot ? " " : "";
            }
            if ("[".equals(prevCode) && text.equals("]")) {
                return "";
            }
            return " ";
        }

        private String nextCode(int index) {
            for (int k = index + 1; k < tokens.size(); k++) {
                SyntaxToken t = tokens.get(k);
                if (t.isComment()) {
                    return null; // the comment keeps them apart
                }
                if (t.kind() != SyntaxToken.Kind.NEWLINE) {
                    return t.text();
                }
            }
            return null;
        }

        private static boolean endsWithDigit(String s) {
            return s != null && !s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1));
        }

        private void open(int indent, int block, boolean blankBefore) {
            cur = new Line(indent, block, blankBefore && !lines.isEmpty());
            lines.add(cur);
            needBreak = false;
            prevCode = null;
        }

        private boolean is(int index, String text) {
            SyntaxToken t = tokens.get(index);
            return t.text().equals(text) && !t.isComment() && t.kind() != SyntaxToken.Kind.STRING;
        }

        private static boolean isName(SyntaxToken t) {
            return t.kind() == SyntaxToken.Kind.NAME || t.kind() == SyntaxToken.Kind.KEYWORD;
        }

        private boolean startsLine(int index) {
            return index == 0 || tokens.get(index - 1).kind() == SyntaxToken.Kind.NEWLINE;
        }

        /** A line comment, or a comment followed (`;` aside) by a line break, a `}` or the end of the file. */
        private boolean endsLine(int index) {
            if (tokens.get(index).kind() == SyntaxToken.Kind.LINE_COMMENT) {
                return true;
            }
            int k = index + 1;
            while (k < tokens.size() && is(k, ";")) {
                k++;
            }
            // A `}` after content always starts its own line.
            return k >= tokens.size() || tokens.get(k).kind() == SyntaxToken.Kind.NEWLINE || is(k, "}");
        }

        /** Two or more line breaks right before the token. */
        private boolean blankBefore(int index) {
            int breaks = 0;
            for (int k = index - 1; k >= 0; k--) {
                SyntaxToken t = tokens.get(k);
                if (t.kind() == SyntaxToken.Kind.NEWLINE) {
                    breaks++;
                } else if (!is(k, ";")) {
                    break;
                }
            }
            return breaks >= 2;
        }

        private static String commentText(SyntaxToken t) {
            String text = t.text().replace("\r\n", "\n").replace('\r', '\n');
            if (t.kind() == SyntaxToken.Kind.LINE_COMMENT) {
                return text.stripTrailing();
            }
            String[] parts = text.split("\n", -1);
            StringBuilder out = new StringBuilder();
            for (int k = 0; k < parts.length; k++) {
                out.append(k == 0 ? "" : "\n").append(parts[k].stripTrailing());
            }
            return out.toString();
        }

        private String render(String lineBreak) {
            Map<Integer, Integer> align = new HashMap<>();
            for (Line l : lines) {
                if (l.alignAt >= 0) {
                    align.merge(l.block, l.alignAt, Math::max);
                }
            }
            for (Line l : lines) {
                if (l.alignAt >= 0) {
                    l.code.insert(l.alignAt, " ".repeat(align.get(l.block) - l.alignAt));
                }
            }
            Map<Integer, Integer> column = new HashMap<>();
            for (Line l : lines) {
                if (l.trailing != null && l.block >= 0) {
                    column.merge(l.block, l.width() + 2, Math::max);
                }
            }
            StringBuilder out = new StringBuilder();
            for (Line l : lines) {
                if (l.blankBefore) {
                    out.append('\n');
                }
                out.append("  ".repeat(l.indent)).append(l.code);
                if (l.trailing != null) {
                    int at = l.block >= 0 ? column.get(l.block) : l.width() + 2;
                    out.append(" ".repeat(Math.max(1, at - l.width()))).append(l.trailing);
                }
                out.append('\n');
            }
            String text = out.toString();
            return lineBreak.equals("\n") ? text : text.replace("\n", lineBreak);
        }
    }
}
