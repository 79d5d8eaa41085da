package io.fabriclint.analyzer.format;

import io.fabriclint.syntax.DeclarationKind;
import io.fabriclint.syntax.SyntaxToken;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the tokens of a file that parsed in the canonical layout
 * ({@link FabricFormatter} lists its rules), except on <em>pinned lines</em>:
 * a line of the input that is pinned is written as one output line, its
 * tokens in order with canonical spacing, nothing joined to it and nothing
 * split off it. The formatter pins the lines whose layout a suppression
 * comment depends on.
 */
final class LayoutPrinter {
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

    private final List<SyntaxToken> tokens;
    /** The input line of each token (see {@link #lines}); -1 for line breaks. */
    private final int[] line;
    private final Set<Integer> pinned;
    private final List<Line> lines = new ArrayList<>();
    private int i;
    private Line cur;
    /** The next code or comment must start a new line (after a comment that ends its line, or a `;`). */
    private boolean needBreak;
    /** The last code token written on the current line; null at its start or after an inline comment. */
    private String prevCode;
    private boolean spacedDot;
    private int blocks;
    private Top lastTop = Top.NONE;

    /**
     * @param tokens the file's tokens without whitespace
     * @param pinned input lines (numbered as {@link #lines} does) to keep as they are
     */
    LayoutPrinter(List<SyntaxToken> tokens, Set<Integer> pinned) {
        this.tokens = tokens;
        this.line = lines(tokens);
        this.pinned = pinned;
    }

