package io.fabriclint.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.fabriclint.analyzer.export.CutSheetCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `fabric cables`: the cut sheet as CSV (read back with a real RFC 4180
 * parser), JSON (keys and types of cabling.md §3) and markdown; what it does
 * with lint errors, links it cannot cable, and bad arguments.
 */
class CablesCommandTest {
    static final String SEED = "../examples/seed-1024-gpu-pod.fabric";
    static final String POD = "src/test/resources/exports/pod.fabric";

    @TempDir
    Path dir;

    /** Rows of a CSV text as maps, header first, parsed by Jackson's CSV reader (RFC 4180). */
    static List<Map<String, String>> csv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
                .enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS);
        List<Map<String, String>> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withStrictHeaders(true)).readValues(text)) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    static List<String> header(String text) {
        return List.of(text.substring(0, text.indexOf('\n')).split(","));
    }

    @Test
    void csvHasTheSpecifiedColumnsAndOneRowPerCable() throws IOException {
        CliRunner.Run run = CliRunner.run("cables", SEED);
        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of("cable", "link", "a_device", "a_port", "a_leg", "a_rack", "a_u", "a_module", "z_device",
                "z_port", "z_leg", "z_rack", "z_u", "z_module", "fiber", "length_m", "strands"), header(run.out()));
        assertEquals(CutSheetCsv.COLUMNS, header(run.out()));
        assertFalse(run.out().contains("\r"), "lines end in LF");
        List<Map<String, String>> rows = csv(run.out());
        assertEquals(1280, rows.size());
        assertEquals(Map.ofEntries(Map.entry("cable", "C0001"), Map.entry("link", "gpu.nic->leaf.down"),
                Map.entry("a_device", "gpu-01"), Map.entry("a_port", "nic-1"), Map.entry("a_leg", ""),
                Map.entry("a_rack", "compute-1"), Map.entry("a_u", "1"), Map.entry("a_module", "OSFP-400G-SR4"),
                Map.entry("z_device", "leaf-01"), Map.entry("z_port", "down-1"), Map.entry("z_leg", "1"),
                Map.entry("z_rack", "network-1"), Map.entry("z_u", "1"), Map.entry("z_module", "QDD-400G-SR8"),
                Map.entry("fiber", "OM4"), Map.entry("length_m", "30"), Map.entry("strands", "8")), rows.get(0));
        long strands = rows.stream().mapToLong(r -> Long.parseLong(r.get("strands"))).sum();
        JsonObject report = JsonParser.parseString(CliRunner.run("report", "--format", "json", SEED).out()).getAsJsonObject();
        assertEquals(report.get("fibers").getAsLong(), strands, "the cut sheet's strands are the report's fibers");
    }

    @Test
    void fieldsWithCommasAndQuotesAreQuotedAsRfc4180Says() throws IOException {
        Path file = dir.resolve("odd.fabric");
        Files.writeString(file, """
                tier a {
                  count 2
                  names "rack 1, \\"a\\" {n}"
                  port p: 1 x OSFP 800G
                }
                tier b { port q: 2 x OSFP 800G }
                link a.p -> b.q {
                  module OSFP-800G-DR8
                  labels "x,{i}"
                }
                """);
        CliRunner.Run run = CliRunner.run("cables", file.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("\"x,1\",a.p->b.q,\"rack 1, \"\"a\"\" 1\","), run.out());
        List<Map<String, String>> rows = csv(run.out());
        assertEquals("rack 1, \"a\" 2", rows.get(1).get("a_device"));
        assertEquals("x,2", rows.get(1).get("cable"));
        assertEquals("", rows.get(1).get("fiber"), "no fiber named");
        assertEquals("", rows.get(1).get("length_m"), "no length given");
    }

    @Test
    void jsonHasTheSameKeysWithNumbersAndNulls() {
        CliRunner.Run run = CliRunner.run("cables", "--format", "json", POD);
        assertEquals(0, run.exit(), run.toString());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(Set.of("cables", "summary"), root.keySet());
        Set<String> numbers = Set.of("a_leg", "a_u", "z_leg", "z_u", "length_m", "strands");
        long strands = 0;
        for (JsonElement e : root.getAsJsonArray("cables")) {
            JsonObject c = e.getAsJsonObject();
            assertEquals(CutSheetCsv.COLUMNS, new ArrayList<>(c.keySet()), "keys as the CSV's columns, in order");
            for (String key : c.keySet()) {
                JsonElement v = c.get(key);
                if (!v.isJsonNull()) {
                    assertEquals(numbers.contains(key), v.getAsJsonPrimitive().isNumber(), key + " in " + c);
                }
            }
            strands += c.get("strands").getAsLong();
        }
        JsonObject first = root.getAsJsonArray("cables").get(0).getAsJsonObject();
        assertTrue(first.get("a_leg").isJsonNull(), "no leg: null, not empty");
        assertEquals(1, first.get("z_leg").getAsInt());
        JsonObject summary = root.getAsJsonObject("summary");
        assertEquals(Set.of("cables", "strands", "unplaced", "byLink"), summary.keySet());
        assertEquals(30, summary.get("cables").getAsLong());
        assertEquals(strands, summary.get("strands").getAsLong());
        assertEquals(0, summary.get("unplaced").getAsLong());
        assertEquals(Map.of("gpu.nic->leaf.down", 16L, "leaf.up->spine.down", 8L, "leaf.edge->border.down", 4L,
                        "leaf.oob->border.mgmt", 2L),
                Map.copyOf(summary.getAsJsonObject("byLink").asMap().entrySet().stream().collect(
                        java.util.stream.Collectors.toMap(Map.Entry::getKey, x -> x.getValue().getAsLong()))));
        JsonObject dac = root.getAsJsonArray("cables").get(24).getAsJsonObject();
        assertTrue(dac.get("fiber").isJsonNull(), "copper: no fiber " + dac);
        assertEquals(0, dac.get("strands").getAsInt());
    }

    @Test
    void markdownSummarisesEachLinkGroupThenListsItsCables() {
        CliRunner.Run run = CliRunner.run("cables", "--format", "markdown", POD);
        assertEquals(0, run.exit(), run.toString());
        String md = run.out();
        assertTrue(md.startsWith("## Cut sheet: pod-1\n\n| link | cables | labels |"), md);
        assertTrue(md.contains("| leaf.up->spine.down | 8 | C17 – C24 | leaf.up · OSFP-800G-2FR4 (2 legs per port) |"), md);
        assertTrue(md.contains("30 cables, 160 fiber strands."), md);
        assertEquals(4, md.lines().filter(l -> l.startsWith("### ")).count());
        assertEquals(30, md.lines().filter(l -> l.matches("\\| C\\d\\d \\|.*")).count());
        assertTrue(md.contains("| C01 | gpu-1 | nic-1 | compute-1 | U1 | leaf-1 | swp1/1 | network-1 | U1 | 8 |"), md);
    }

    @Test
    void outputGoesToAFileWhenAsked() throws IOException {
        Path out = dir.resolve("sheets/pod.csv");
        CliRunner.Run run = CliRunner.run("cables", "--output", out.toString(), POD);
        assertEquals(0, run.exit(), run.toString());
        assertEquals("", run.out());
        assertEquals(CliRunner.run("cables", POD).out(), Files.readString(out));
    }

    @Test
    void linksWithoutCablesAreNamedOnStandardErrorAndTheRestIsPrinted() throws IOException {
        Path file = dir.resolve("mixed.fabric");
        Files.writeString(file, """
                tier a { count 2; port p: 1 x OSFP 800G; port r: 1 x OSFP 400G }
                tier b { port q: 4 x OSFP 800G }
                link a.p -> b.q { module OSFP-800G-DR8 }
                link a.r -> b.q { module OSFP-400G-SR4 -> QDD-400G-SR8 }
                link a.p -> ghost.q { module OSFP-800G-DR8 }
                module THREE-LANE { like OSFP-800G-DR8; lanes 3 x 100G DR }
                link a.r -> b.q { module THREE-LANE -> OSFP-800G-DR8 }
                """);
        CliRunner.Run run = CliRunner.run("cables", file.toString());
        assertEquals(0, run.exit(), "lint errors do not stop the cut sheet: " + run);
        // 4 x 100G SR into 8 x 50G SR: the lanes divide (FAB203 for the rate), so its cables are listed.
        assertEquals(1 + 2 + 2, run.out().lines().count(), run.out());
        assertTrue(run.err().contains("link a.p -> ghost.q has no cables: a tier is unknown (FAB002)"), run.err());
        assertTrue(run.err().contains("link a.r -> b.q has no cables: the lane counts of its modules do not divide (FAB203)"),
                run.err());
    }

    @Test
    void usageAndInputErrorsExitTwo() {
        CliRunner.Run missing = CliRunner.run("cables", dir.resolve("nope.fabric").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file"), missing.toString());
        CliRunner.Run format = CliRunner.run("cables", "--format", "xml", POD);
        assertEquals(2, format.exit());
        assertTrue(format.err().contains("xml"), format.toString());
    }
}
