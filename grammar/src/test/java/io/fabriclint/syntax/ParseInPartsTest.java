package io.fabriclint.syntax;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A long file is parsed in parts on several cores when every part parses
 * without an error; the result must be the tree of the whole file parsed at
 * once, whatever the parts and wherever an error sits.
 */
class ParseInPartsTest {
    private static final String POD = """
            // pod %1$d
            rack r%1$d { count 2; power 30kW }

            tier gpu%1$d {
              count 8
              rack r%1$d
              port nic: 2 x QSFP-DD 400G   /* a comment */
            }
            link gpu%1$d.nic -> leaf.down {
              module QDD-400G-DR4
              length 100m
            }
            import "other-%1$d.fabric"
            module m%1$d { like QDD-400G-DR4; hosts ["a", "b"] }
            """;

    /** Small breaks that move where parts may be cut or make a part fail. */
    private static final List<String> BREAKS = List.of("{", "}", "/*", "*/", "\"", "tier x {\n", "\n\n", "é", "😀",
            "link a.", "\r\n", "// fabric-lint: ignore FAB101\n", ";", "[");

    @Test
    void partsGiveTheTreeOfTheWhole() {
        Random random = new Random(12);
        int inParts = 0;
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int pods = 5 + random.nextInt(40);
            for (int i = 0; i < pods; i++) {
                text.append(String.format(POD, i));
            }
            if (round % 2 == 1) {
                int at = random.nextInt(text.length());
                text.insert(at, BREAKS.get(random.nextInt(BREAKS.size())));
            }
            String source = text.toString();
            int partChars = 80 + random.nextInt(600);
            if (FabricSyntax.inParts(source, new LineMap(source), partChars) != null) {
                inParts++;
            }
            assertSame(FabricSyntax.parse(source, Integer.MAX_VALUE / 4), FabricSyntax.parse(source, partChars),
                    source);
        }
        assertEquals(true, inParts > 100, "only " + inParts + " texts were parsed in parts");
    }

    @Test
    void aPartWithAnErrorMeansOneParseOfTheWhole() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            // No block comment: its `*/` would close the unclosed one below.
            text.append(String.format(POD, i).replace("/* a comment */", "// a comment"));
        }
        String clean = text.toString();
        assertNotNull(FabricSyntax.inParts(clean, new LineMap(clean), 200));
        // An unclosed comment in the first part swallows the rest: no part may be parsed alone.
        String broken = "/* never closed\n" + clean;
        assertNull(FabricSyntax.inParts(broken, new LineMap(broken), 200));
        SyntaxTree tree = FabricSyntax.parse(broken, 200);
        assertEquals(0, tree.declarations().size());
        assertEquals(1, tree.errors().size());
    }

    private static void assertSame(SyntaxTree whole, SyntaxTree parts, String text) {
        assertEquals(whole.declarations(), parts.declarations(), text);
        assertEquals(whole.tokens(), parts.tokens(), text);
        assertEquals(whole.errors(), parts.errors(), text);
        assertEquals(whole.text(), parts.text());
    }
}