    /**
     * Numbers the input lines of a token list: the tokens between two line-break tokens are one
     * line (a block comment that spans lines keeps its lines in one). Line-break tokens get -1.
     */
    static int[] lines(List<SyntaxToken> tokens) {
        int[] out = new int[tokens.size()];
        int n = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).kind() == SyntaxToken.Kind.NEWLINE) {
                out[k] = -1;
                n++;
            } else {
                out[k] = n;
            }
        }
        return out;
    }

    String print(String lineBreak) {
        List<Integer> pending = new ArrayList<>();
        while (i < tokens.size()) {
            SyntaxToken t = tokens.get(i);
            if (t.kind() == SyntaxToken.Kind.NEWLINE) {
                i++;
            } else if (is(i, ";")) {
                if (pinned(i)) {
                    flush(pending, null);
                    pending.clear();
                    code(i, 0, -1);
                }
                i++;
            } else if (t.isComment()) {
                if (!ownLine(i) && pending.isEmpty() && cur != null && endsLine(i)) {
                    trailing(i);
                } else {
                    pending.add(i);
                }
                i++;
            } else {
                DeclarationKind kind = DeclarationKind.ofKeyword(t.text());
                boolean continues = flush(pending, kind);
                if (!continues) {
                    open(i, 0, -1, pending.isEmpty() ? gapBefore(kind, i) : blankBefore(i));
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
                open(c, 0, -1, gapBefore(next, c));
            } else if (startsLine(c) || needBreak) {
                open(c, 0, -1, blankBefore(c));
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
                if (needBreak || startsPinBoundary(i)) {
                    open(i, 0, -1, false);
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
        code(i++, 1, -1); // {
        int id = ++blocks;
        boolean content = false;
        boolean leading = false; // the current line holds comments that the next property continues
        while (i < tokens.size()) {
            SyntaxToken t = tokens.get(i);
            if (t.kind() == SyntaxToken.Kind.NEWLINE) {
                i++;
            } else if (is(i, ";")) {
                if (pinned(i)) {
                    code(i, 1, id);
                    content = true;
                } else {
                    needBreak = true;
                }
                i++;
            } else if (is(i, "}")) {
                if (content || startsPinBoundary(i)) {
                    open(i, 0, -1, false);
                }
                if (content && !cur.code.isEmpty()) {
                    cur.code.append(' '); // a pinned line that closes its block: `rack r { count 2 }`
                }
                cur.code.append('}');
                prevCode = "}";
                i++;
                return;
            } else if (t.isComment()) {
                if (!ownLine(i) && endsLine(i)) {
                    trailing(i);
                } else if (ownLine(i) || !leading || needBreak) {
                    open(i, 1, id, content && startsLine(i) && blankBefore(i));
                    inline(i);
                } else {
                    inline(i);
                }
                leading = !endsLine(i);
                needBreak = endsLine(i);
                content = true;
                i++;
            } else {
                if (!leading || needBreak) {
                    open(i, 1, id, content && blankBefore(i));
                }
                leading = false;
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
                if (!startsLine(i) && endsProperty(i)) {
                    trailing(i); // the `;` or `}` after it will end this line
                    needBreak = true;
                } else {
                    flowComment(i, 2, block);
                }
                i++;
            } else if (is(i, "[")) {
                list(block);
            } else {
                code(i, 2, block);
                if (port && i == start + 2 && cur.block == block && cur.code.indexOf("\n") < 0) {
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

    /**
     * The comment is right before the `;` or `}` that ends its property, and no comment that
     * trails the line follows: once the `;` becomes a line break, the comment ends the line. (A comment
     * after the `;` would trail the line instead, and this one stays inline, as it would in a
     * second pass.)
     */
    private boolean endsProperty(int index) {
        if (index + 1 >= tokens.size() || !is(index + 1, ";") && !is(index + 1, "}")) {
            return false;
        }
        int k = index + 1;
        while (k < tokens.size() && is(k, ";")) {
            k++;
        }
        // A comment after the `;` trails this line only when it ends its input line; one that code
        // follows leads the next line (`e /**/; /**/ t`), so this one ends the line after all.
        return k >= tokens.size() || !tokens.get(k).isComment() || ownLine(k) || !endsLine(k);
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
            open(index, continuationIndent, block, false);
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

    /** A comment at the end of its line; on a pinned line, only the last token may go there. */
    private void trailing(int index) {
        if (pinned(index) && !lastOnLine(index)) {
            inline(index);
            return;
        }
        String text = commentText(tokens.get(index));
        cur.trailing = cur.trailing == null ? text : cur.trailing + " " + text;
        needBreak = true;
    }

    private void inline(int index) {
        if (cur.trailing != null) {
            open(index, cur.indent, cur.block, false); // never put text after a trailing comment's line
        }
        if (!cur.code.isEmpty()) {
            cur.code.append(' ');
        }
        cur.code.append(commentText(tokens.get(index)));
        prevCode = null;
    }

    private void code(int index, int continuationIndent, int block) {
        if (needBreak || cur == null || startsPinBoundary(index) && !cur.code.isEmpty()) {
            open(index, continuationIndent, block, false);
        }
        String text = tokens.get(index).text();
        cur.code.append(separator(text, index)).append(text);
        prevCode = text;
    }

    private String separator(String text, int index) {
        if (cur.code.isEmpty() || text.equals(":") || text.equals(",") || text.equals(";")) {
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

    /** Starts a new output line for token {@code index}, unless the token continues a pinned line. */
    private void open(int index, int indent, int block, boolean blankBefore) {
        if (cur != null && pinned(index) && !startsLine(index)) {
            return;
        }
        cur = new Line(indent, block, blankBefore && !lines.isEmpty());
        lines.add(cur);
        needBreak = false;
        prevCode = null;
    }

    private boolean pinned(int index) {
        return line[index] >= 0 && pinned.contains(line[index]);
    }

    /** The token starts an input line that is pinned, or the line after a pinned one: it must start an output line. */
    private boolean startsPinBoundary(int index) {
        if (!startsLine(index) || index == 0) {
            return false;
        }
        int k = index - 1;
        while (k >= 0 && tokens.get(k).kind() == SyntaxToken.Kind.NEWLINE) {
            k--;
        }
        return pinned(index) || k >= 0 && pinned(k);
    }

    private boolean lastOnLine(int index) {
        return index + 1 >= tokens.size() || tokens.get(index + 1).kind() == SyntaxToken.Kind.NEWLINE;
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

    /** Nothing but `;` before the token on its input line: a comment there is not a trailing one. */
    private boolean ownLine(int index) {
        int k = index - 1;
        while (k >= 0 && is(k, ";")) {
            k--;
        }
        return k < 0 || tokens.get(k).kind() == SyntaxToken.Kind.NEWLINE;
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

    /**
     * A comment with the blanks (space, tab, form feed) at the ends of its lines removed; nothing
     * else, so no character of its text is lost (`String.stripTrailing` would drop U+2028 and more).
     */
    private static String commentText(SyntaxToken t) {
        String text = t.text().replace("\r\n", "\n").replace('\r', '\n');
        if (t.kind() == SyntaxToken.Kind.LINE_COMMENT) {
            return stripBlanks(text);
        }
        String[] parts = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < parts.length; k++) {
            out.append(k == 0 ? "" : "\n").append(stripBlanks(parts[k]));
        }
        return out.toString();
    }

    private static String stripBlanks(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t' || s.charAt(end - 1) == '\f')) {
            end--;
        }
        return s.substring(0, end);
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
