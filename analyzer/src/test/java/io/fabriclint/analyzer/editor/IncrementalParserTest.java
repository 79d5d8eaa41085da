package io.fabriclint.analyzer.editor;

import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.SyntaxTree;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The incremental parse must give exactly the tree a full parse gives, for any edit. */
class IncrementalParserTest {
    static final List<String> SOURCES = List.of(
            read("three-tier-clos.fabric"), read("site/main.fabric"), read("seed-1024-gpu-pod.fabric"),
            TestTexts.SMALL);

    static String read(String name) {
        try {
            return Files.readString(Path.of("../examples").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Edit(double at, int deleted, String inserted) {
    }

    @Provide
    Arbitrary<Edit> edits() {
        Arbitrary<String> inserts = Arbitraries.of("", "x", "9", "\n", "\r\n", "}", "{", "\"", "/*", "*/", "//", " ",
                "tier a {\n}\n", "link a.b -> c.d {\n", "  count 3\n", ";", "->", "é", "\uD83D\uDE00", "tier",
                "rack r { count 2 }\n", "import \"x.fabric\"\n", "[", "]", "  module QDD-4", ".", "1.5:1");
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 25), inserts)
                .as(Edit::new);
    }

    @Property(tries = 300)
    void sameTreeAsAFullParse(@ForAll("edits") Edit e1, @ForAll("edits") Edit e2, @ForAll("edits") Edit e3,
                              @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3) int source) {
        SyntaxTree tree = FabricSyntax.parse(SOURCES.get(source));
        for (Edit e : List.of(e1, e2, e3)) {
            int length = tree.text().codePointCount(0, tree.text().length());
            int start = (int) Math.floor(e.at() * length);
            int end = Math.min(length, start + e.deleted());
            SyntaxTree next = IncrementalParser.apply(tree, start, end, e.inserted());
            assertSame(FabricSyntax.parse(next.text()), next);
            tree = next;
        }
    }

    @Test
    void typingInsideABlockKeepsTheRestOfTheFile() {
        SyntaxTree tree = FabricSyntax.parse(TestTexts.SMALL);
        int at = TestTexts.SMALL.indexOf("  fiber OM4");
        SyntaxTree next = IncrementalParser.apply(tree, at, at, "  connectors 3\n");
        assertSame(FabricSyntax.parse(next.text()), next);
        // The declarations before the edit are the very same objects: nothing was re-parsed there.
        assertEquals(tree.declarations().get(0), next.declarations().get(0));
        org.junit.jupiter.api.Assertions.assertSame(tree.declarations().get(0), next.declarations().get(0));
    }

    /** Found by the fuzz suite: in a file with `\r` line breaks, a `\n` typed after one joins them into one CRLF. */
    @Test
    void aLineFeedTypedAfterACarriageReturnJoinsThem() {
        String text = "tier a {\r  count 1\r}\r\rtier b {\r  count 2\r}\r\rtier c {\r}\r";
        SyntaxTree tree = FabricSyntax.parse(text);
        int at = text.indexOf("tier b"); // a declaration right after a `\r`: the edit starts with `\n`
        SyntaxTree next = IncrementalParser.apply(tree, at, at + 1, "\n}\ntier t {\n");
        assertSame(FabricSyntax.parse(next.text()), next);
    }

    /** Found by the fuzz suite: a broken `import` before the edited declaration puts its error inside it. */
    @Test
    void codeThatIsNoDeclarationBeforeTheEditIsParsedAgain() {
        String text = "tier a {\n}\nimport\n tier b {\n  count 1\n}\ntier c {\n}\n";
        SyntaxTree tree = FabricSyntax.parse(text);
        int at = text.indexOf("count");
        SyntaxTree next = IncrementalParser.apply(tree, at, at, "x");
        assertSame(FabricSyntax.parse(next.text()), next);
    }

    static void assertSame(SyntaxTree full, SyntaxTree incremental) {
        assertEquals(full.text(), incremental.text());
        assertEquals(full.tokens(), incremental.tokens(), "tokens");
        assertEquals(full.declarations(), incremental.declarations(), "declarations");
        assertEquals(full.errors(), incremental.errors(), "errors");
        assertEquals(full.lines().lineCount(), incremental.lines().lineCount());
        for (int i = 0; i < full.lines().lineCount(); i++) {
            assertEquals(full.lines().lineStart(i), incremental.lines().lineStart(i), "start of line " + i);
        }
        assertEquals(full.lines().offset(Integer.MAX_VALUE, 0), incremental.lines().offset(Integer.MAX_VALUE, 0));
    }
}
