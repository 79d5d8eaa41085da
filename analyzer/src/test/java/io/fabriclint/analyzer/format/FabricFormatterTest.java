package io.fabriclint.analyzer.format;

import io.fabriclint.analyzer.testing.FormatChecks;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The canonical layout: golden files in src/test/resources/format (NAME.fabric
 * formats to NAME.formatted.fabric; re-bless with -Dfabric.update=true)
 * and the rules one by one.
 */
class FabricFormatterTest {
    private static final Path GOLDEN = Path.of("src/test/resources/format");

    @TestFactory
    Stream<DynamicTest> goldenFiles() throws IOException {
        List<Path> inputs;
        try (Stream<Path> files = Files.list(GOLDEN)) {
            inputs = files.filter(p -> p.toString().endsWith(".fabric") && !p.toString().endsWith(".formatted.fabric"))
                    .sorted().toList();
        }
        assertFalse(inputs.isEmpty());
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
            String name = input.getFileName().toString().replace(".fabric", ".formatted.fabric");
            Path expectedFile = input.resolveSibling(name);
            String actual = format(Files.readString(input));
            if (Boolean.getBoolean("fabric.update")) {
                Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(expectedFile), "missing " + expectedFile + "; run with -Dfabric.update=true");
            String expected = Files.readString(expectedFile);
            assertEquals(expected, actual, input + " is not formatted as " + expectedFile);
            assertEquals(expected, format(expected), expectedFile + " is not a fixed point");
        }));
    }

    @Test
    void splitsSemicolonsIndentsAndSeparatesDeclarations() {
        assertEquals("""
                rack compute {
                  count 32
                  height 48U
                  power 45kW
                }

                rack network {
                  count 2
                }
                """, format("rack compute { count 32; height 48U; power 45kW } rack network {\n\t\tcount 2}"));
    }

    @Test
    void alignsThePortsOfABlockOnTheirCountColumn() {
        assertEquals("""
                tier leaf {
                  port down:  32 x OSFP 800G
                  power 750W
                  port up:    32 x OSFP 800G
                  port mgmt:  1 x SFP28 25G
                  port spare: 2x OSFP 800G
                }
                """, format("tier leaf {\nport down: 32 x OSFP 800G\npower 750W\nport up :32 x OSFP 800G\n"
                + "port   mgmt:   1 x SFP28 25G\nport spare: 2x OSFP 800G\n}\n"));
    }

    @Test
    void gluesColonsAndCommasAndSpacesEverythingElse() {
        assertEquals("""
                module m {
                  reach OM3 70m, OM4 100m
                  hosts [ "a", "b" ]
                  empty []
                  pair a -> b
                }
                """, format("module m {\n reach OM3   70m ,OM4 100m\n hosts [\"a\",\"b\"]\n empty [ ]\n pair a->b\n}"));
    }

    @Test
    void keepsCommentsWhereTheyWereAndAlignsTrailingOnesPerBlock() {
        assertEquals("""
                // about the tier
                tier gpu {  // after the brace
                  count 128     // devices
                  // own line
                  power 10.2kW  // whole server
                  height /* inline */ 8U
                }  // after the brace
                """, format("// about the tier\ntier gpu { // after the brace\n count 128 // devices\n"
                + "   // own line\n power 10.2kW      // whole server\n height /* inline */ 8U\n} // after the brace"));
    }

    @Test
    void keepsOneBlankLineBetweenDeclarationsAndAsWrittenBetweenProperties() {
        assertEquals("""
                import "a.fabric"
                import "b.fabric"

                import "c.fabric"

                rack r {
                  count 1

                  height 42U
                }

                // attached to s
                rack s {}
                """, format("\n\nimport \"a.fabric\"\nimport \"b.fabric\"\n\n\n\nimport \"c.fabric\"\nrack r {\n\n"
                + "count 1\n\n\n\nheight 42U\n\n}\n// attached to s\nrack s {}\n\n\n"));
    }

    @Test
    void keepsTheLayoutOfALineASuppressionCovers() {
        // The comment at the end of line 1 covers `tier leaf {` as well: the whole line stays.
        assertEquals("""
                tier leaf { port up: 8 x OSFP 800G; count 2  // fabric-lint: ignore FAB304
                  // fabric-lint: ignore FAB502
                  height 1U; power 1W
                  asic "x"
                  cmis 5.0
                }
                """, format("tier leaf { port up: 8 x OSFP 800G;count 2 // fabric-lint: ignore FAB304\n"
                + "// fabric-lint: ignore FAB502\nheight 1U ;power 1W\nasic \"x\"; cmis 5.0 }"));
    }

    /** Found by the fuzz suite: a comment after a lone `;` was appended to the line comment above it. */
    @Test
    void aCommentAfterALoneSemicolonKeepsItsOwnLine() {
        assertEquals("""
                rack r {
                  count 1  // one
                  // two
                }
                """, format("rack r {count 1 // one\n; // two\n}"));
    }

    /** Found by the fuzz suite: a line separator (U+2028) at the end of a comment was stripped as whitespace. */
    @Test
    void stripsOnlyBlanksFromTheEndsOfComments() {
        assertEquals("rack r {}  // note\u2028\u001f\n\n/* a\u2028\n b */\n",
                format("rack r {} // note\u2028\u001f \t\n/* a\u2028 \n b */"));
    }

    /** Found by the fuzz suite: a block comment, `;` and a line comment trailed as one group; a second pass differed. */
    @Test
    void aCommentBeforeASemicolonThatAnotherCommentFollowsStaysInline() {
        String once = format("tier b {c \"x\" /* a */; // b\n}");
        assertEquals("""
                tier b {
                  c "x" /* a */  // b
                }
                """, once);
        assertEquals(once, format(once));
    }

    /** Found by the long fuzz run: the comment after `;` leads the next line, so the one before `;` ends this one. */
    @Test
    void aCommentBeforeASemicolonEndsTheLineWhenTheNextCommentLeadsCode() {
        String once = format("rack t{e/**/;/**/t}");
        assertEquals("""
                rack t {
                  e  /**/
                  /**/ t
                }
                """, once);
        assertEquals(once, format(once));
    }

    @Test
    void neverGluesADotIntoANumber() {
        String formatted = format("tier t { weird 1 . 2 a . b }");
        assertEquals("tier t {\n  weird 1 . 2 a.b\n}\n", formatted);
        assertEquals(FormatChecks.significantTokens("tier t { weird 1 . 2 a . b }"),
                FormatChecks.significantTokens(formatted));
    }

    @Test
    void keepsTheFilesLineBreaksAndStripsTrailingWhitespace() {
        assertEquals("rack r {\r\n  count 1  // c\r\n}\r\n", format("rack r {  \r\n count 1 // c   \r\n}  "));
        assertEquals("rack r {\n  count 1\n}\n", format("rack r {\n count 1\n}"));
    }

    @Test
    void formatsAnEmptyFileToNothing() {
        assertEquals("", format(""));
        assertEquals("", format("  \n\n\t\n"));
        assertEquals("// only a comment\n", format("\n\n// only a comment   \n\n"));
    }

    @Test
    void refusesTextWithSyntaxErrors() {
        FormatResult result = FabricFormatter.format("tier leaf {\n  count 2\n\ntier spine { count 1 }\n");
        assertFalse(result.isFormatted());
        assertNull(result.formatted());
        assertFalse(result.syntaxErrors().isEmpty());
        assertTrue(result.syntaxErrors().get(0).message().contains("missing '}'"), result.syntaxErrors().toString());

        FormatResult unterminated = FabricFormatter.format("rack r { count 1 }\n/* never closed\n");
        assertFalse(unterminated.isFormatted());
        assertEquals(1, unterminated.syntaxErrors().size());
    }

    @Test
    void saysWhetherATextChanges() {
        FormatResult result = FabricFormatter.format("rack r {count 1}");
        assertTrue(result.changes("rack r {count 1}"));
        assertFalse(result.changes(result.formatted()));
    }

    private static String format(String text) {
        FormatResult result = FabricFormatter.format(text);
        assertTrue(result.isFormatted(), () -> "syntax errors: " + result.syntaxErrors());
        return result.formatted();
    }
}
