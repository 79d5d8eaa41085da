package io.fabriclint.syntax;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Huge or hostile input ends in a tree and diagnostics, never in an exception or a hang. */
class LargeInputTest {
    @Test
    void fiftyThousandLinesParse() {
        StringBuilder sb = new StringBuilder();
        int tiers = 0;
        while (lines(sb) < 50_000) {
            sb.append("tier t").append(tiers).append(" {\n  count 4\n  height 1U\n  power 400W\n")
                    .append("  port up: 8 x QSFP-DD 400G // uplinks\n}\n\n");
            tiers++;
        }
        SyntaxTree tree = FabricSyntax.parse(sb.toString());
        assertEquals(0, tree.errors().size());
        assertEquals(tiers, tree.declarations().size());
        assertTrue(tree.lines().lineCount() >= 50_000);
    }

    @Test
    void hundredThousandNestedBracesEndInDiagnostics() {
        String text = "{".repeat(100_000) + "\n" + "}".repeat(100_000);
        SyntaxTree tree = FabricSyntax.parse(text);
        assertFalse(tree.errors().isEmpty());
        assertTrue(tree.errors().size() <= 2, "one problem per run of braces, got " + tree.errors().size());
        assertEquals(0, tree.declarations().size());
    }

    @Test
    void nestedBracesInsideABlockEndInDiagnostics() {
        String text = "tier a {\n" + "{".repeat(100_000) + "\n  count 2\n}\n";
        SyntaxTree tree = FabricSyntax.parse(text);
        assertFalse(tree.errors().isEmpty());
        assertEquals(1, tree.declarations().size());
    }

    @Test
    void deeplyNestedListsDoNotRecurse() {
        String text = "module m {\n  hosts " + "[".repeat(100_000) + "\n}\n";
        SyntaxTree tree = FabricSyntax.parse(text);
        assertFalse(tree.errors().isEmpty());
    }

    private static int lines(StringBuilder sb) {
        int n = 0;
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
