package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.format.FabricFormatter;
import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.SyntaxTree;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** textDocument/formatting gives exactly what `fabric fmt` writes, as one small edit. */
class FormattingTest {
    static String apply(SyntaxTree tree, List<Navigation.Edit> edits) {
        SyntaxTree t = tree;
        for (Navigation.Edit e : edits) {
            int start = t.lines().offset(e.range().startLine(), e.range().startColumn());
            int end = t.lines().offset(e.range().endLine(), e.range().endColumn());
            t = IncrementalParser.apply(t, start, end, e.newText());
        }
        return t.text();
    }

    @Test
    void theEditTurnsTheTextIntoWhatFabricFmtWrites() {
        String messy = "rack row {count 2;height 42U}\n\n\n\ntier leaf {\n      count 8   // eight\n  port down: 32 x OSFP 800G\n}\n";
        SyntaxTree tree = FabricSyntax.parse(messy);
        Formatting.Result result = Formatting.format(tree);
        assertNull(result.refusal());
        assertEquals(1, result.edits().size());
        assertEquals(FabricFormatter.format(messy).formatted(), apply(tree, result.edits()));
        // Only the part that changes is replaced: the first line's `rack` stays outside the edit.
        assertTrue(result.edits().get(0).range().startColumn() > 0 || result.edits().get(0).range().startLine() > 0);
    }

    /** Found by the fuzz suite: a file whose later lines end in CRLF got an edit ending between `\r` and `\n`. */
    @Test
    void theEditNeverSplitsACrlf() {
        String mixed = "tier a {\n  count 1\r\n}\r\n";
        SyntaxTree tree = FabricSyntax.parse(mixed);
        List<Navigation.Edit> edits = Formatting.format(tree).edits();
        assertEquals(1, edits.size());
        Span r = edits.get(0).range();
        for (int[] at : new int[][]{{r.startLine(), r.startColumn()}, {r.endLine(), r.endColumn()}}) {
            String line = mixed.split("\r\n|\n", -1)[at[0]];
            assertTrue(at[1] <= line.length(), () -> r + " splits a line break");
        }
        assertEquals(FabricFormatter.format(mixed).formatted(), apply(tree, edits));
    }

    @Test
    void aFormattedFileNeedsNoEditAndABrokenOneIsLeftAlone() {
        String formatted = FabricFormatter.format(TestTexts.SMALL).formatted();
        assertEquals(List.of(), Formatting.format(FabricSyntax.parse(formatted)).edits());
        Formatting.Result broken = Formatting.format(FabricSyntax.parse("tier leaf {\n  count 8\n  port down: \"x\n}\n"));
        assertEquals(List.of(), broken.edits());
        assertNotNull(broken.refusal());
        assertTrue(broken.refusal().startsWith("not formatted: the file has 1 syntax error (line 3"), broken.refusal());
    }
}
