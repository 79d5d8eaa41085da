package io.fabriclint.syntax;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The compact token list answers as a list of tokens would; ranges read lazily equal ranges given. */
class SyntaxTokensTest {
    private static final String TEXT = "tier a { // 😀 note\n  power 3kW\n}\n";

    @Test
    void tokensCoverTheTextInOrder() {
        SyntaxTokens tokens = FabricSyntax.parse(TEXT).tokens();
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            SyntaxToken t = tokens.get(i);
            assertEquals(t.kind(), tokens.kind(i));
            assertEquals(t.text(), tokens.text(i));
            assertEquals(t.range().startOffset(), tokens.startOffset(i));
            assertEquals(t.range().endOffset(), tokens.endOffset(i));
            if (i > 0) {
                assertEquals(tokens.endOffset(i - 1), tokens.startOffset(i));
            }
            joined.append(t.text());
        }
        assertEquals(TEXT, joined.toString());
        SyntaxToken comment = tokens.get(tokens.indexAt(9));
        assertEquals("// 😀 note", comment.text());
        assertEquals(new SourceRange(9, 18, 0, 9, 0, 18), comment.range());
        assertEquals(tokens.indexAt(9), tokens.endingAfter(9));
        assertEquals(tokens.size(), tokens.indexAt(10_000));
    }

    @Test
    void splicedTokensMustFollowEachOther() {
        SyntaxTokens tokens = FabricSyntax.parse(TEXT).tokens();
        SyntaxTokens.Builder builder = new SyntaxTokens.Builder(4).add(tokens, 0, 3, 0);
        assertEquals(tokens.endOffset(2), builder.end());
        assertThrows(IllegalArgumentException.class, () -> builder.add(tokens, 4, 5, 0));
        builder.add(tokens, 3, tokens.size(), 0);
        LineMap lines = new LineMap(TEXT);
        assertEquals(List.copyOf(tokens), List.copyOf(builder.build(TEXT, lines)));
    }

    @Test
    void aRangeReadFromTheLineMapEqualsTheSameRangeGiven() {
        LineMap lines = new LineMap(TEXT);
        SourceRange lazy = lines.range(22, 27);
        SourceRange given = new SourceRange(22, 27, 1, 3, 1, 8);
        assertEquals(given, lazy);
        assertEquals(lazy, given);
        assertEquals(given.hashCode(), lazy.hashCode());
        assertEquals("2:4-2:9", lazy.toString());
        assertEquals(new SourceRange(0, 27, 0, 0, 1, 8), lines.range(0, 4).to(lazy));
        assertEquals(new SourceRange(0, 27, 0, 0, 1, 8), SourceRange.EMPTY.to(lazy));
    }
}
