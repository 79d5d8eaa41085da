package io.fabriclint.syntax;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FabricSyntaxTest {
    private static final String SPEC_EXAMPLE = """
            // ai-pod.fabric
            import "site-optics.fabric"

            fabric ai-pod {
              pue 1.3
              oversubscription 1:1
            }

            rack compute { count 32; height 48U; power 45kW }

            tier leaf {
              count 32
              asic "Tomahawk 5"
              port down: 32 x OSFP 800G
              port up:   32x OSFP 800G max-power 18W
            }

            link gpu.nic -> leaf.down {
              module OSFP-400G-SR4 -> OSFP-800G-2SR4   // source end -> target end
              fiber OM4
              length 30m
            }
            """;

    @Test
    void parsesTheSpecExampleWithoutErrors() {
        SyntaxTree tree = FabricSyntax.parse(SPEC_EXAMPLE);
        assertEquals(List.of(), tree.errors());
        assertEquals(5, tree.declarations().size());
        Declaration.Import imp = assertInstanceOf(Declaration.Import.class, tree.declarations().get(0));
        assertEquals("site-optics.fabric", imp.path());
        Declaration.Block rack = assertInstanceOf(Declaration.Block.class, tree.declarations().get(2));
        assertEquals(DeclarationKind.RACK, rack.kind());
        assertEquals(List.of("count", "height", "power"), rack.properties().stream().map(p -> p.name().text()).toList());
        Declaration.Link link = assertInstanceOf(Declaration.Link.class, tree.declarations().get(4));
        assertEquals("gpu", link.source().tier().text());
        assertEquals("down", link.target().port().text());
        Property module = link.properties().get(0);
        assertEquals(List.of("OSFP-400G-SR4", "->", "OSFP-800G-2SR4"), module.values().stream().map(Value::text).toList());
    }

    @Test
    void portValuesKeepTheirShape() {
        Declaration.Block leaf = (Declaration.Block) FabricSyntax.parse(SPEC_EXAMPLE).declarations().get(3);
        Property up = leaf.properties().get(3);
        assertEquals(List.of("up", ":", "32x", "OSFP", "800G", "max-power", "18W"),
                up.values().stream().map(Value::text).toList());
        assertInstanceOf(Value.Number.class, up.values().get(2));
        Value.Str asic = assertInstanceOf(Value.Str.class, leaf.properties().get(1).values().get(0));
        assertEquals("Tomahawk 5", asic.content());
    }

    @Test
    void namesFollowTheLexicalRules() {
        SyntaxTree tree = FabricSyntax.parse("link super-spine.up -> x.y { module QDD-400G-SR4.2 -> OSFP-1.6T-DR8 }\n");
        assertEquals(List.of(), tree.errors());
        Declaration.Link link = (Declaration.Link) tree.declarations().get(0);
        assertEquals("super-spine", link.source().tier().text());
        assertEquals("up", link.source().port().text());
        assertEquals(List.of("QDD-400G-SR4.2", "->", "OSFP-1.6T-DR8"),
                link.properties().get(0).values().stream().map(Value::text).toList());
    }

    @Test
    void keywordsMayBePropertyNames() {
        SyntaxTree tree = FabricSyntax.parse("tier gpu {\n  rack compute\n  port nic: 8 x OSFP 400G\n}\n");
        assertEquals(List.of(), tree.errors());
        Declaration.Block gpu = (Declaration.Block) tree.declarations().get(0);
        assertEquals("rack", gpu.properties().get(0).name().text());
        assertEquals("port", gpu.properties().get(1).name().text());
    }

    @Test
    void commentsAreKeptAsTokensWithTheirPositions() {
        SyntaxTree tree = FabricSyntax.parse("/* head */\ntier a { // trailing\n  count 1\n}\n");
        List<SyntaxToken> comments = tree.comments();
        assertEquals(2, comments.size());
        assertEquals("/* head */", comments.get(0).text());
        assertEquals("// trailing", comments.get(1).text());
        assertEquals(1, comments.get(1).range().startLine());
        assertEquals(9, comments.get(1).range().startColumn());
        // Every character of the file is in exactly one token.
        String joined = String.join("", tree.tokens().stream().map(SyntaxToken::text).toList());
        assertEquals(tree.text(), joined);
    }

    @Test
    void strayBraceIsOneErrorAndTheRestStillParses() {
        SyntaxTree tree = FabricSyntax.parse("tier a {\n  power 500 W W {\n}\n\ntier b {\n  count 2\n}\n");
        assertEquals(1, tree.errors().size());
        SyntaxError e = tree.errors().get(0);
        assertEquals(1, e.range().startLine());
        assertEquals(16, e.range().startColumn());
        assertTrue(e.message().contains("'{'"), e.message());
        assertEquals(2, tree.declarations().size());
    }

    @Test
    void missingClosingBraceEndsTheBlockBeforeTheNextDeclaration() {
        SyntaxTree tree = FabricSyntax.parse("tier a {\n  count 2\n\ntier b {\n  count 3\n}\n");
        assertEquals(1, tree.errors().size());
        assertTrue(tree.errors().get(0).message().startsWith("missing '}'"), tree.errors().get(0).message());
        assertEquals(3, tree.errors().get(0).range().startLine());
        Declaration.Block a = (Declaration.Block) tree.declarations().get(0);
        Declaration.Block b = (Declaration.Block) tree.declarations().get(1);
        assertFalse(a.closed());
        assertEquals("b", b.name().text());
        assertEquals("3", b.properties().get(0).values().get(0).text());
    }

    @Test
    void unterminatedStringStopsAtTheEndOfItsLine() {
        SyntaxTree tree = FabricSyntax.parse("tier a {\n  asic \"Tomahawk\n  count 2\n}\n");
        assertEquals(1, tree.errors().size());
        assertTrue(tree.errors().get(0).message().startsWith("unterminated string"));
        Declaration.Block a = (Declaration.Block) tree.declarations().get(0);
        assertEquals(List.of("asic", "count"), a.properties().stream().map(p -> p.name().text()).toList());
    }

    /** Issue 10: `asic "x\` swallowed the next line, and with CRLF its range ended between `\r` and `\n`. */
    @Test
    void aBackslashBeforeALineBreakDoesNotContinueTheString() {
        for (String nl : List.of("\n", "\r\n", "\r")) {
            String text = "tier a {" + nl + "  asic \"x\\" + nl + "  count 2" + nl + "}" + nl;
            SyntaxTree tree = FabricSyntax.parse(text);
            assertEquals(1, tree.errors().size(), () -> tree.errors().toString());
            SyntaxError error = tree.errors().get(0);
            assertEquals("unterminated string: the closing '\"' is missing on this line"
                    + " (a '\\' at the end of a line does not continue a string)", error.message());
            assertEquals(new SourceRange(nl.length() + 15, nl.length() + 18, 1, 7, 1, 10), error.range());
            Declaration.Block a = (Declaration.Block) tree.declarations().get(0);
            assertEquals(List.of("asic", "count"), a.properties().stream().map(p -> p.name().text()).toList());
            assertEquals("2", a.properties().get(1).values().get(0).text());
            for (SyntaxToken t : tree.tokens()) { // the text is ASCII: offsets are char indexes
                for (int at : new int[]{t.range().startOffset(), t.range().endOffset()}) {
                    assertFalse(at > 0 && at < text.length() && text.charAt(at - 1) == '\r' && text.charAt(at) == '\n',
                            () -> "token splits a CRLF: " + t);
                }
            }
        }
    }

    @Test
    void anEscapedBackslashAtTheEndOfALineIsJustUnterminated() {
        SyntaxTree tree = FabricSyntax.parse("tier a {\n  asic \"x\\\\\n  count 2\n}\n");
        assertEquals(List.of("unterminated string: the closing '\"' is missing on this line"),
                tree.errors().stream().map(SyntaxError::message).toList());
    }

    @Test
    void unterminatedCommentIsReportedAtItsStart() {
        SyntaxTree tree = FabricSyntax.parse("tier a { count 1 }\n/* never closed\ntier b { count 2 }\n");
        assertEquals(1, tree.errors().size());
        SyntaxError e = tree.errors().get(0);
        assertTrue(e.message().startsWith("unterminated comment"));
        assertEquals(new SourceRange(19, 21, 1, 0, 1, 2), e.range());
        assertEquals(1, tree.declarations().size());
    }

    @Test
    void strayCharactersAreOneErrorPerRun() {
        SyntaxTree tree = FabricSyntax.parse("tier a {\n  count 2 @@@\n}\n");
        assertEquals(1, tree.errors().size());
        assertEquals(3, tree.errors().get(0).range().endColumn() - tree.errors().get(0).range().startColumn());
    }

    @Test
    void columnsCountCodePoints() {
        // The emoji is two UTF-16 units but one character.
        SyntaxTree tree = FabricSyntax.parse("tier a { asic \"\uD83D\uDE80\" count 1 }\n");
        Declaration.Block a = (Declaration.Block) tree.declarations().get(0);
        Value count = a.properties().get(0).values().get(1);
        assertEquals(18, count.range().startColumn());
    }

    @Test
    void missingNameIsReported() {
        SyntaxTree tree = FabricSyntax.parse("tier {\n  count 1\n}\n");
        assertEquals(1, tree.errors().size());
        assertEquals("missing name before '{'", tree.errors().get(0).message());
    }

    @Test
    void listsMaySpanLines() {
        SyntaxTree tree = FabricSyntax.parse("module m {\n  hosts [\n    \"Tomahawk 5\",\n    \"Spectrum-4\"\n  ]\n}\n");
        assertEquals(List.of(), tree.errors());
        Value.ListValue list = (Value.ListValue) ((Declaration.Block) tree.declarations().get(0)).properties().get(0)
                .values().get(0);
        assertEquals(2, list.items().size());
        assertNotNull(list.text());
    }

    @Test
    void bytesThatAreNotTextAreOneError() {
        SyntaxTree tree = FabricSyntax.parse("tier a {\n  count 2 \uFFFD\uFFFD\n}\n");
        assertEquals(1, tree.errors().size());
        assertEquals("bytes that are not UTF-8 text", tree.errors().get(0).message());
        assertEquals(1, tree.declarations().size());
    }
}
