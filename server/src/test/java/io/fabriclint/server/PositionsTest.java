package io.fabriclint.server;

import io.fabriclint.analyzer.editor.Span;
import io.fabriclint.syntax.FabricSyntax;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** LSP counts UTF-16 code units; the analyzer counts code points. */
class PositionsTest {
    // "😀" is one code point and two UTF-16 units; "é" is one of each.
    static final String TEXT = "// 😀😀 fans\r\ntier é😀 {\n  count 2\n}\n";

    @Test
    void columnsAfterCharactersOutsideTheBmpDiffer() {
        Positions pos = Positions.of(FabricSyntax.parse(TEXT));
        // `fans` starts at code point 6, UTF-16 unit 8.
        assertEquals(8, pos.character(0, 6));
        assertEquals(6, pos.column(0, 8));
        // Line 1 (after a CRLF): `{` is code point 8, unit 9.
        assertEquals(9, pos.character(1, 8));
        assertEquals(8, pos.column(1, 9));
        assertEquals(new Range(new Position(1, 5), new Position(1, 8)), pos.range(new Span(1, 5, 1, 7)));
    }

    @Test
    void positionsPastTheLineEndAreTheLineEndAndLinesOutsideAreRejected() {
        Positions pos = Positions.of(FabricSyntax.parse(TEXT));
        assertEquals(10, pos.column(0, 500), "line 0 has 10 code points before its CRLF");
        assertEquals(9, pos.column(2, 99));
        assertNull(pos.span(new Range(new Position(7, 0), new Position(7, 1))));
        // An end one line past the last, at character 0, is the end of the document.
        Span all = pos.span(new Range(new Position(0, 0), new Position(5, 0)));
        assertEquals(new Span(0, 0, 4, 0), all);
    }

    @Test
    void asciiTextsNeedNoConversion() {
        Positions pos = Positions.of(FabricSyntax.parse("tier leaf {\n  count 8\n}\n"));
        assertEquals(7, pos.character(1, 7));
        assertEquals(7, pos.column(1, 7));
        assertEquals(9, pos.column(1, 40), "clamped to the line");
    }

    @Test
    void negativePositionsAreNotInTheDocument() {
        Positions pos = Positions.of(FabricSyntax.parse("tier leaf {\n  count 8\n}\n"));
        assertNull(pos.span(new Range(new Position(0, -1), new Position(0, 2))), "not clamped to column 0");
        assertNull(pos.span(new Range(new Position(-1, 0), new Position(0, 2))));
        assertNull(pos.span(new Range(new Position(0, 0), new Position(0, -3))));
        assertEquals(new Span(0, 0, 0, 2), pos.span(new Range(new Position(0, 0), new Position(0, 2))));
    }
}
