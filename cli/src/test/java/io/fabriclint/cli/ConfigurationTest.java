package io.fabriclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `.fabric-lint.json` as the command line uses it: found walking up from each file. */
class ConfigurationTest {
    /** A tier without links: FAB502 (warning). */
    private static final String LONELY = "tier lonely {\n  count 1\n}\n";
    /** Uses a module that only the vendor catalog knows. */
    private static final String VENDOR = """
            tier a {
              count 1
              port p: 1 x OSFP 800G
            }

            tier b {
              count 1
              port p: 1 x OSFP 800G
            }

            link a.p -> b.p {
              module ACME-800G-DR8X
              fiber OS2
              length 10m
            }
            """;
    private static final String CATALOG = """
            { "modules": [ { "name": "ACME-800G-DR8X", "formFactor": "OSFP", "speed": "800G",
              "lanes": "8 x 100G DR", "media": "SMF", "reach": { "OS2": "500m" }, "fibers": 16,
              "connector": "MPO-16", "power": "16W", "fec": "RS544", "source": "vendor datasheet" } ] }
            """;

    @TempDir
    Path dir;

    @Test
    void severitiesFromTheNearestConfigApply() throws IOException {
        Path file = write("pod/deep/lonely.fabric", LONELY);
        assertTrue(CliRunner.run("lint", "--no-color", file.toString()).out().contains("warning FAB502"));

        write(".fabric-lint.json", "{ \"rules\": { \"FAB502\": \"error\" } }");
        CliRunner.Run raised = CliRunner.run("lint", "--no-color", file.toString());
        assertEquals(1, raised.exit(), raised.toString());
        assertTrue(raised.out().contains("error FAB502"), raised.toString());

        write("pod/.fabric-lint.json", "{ \"rules\": { \"FAB502\": \"off\" } }");
        CliRunner.Run off = CliRunner.run("lint", "--no-color", file.toString());
        assertEquals(0, off.exit(), off.toString());
        assertFalse(off.out().contains("FAB502"), off.toString());
    }

    @Test
    void catalogsAreRelativeToTheConfigFile() throws IOException {
        Path file = write("site/pod.fabric", VENDOR);
        CliRunner.Run without = CliRunner.run("lint", "--no-color", file.toString());
        assertTrue(without.out().contains("FAB002"), without.toString());

        write("optics/vendor.json", CATALOG);
        write(".fabric-lint.json", "{ \"catalogs\": [\"optics/vendor.json\"] }");
        CliRunner.Run with = CliRunner.run("lint", "--no-color", file.toString());
        assertEquals(0, with.exit(), with.toString());
        assertFalse(with.out().contains("FAB002"), with.toString());
    }

    @Test
    void aBrokenConfigIsAUsageErrorWithFileLineAndColumn() throws IOException {
        Path file = write("a.fabric", LONELY);
        Path config = write(".fabric-lint.json", "{\n  \"rules\": { \"FAB304\": \"loud\" }\n}\n");
        CliRunner.Run run = CliRunner.run("lint", file.toString());
        assertEquals(2, run.exit(), run.toString());
        assertEquals("fabric: " + config + ":2:24: unknown severity \"loud\" for FAB304; use off, info, warning or error",
                run.err().strip());

        write(".fabric-lint.json", "{ \"rules\": { \"FAB999\": \"off\" } }");
        CliRunner.Run unknown = CliRunner.run("fmt", "--check", dir.toString());
        assertEquals(2, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains(".fabric-lint.json:1:14: unknown rule \"FAB999\""), unknown.toString());

        write(".fabric-lint.json", "{ \"rules\": { \"FAB304\": \"off\", } }");
        CliRunner.Run malformed = CliRunner.run("report", file.toString());
        assertEquals(2, malformed.exit(), malformed.toString());
        assertTrue(malformed.err().contains(".fabric-lint.json:1:31: malformed JSON"), malformed.toString());
    }

    @Test
    void excludeGlobsLeaveFilesOutWhenWalkingDirectories() throws IOException {
        write(".fabric-lint.json", "{ \"exclude\": [\"generated\", \"*.draft.fabric\"] }");
        Path kept = write("pod/a.fabric", "rack r {count 1}");
        Path draft = write("pod/b.draft.fabric", "rack r {count 1}");
        write("generated/deep/c.fabric", "rack r {count 1}");

        CliRunner.Run lint = CliRunner.run("lint", "--no-color", dir.toString());
        assertTrue(lint.out().contains("1 file checked"), lint.toString());

        CliRunner.Run fmt = CliRunner.run("fmt", "--check", dir.toString());
        assertEquals(kept + "\n", fmt.out().replace(System.lineSeparator(), "\n"), fmt.toString());

        CliRunner.Run named = CliRunner.run("fmt", "--check", draft.toString());
        assertEquals(1, named.exit(), "a file named on the command line is not excluded: " + named);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }
}
