package io.fabriclint.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docs/cabling.md's worked example says what the commands print: the file, its cut sheet, its NetBox import. */
class CablingDocsTest {
    private static final Path DOC = Path.of("../docs/cabling.md");

    @TempDir
    Path dir;

    /** The fenced block after `<!-- marker -->`. */
    private static String block(String doc, String marker) {
        Matcher m = Pattern.compile("<!-- " + Pattern.quote(marker) + " -->\n```\\w*\n(.*?)```\n", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(), "docs/cabling.md has no block after <!-- " + marker + " -->");
        return m.group(1);
    }

    private static List<String> firstRows(String text, int n) {
        return text.lines().limit(n).toList();
    }

    @Test
    void theWorkedExampleIsWhatTheCommandsPrint() throws IOException {
        String doc = Files.readString(DOC);
        Path fabric = Files.writeString(dir.resolve("rail-pod.fabric"), block(doc, "example: rail-pod.fabric"));

        CliRunner.Run lint = CliRunner.run("lint", fabric.toString());
        assertEquals(0, lint.exit(), "the example is clean: " + lint);
        JsonObject report = JsonParser.parseString(CliRunner.run("report", "--format", "json", fabric.toString()).out())
                .getAsJsonObject();
        assertEquals(32, report.getAsJsonObject("modules").get("OSFP-400G-DR4").getAsInt());
        assertEquals(16, report.getAsJsonObject("modules").get("OSFP-800G-2DR4").getAsInt());
        assertEquals(256, report.get("fibers").getAsInt());

        assertEquals(block(doc, "output: fabric cables rail-pod.fabric"), CliRunner.run("cables", fabric.toString()).out());

        Path out = dir.resolve("netbox");
        assertEquals(0, CliRunner.run("export", fabric.toString(), "--to", "netbox", "--site", "DC1", "--manufacturer",
                "NVIDIA", "-o", out.toString()).exit());
        assertEquals(block(doc, "output: netbox/devices.csv"), Files.readString(out.resolve("devices.csv")));
        String interfaces = block(doc, "output: netbox/interfaces.csv, first rows");
        assertEquals(interfaces.lines().toList(),
                firstRows(Files.readString(out.resolve("interfaces.csv")), (int) interfaces.lines().count()));
        String cables = block(doc, "output: netbox/cables.csv, first rows");
        assertEquals(cables.lines().toList(),
                firstRows(Files.readString(out.resolve("cables.csv")), (int) cables.lines().count()));
    }
}
