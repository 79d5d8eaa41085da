package io.fabriclint.analyzer.editor;

import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.Endpoint;
import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.LineMap;
import io.fabriclint.syntax.Name;
import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.SourceRange;
import io.fabriclint.syntax.SyntaxError;
import io.fabriclint.syntax.SyntaxToken;
import io.fabriclint.syntax.SyntaxTokens;
import io.fabriclint.syntax.SyntaxTree;
import io.fabriclint.syntax.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * Re-parses only the declarations an edit touches. The grammar is flat (a file
 * is a list of declarations and nothing nests), so the text between two
 * declaration boundaries that start a line can be parsed on its own: the
 * declarations before are kept as they are, those after are shifted by the
 * number of lines and code points the edit added. Whenever the edited region
 * could change how its neighbours parse (an unclosed block, an unterminated
 * comment, an error at the region's edge), this falls back to a full parse,
 * so the result is always the tree {@link FabricSyntax#parse} would give.
 */
public final class IncrementalParser {
    private IncrementalParser() {
    }

    /**
     * The tree of the text after replacing code points {@code [start, end)} of
     * {@code old}'s text with {@code insert}.
     */
    public static SyntaxTree apply(SyntaxTree old, int start, int end, String insert) {
        String oldText = old.text();
        String newText = oldText.substring(0, charIndex(oldText, start)) + insert
                + oldText.substring(charIndex(oldText, end));
        SyntaxTree tree = tryRegion(old, start, end, insert, newText);
        return tree != null ? tree : FabricSyntax.parse(newText);
    }

    /** The UTF-16 index of a code-point offset (clamped to the text). */
    static int charIndex(String text, int codePoints) {
        if (codePoints <= 0) {
            return 0;
        }
        int i = 0;
        int n = text.length();
        // Fast path: no surrogate before the offset.
        int limit = Math.min(codePoints, n);
        for (; i < limit; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                break;
            }
        }
        if (i == limit) {
            return limit;
        }
        try {
            return text.offsetByCodePoints(i, codePoints - i);
        } catch (IndexOutOfBoundsException e) {
            return n;
        }
    }

    private static SyntaxTree tryRegion(SyntaxTree old, int start, int end, String insert, String newText) {
        List<Declaration> decls = old.declarations();
        if (decls.size() < 2) {
            return null;
        }
        LineMap lines = old.lines();
        String text = old.text();
        int oldLength = lines.offset(Integer.MAX_VALUE, 0);

        // First region declaration: the last one starting at or before the edit, on a line of its own.
        int a = -1;
        for (int i = decls.size() - 1; i >= 0; i--) {
            if (decls.get(i).range().startOffset() <= start) {
                a = i;
                break;
            }
        }
        while (a >= 0 && !startsLine(text, lines, decls.get(a))) {
            a--;
        }
        int regionStart = a < 0 ? 0 : lines.lineStart(decls.get(a).range().startLine());
        // First declaration after the region: the first starting after the edit, on a line of its own.
        int b = -1;
        for (int i = Math.max(0, a); i < decls.size(); i++) {
            Declaration d = decls.get(i);
            if (d.range().startOffset() > end && startsLine(text, lines, d)
                    && lines.lineStart(d.range().startLine()) >= end) {
                b = i;
                break;
            }
        }
        int regionEnd = b < 0 ? oldLength : lines.lineStart(decls.get(b).range().startLine());
        if (regionStart == 0 && regionEnd == oldLength) {
            return null;
        }
        // The declaration before the region must have ended cleanly, with nothing left dangling after it.
        if (a > 0 && !cleanEnd(decls.get(a - 1))) {
            return null;
        }
        int prefixEnd = a > 0 ? decls.get(a - 1).range().endOffset() : 0;
        int suffixHead = b < 0 ? oldLength : decls.get(b).keywordRange().endOffset();
        for (SyntaxError e : old.errors()) {
            int s = e.range().startOffset();
            if ((a >= 0 && s >= prefixEnd && s <= regionStart) || (b >= 0 && s >= regionEnd && s <= suffixHead)) {
                return null;
            }
        }
        SyntaxTokens oldTokens = old.tokens();
        int last = oldTokens.size() - 1;
        if (last >= 0 && oldTokens.kind(last) == SyntaxToken.Kind.ERROR && oldTokens.text(last).startsWith("/*")) {
            return null; // an unterminated comment swallows everything after it (so it is the last token)
        }
        // Only the tokens between the declarations kept and the region: an edit costs what it touches.
        for (int i = oldTokens.indexAt(prefixEnd); i < oldTokens.size() && oldTokens.startOffset(i) < regionStart; i++) {
            SyntaxToken.Kind kind = oldTokens.kind(i);
            if (!oldTokens.isComment(i) && kind != SyntaxToken.Kind.NEWLINE
                    && kind != SyntaxToken.Kind.WHITESPACE && !oldTokens.text(i).equals(";")) {
                // Code between the declarations kept and the region (a broken `import`) is no
                // declaration, but how it parses can put an error inside the region.
                return null;
            }
        }

        int insertLength = insert.codePointCount(0, insert.length());
        int delta = insertLength - (end - start);
        int newRegionEnd = regionEnd + delta;
        int regionFrom = charIndex(newText, regionStart);
        int regionTo = charIndex(newText, newRegionEnd);
        if (splitsCrlf(newText, regionFrom) || splitsCrlf(newText, regionTo)) {
            return null; // the edit made a `\r` before the region and a `\n` in it one line break
        }
        String regionText = newText.substring(regionFrom, regionTo);
        SyntaxTree region = FabricSyntax.parse(regionText);
        if (!regionIsSelfContained(region, regionText, b >= 0)) {
            return null;
        }

        // Splice the line starts unless a \r is involved (a \r\n pair can be joined or split by an edit).
        LineMap newLines = text.indexOf('\r') < 0 && insert.indexOf('\r') < 0
                ? lines.edited(start, end, insert) : new LineMap(newText);
        int regionLine = lines.line(regionStart);
        int suffixLineDelta = b < 0 ? 0 : newLines.line(newRegionEnd) - lines.line(regionEnd);

        List<Declaration> declarations = new ArrayList<>(decls.size() + region.declarations().size());
        int prefixCount = a < 0 ? 0 : a;
        declarations.addAll(decls.subList(0, prefixCount));
        Shift toRegion = new Shift(regionStart, regionLine);
        for (Declaration d : region.declarations()) {
            declarations.add(toRegion.declaration(d));
        }
        Shift toSuffix = new Shift(delta, suffixLineDelta);
        if (b >= 0) {
            for (Declaration d : decls.subList(b, decls.size())) {
                declarations.add(toSuffix.declaration(d));
            }
        }

        SyntaxTokens.Builder tokens = new SyntaxTokens.Builder(oldTokens.size() + region.tokens().size());
        try {
            tokens.add(oldTokens, 0, oldTokens.endingAfter(regionStart), 0)
                    .add(region.tokens(), 0, region.tokens().size(), regionStart);
            if (b >= 0) {
                tokens.add(oldTokens, oldTokens.indexAt(regionEnd), oldTokens.size(), delta);
            }
        } catch (IllegalArgumentException e) {
            return null; // a token (a comment over several lines) crosses the region's edge
        }

        List<SyntaxError> errors = new ArrayList<>();
        for (SyntaxError e : old.errors()) {
            if (e.range().startOffset() < regionStart) {
                errors.add(e);
            }
        }
        for (SyntaxError e : region.errors()) {
            errors.add(new SyntaxError(e.message(), toRegion.range(e.range())));
        }
        if (b >= 0) {
            for (SyntaxError e : old.errors()) {
                if (e.range().startOffset() >= regionEnd) {
                    errors.add(new SyntaxError(e.message(), toSuffix.range(e.range())));
                }
            }
        }
        return new SyntaxTree(newText, newLines, List.copyOf(declarations), tokens.build(newText, newLines),
                List.copyOf(errors));
    }

    private static boolean splitsCrlf(String text, int at) {
        return at > 0 && at < text.length() && text.charAt(at - 1) == '\r' && text.charAt(at) == '\n';
    }

    /** True when the region parsed alone cannot have parsed differently inside the whole file. */
    private static boolean regionIsSelfContained(SyntaxTree region, String regionText, boolean suffixFollows) {
        if (suffixFollows) {
            if (regionText.isEmpty()) {
                return false;
            }
            char last = regionText.charAt(regionText.length() - 1);
            if (last != '\n' && last != '\r') {
                return false;
            }
        }
        for (Declaration d : region.declarations()) {
            if (!cleanEnd(d)) {
                return false;
            }
        }
        if (hasUnterminatedComment(region.tokens())) {
            return false;
        }
        if (region.errors().isEmpty()) {
            return true;
        }
        // An error after the last declaration, or at its very end, may read differently with more input.
        int lastDeclEnd = region.declarations().isEmpty() ? 0
                : region.declarations().get(region.declarations().size() - 1).range().endOffset();
        int lastVisible = 0;
        SyntaxTokens tokens = region.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            SyntaxToken.Kind kind = tokens.kind(i);
            if (kind != SyntaxToken.Kind.WHITESPACE && kind != SyntaxToken.Kind.NEWLINE && !tokens.isComment(i)) {
                lastVisible = tokens.startOffset(i);
            }
        }
        for (SyntaxError e : region.errors()) {
            if (e.range().endOffset() >= lastDeclEnd || e.range().startOffset() >= lastVisible
                    || e.message().contains("end of file")) {
                return false;
            }
        }
        // Stray tokens between declarations: their recovery can depend on what follows.
        return true;
    }

    /** An unterminated `/*` (an error token that starts like a comment). */
    private static boolean hasUnterminatedComment(SyntaxTokens tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.kind(i) == SyntaxToken.Kind.ERROR && tokens.text(i).startsWith("/*")) {
                return true;
            }
        }
        return false;
    }

    private static boolean cleanEnd(Declaration d) {
        if (d instanceof Declaration.Import i) {
            return i.terminated();
        }
        if (d instanceof Declaration.Block b) {
            return b.closed() && b.name() != null;
        }
        if (d instanceof Declaration.Link l) {
            return l.closed() && l.source() != null && l.target() != null;
        }
        return false;
    }

    /** True when only blanks precede the declaration's keyword on its line. */
    private static boolean startsLine(String text, LineMap lines, Declaration d) {
        int keyword = d.range().startOffset();
        int lineStart = lines.lineStart(d.range().startLine());
        int from = charIndex(text, lineStart);
        int to = charIndex(text, keyword);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\f' && c != '\u00A0' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }

    /** Moves syntax records by a number of code points and lines (columns never change: regions start lines). */
    private record Shift(int offset, int lines) {
        SourceRange range(SourceRange r) {
            if (offset == 0 && lines == 0) {
                return r;
            }
            return new SourceRange(r.startOffset() + offset, r.endOffset() + offset, r.startLine() + lines,
                    r.startColumn(), r.endLine() + lines, r.endColumn());
        }

        Name name(Name n) {
            return n == null ? null : new Name(n.text(), range(n.range()));
        }

        Endpoint endpoint(Endpoint e) {
            return e == null ? null : new Endpoint(name(e.tier()), name(e.port()), range(e.range()));
        }

        Value value(Value v) {
            if (v instanceof Value.Word w) {
                return new Value.Word(w.text(), range(w.range()));
            }
            if (v instanceof Value.Number n) {
                return new Value.Number(n.text(), range(n.range()));
            }
            if (v instanceof Value.Ratio r) {
                return new Value.Ratio(r.text(), range(r.range()));
            }
            if (v instanceof Value.Str s) {
                return new Value.Str(s.text(), s.content(), s.terminated(), range(s.range()));
            }
            if (v instanceof Value.ListValue l) {
                List<Value> items = new ArrayList<>(l.items().size());
                for (Value item : l.items()) {
                    items.add(value(item));
                }
                return new Value.ListValue(l.text(), List.copyOf(items), range(l.range()));
            }
            Value.Punct p = (Value.Punct) v;
            return new Value.Punct(p.text(), range(p.range()));
        }

        List<Property> properties(List<Property> properties) {
            List<Property> out = new ArrayList<>(properties.size());
            for (Property p : properties) {
                List<Value> values = new ArrayList<>(p.values().size());
                for (Value v : p.values()) {
                    values.add(value(v));
                }
                out.add(new Property(name(p.name()), List.copyOf(values), range(p.range())));
            }
            return List.copyOf(out);
        }

        Declaration declaration(Declaration d) {
            if (offset == 0 && lines == 0) {
                return d;
            }
            if (d instanceof Declaration.Import i) {
                return new Declaration.Import(i.path(), i.terminated(), range(i.pathRange()), range(i.keywordRange()),
                        range(i.range()));
            }
            if (d instanceof Declaration.Block b) {
                return new Declaration.Block(b.kind(), name(b.name()), properties(b.properties()), b.closed(),
                        range(b.keywordRange()), range(b.range()));
            }
            Declaration.Link l = (Declaration.Link) d;
            return new Declaration.Link(endpoint(l.source()), endpoint(l.target()), properties(l.properties()),
                    l.closed(), range(l.keywordRange()), range(l.range()));
        }
    }
}
