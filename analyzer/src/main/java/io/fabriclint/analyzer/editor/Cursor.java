package io.fabriclint.analyzer.editor;

import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.DeclarationKind;
import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.SourceRange;
import io.fabriclint.syntax.SyntaxToken;
import io.fabriclint.syntax.SyntaxTokens;
import io.fabriclint.syntax.SyntaxTree;
import io.fabriclint.syntax.Value;

import java.util.List;

/**
 * Where a position falls in a syntax tree: the declaration around it, whether
 * it is inside the block, the property on its line and the word being typed.
 * Works on broken files: it reads the tokens as much as the declarations.
 */
public final class Cursor {
    private final SyntaxTree tree;
    private final int line;
    private final int column;
    private final int offset;
    private final Declaration declaration;
    private final boolean inBlock;
    private final Property property;

    public Cursor(SyntaxTree tree, int line, int column) {
        this.tree = tree;
        int l = Math.max(0, Math.min(line, tree.lines().lineCount() - 1));
        int lineStart = tree.lines().lineStart(l);
        int lineEnd = l + 1 < tree.lines().lineCount() ? tree.lines().lineStart(l + 1) : tree.lines().offset(Integer.MAX_VALUE, 0);
        this.line = l;
        this.offset = Math.max(lineStart, Math.min(lineStart + Math.max(0, column), lineEnd));
        this.column = offset - lineStart;
        this.declaration = findDeclaration();
        this.inBlock = declaration != null && insideBraces(declaration);
        this.property = inBlock ? findProperty() : null;
    }

    public SyntaxTree tree() {
        return tree;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public int offset() {
        return offset;
    }

    /** The declaration the position is in (header or block), or null at top level. */
    public Declaration declaration() {
        return declaration;
    }

    public DeclarationKind kind() {
        return kindOf(declaration);
    }

    public static DeclarationKind kindOf(Declaration d) {
        if (d instanceof Declaration.Block b) {
            return b.kind();
        }
        if (d instanceof Declaration.Link) {
            return DeclarationKind.LINK;
        }
        if (d instanceof Declaration.Import) {
            return DeclarationKind.IMPORT;
        }
        return null;
    }

    /** True between the block's braces (or after an unclosed `{`). */
    public boolean inBlock() {
        return inBlock;
    }

    /** The property whose line the position is on, before or in it; null on a blank line. */
    public Property property() {
        return property;
    }

    /** The text of the line up to the position. */
    public String linePrefix() {
        String text = tree.text();
        int start = IncrementalParser.charIndex(text, tree.lines().lineStart(line));
        int at = IncrementalParser.charIndex(text, offset);
        return text.substring(start, at);
    }

    /** The partial word before the position (letters, digits, `_`, `-`, `.`), possibly empty. */
    public String wordBefore() {
        String prefix = linePrefix();
        int i = prefix.length();
        while (i > 0 && isWordChar(prefix.charAt(i - 1))) {
            i--;
        }
        return prefix.substring(i);
    }

    /** The range of the partial word before the position. */
    public Span wordSpan() {
        int length = wordBefore().codePointCount(0, wordBefore().length());
        return new Span(line, column - length, line, column);
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    /** The values of the property before the position (the one being typed excluded when it touches it). */
    public List<Value> valuesBefore() {
        if (property == null) {
            return List.of();
        }
        return property.values().stream().filter(v -> v.range().endOffset() < offset
                || (v.range().endOffset() == offset && wordBefore().isEmpty())).toList();
    }

    /** True when the position is on the property's name (or on a blank stretch where a name goes). */
    public boolean atPropertyName() {
        if (!inBlock) {
            return false;
        }
        if (property == null) {
            return true;
        }
        return offset <= property.name().range().endOffset();
    }

    private Declaration findDeclaration() {
        List<Declaration> decls = tree.declarations();
        Declaration found = null;
        for (int i = 0; i < decls.size(); i++) {
            Declaration d = decls.get(i);
            SourceRange r = d.range();
            if (r.startOffset() > offset) {
                break;
            }
            boolean closed = closed(d);
            Declaration next = i + 1 < decls.size() ? decls.get(i + 1) : null;
            if (offset <= r.endOffset() && (offset < r.endOffset() || !closed)) {
                found = d;
            } else if (!closed && !(d instanceof Declaration.Import) && (next == null || offset < next.range().startOffset())) {
                found = d; // an unclosed block runs on until the next declaration
            }
        }
        return found;
    }

    static boolean closed(Declaration d) {
        if (d instanceof Declaration.Block b) {
            return b.closed();
        }
        if (d instanceof Declaration.Link l) {
            return l.closed();
        }
        return true;
    }

    /** The `{` of a declaration, from the tokens; -1 when there is none. */
    public static int openBrace(SyntaxTree tree, Declaration d) {
        SyntaxTokens tokens = tree.tokens();
        for (int i = tokens.indexAt(d.keywordRange().startOffset()); i < tokens.size(); i++) {
            if (tokens.startOffset(i) > d.range().endOffset()) {
                break;
            }
            if (tokens.kind(i) == SyntaxToken.Kind.PUNCTUATION && tokens.endOffset(i) == tokens.startOffset(i) + 1
                    && tokens.text(i).equals("{")) {
                return tokens.startOffset(i);
            }
        }
        return -1;
    }

    /** The token containing the offset (end inclusive, preferring a word), or null. */
    public static SyntaxToken tokenAt(SyntaxTree tree, int offset) {
        SyntaxTokens tokens = tree.tokens();
        int i = tokens.indexAt(offset);
        int best = -1;
        for (int j = Math.max(0, i - 1); j <= Math.min(tokens.size() - 1, i); j++) {
            if (tokens.startOffset(j) <= offset && offset <= tokens.endOffset(j)) {
                if (best < 0 || isWordKind(tokens.kind(j)) && !isWordKind(tokens.kind(best))) {
                    best = j;
                }
            }
        }
        return best < 0 ? null : tokens.get(best);
    }

    static boolean isWordKind(SyntaxToken t) {
        return isWordKind(t.kind());
    }

    static boolean isWordKind(SyntaxToken.Kind kind) {
        return kind == SyntaxToken.Kind.NAME || kind == SyntaxToken.Kind.KEYWORD || kind == SyntaxToken.Kind.NUMBER;
    }

    private boolean insideBraces(Declaration d) {
        if (d instanceof Declaration.Import) {
            return false;
        }
        int brace = openBrace(tree, d);
        if (brace < 0 || offset <= brace) {
            return false;
        }
        return !closed(d) || offset < d.range().endOffset();
    }

    private Property findProperty() {
        List<Property> properties = d(declaration);
        Property found = null;
        for (Property p : properties) {
            SourceRange r = p.range();
            if (r.startLine() > line || r.startOffset() > offset) {
                break;
            }
            if (r.startLine() <= line && line <= r.endLine()) {
                found = p;
            }
        }
        if (found != null && found.range().endLine() == line && offset > found.range().endOffset()) {
            // After the property on its line: past a `;` it is a new property.
            String between = slice(found.range().endOffset(), offset);
            if (between.contains(";")) {
                return null;
            }
        }
        return found;
    }

    private String slice(int from, int to) {
        String text = tree.text();
        return text.substring(IncrementalParser.charIndex(text, from), IncrementalParser.charIndex(text, to));
    }

    static List<Property> d(Declaration d) {
        if (d instanceof Declaration.Block b) {
            return b.properties();
        }
        if (d instanceof Declaration.Link l) {
            return l.properties();
        }
        return List.of();
    }
}
