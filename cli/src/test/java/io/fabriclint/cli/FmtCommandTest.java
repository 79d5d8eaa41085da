package io.fabriclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FmtCommandTest {
    private static final String MESSY = "rack r { count 2; height 42U }   \n// about t\ntier t {port a: 1 x OSFP 800G}";
    private static final String TIDY = "rack r {\n  count 2\n  height 42U\n}\n\n// about t\ntier t {\n  port a: 1 x OSFP 800G\n}\n";

    @TempDir
    Path dir;

    @Test
    void checkListsTheFilesThatWouldChangeAndChangesNothing() throws IOException {
        Path messy = write("a/messy.fabric", MESSY);
        write("a/tidy.fabric", TIDY);
        CliRunner.Run run = CliRunner.run("fmt", "--check", dir.toString());
        assertEquals(1, run.exit(), run.toString());
        assertEquals(messy.toString() + "\n", run.out().replace(System.lineSeparator(), "\n"));
        assertTrue(run.err().contains("1 of 2 files would be reformatted"), run.toString());
        assertEquals(MESSY, Files.readString(messy));
    }

    @Test
    void rewritesFilesInPlaceAndThenHasNothingToDo() throws IOException {
        Path messy = write("messy.fabric", MESSY);
        Path tidy = write("tidy.fabric", TIDY);
        CliRunner.Run first = CliRunner.run("fmt", dir.toString());
        assertEquals(0, first.exit(), first.toString());
        assertTrue(first.out().contains("messy.fabric"), first.toString());
        assertFalse(first.out().contains("tidy.fabric"), first.toString());
        assertEquals(TIDY, Files.readString(messy));
        assertEquals(TIDY, Files.readString(tidy));

        CliRunner.Run again = CliRunner.run("fmt", "--check", messy.toString(), tidy.toString());
        assertEquals(0, again.exit(), again.toString());
        assertEquals("", again.out());
    }

    @Test
    void refusesAFileWithSyntaxErrorsShowsThemAndStillFormatsTheOthers() throws IOException {
        String broken = "tier leaf {\n  count 2\n\ntier spine {count 1}\n";
        Path bad = write("bad.fabric", broken);
        Path messy = write("messy.fabric", MESSY);
        CliRunner.Run run = CliRunner.run("fmt", dir.toString());
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("bad.fabric:4:1: error FAB001 missing '}'"), run.toString());
        assertTrue(run.err().contains(" 4 | tier spine {count 1}"), run.toString());
        assertTrue(run.err().contains("not formatted: 1 syntax error"), run.toString());
        assertEquals(broken, Files.readString(bad));
        assertEquals(TIDY, Files.readString(messy));
    }

    @Test
    void formatsStandardInputToStandardOutput() {
        CliRunner.Run run = CliRunner.withStdin(MESSY, "fmt", "-");
        assertEquals(0, run.exit(), run.toString());
        assertEquals(TIDY, run.out());

        CliRunner.Run check = CliRunner.withStdin(MESSY, "fmt", "--check", "-");
        assertEquals(1, check.exit(), check.toString());
        assertEquals(0, CliRunner.withStdin(TIDY, "fmt", "--check", "-").exit());
    }

    @Test
    void aMissingPathIsAUsageError() {
        CliRunner.Run run = CliRunner.run("fmt", dir.resolve("nope.fabric").toString());
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("no such file or directory"), run.toString());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }
}
