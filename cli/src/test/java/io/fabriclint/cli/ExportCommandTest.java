package io.fabriclint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `fabric export` against what each consumer accepts: NetBox's bulk-import
 * headers, choice slugs and lookups (read in NetBox's dcim/choices.py and
 * dcim/forms/bulk_import.py, encoded here as the values and rules they
 * define), containerlab's published topology schema and its endpoint rules,
 * Batfish's layer-1 topology keys, and Graphviz's own parser for PTM's DOT.
 */
class ExportCommandTest {
    /** NetBox InterfaceTypeChoices: the pluggable Ethernet types fabric-lint writes, and `other`. */
    static final Set<String> NETBOX_INTERFACE_TYPES = Set.of("10gbase-x-sfpp", "25gbase-x-sfp28", "50gbase-x-sfp56",
            "40gbase-x-qsfpp", "50gbase-x-sfp28", "100gbase-x-qsfp28", "200gbase-x-qsfp56", "400gbase-x-qsfp112",
            "100gbase-x-qsfpdd", "200gbase-x-qsfpdd", "400gbase-x-qsfpdd", "800gbase-x-qsfpdd", "1.6tbase-x-qsfpdd1600",
            "400gbase-x-osfp", "800gbase-x-osfp", "1.6tbase-x-osfp1600", "other");
    /** NetBox CableTypeChoices for fiber and twinax. */
    static final Set<String> NETBOX_CABLE_TYPES = Set.of("mmf", "mmf-om1", "mmf-om2", "mmf-om3", "mmf-om4", "mmf-om5",
            "smf", "smf-os1", "smf-os2", "aoc", "dac-active", "dac-passive");
    static final Set<String> NETBOX_DEVICE_STATUSES = Set.of("offline", "active", "planned", "staged", "failed",
            "inventory", "decommissioning");
    static final Set<String> NETBOX_LINK_STATUSES = Set.of("connected", "planned", "decommissioning");
    static final Set<String> NETBOX_FACES = Set.of("front", "rear");
    static final Set<String> NETBOX_LENGTH_UNITS = Set.of("km", "m", "cm", "mi", "ft", "in");

    static final List<String> FABRICS = List.of(CablesCommandTest.POD, CablesCommandTest.SEED,
            "../examples/three-tier-clos.fabric", "../examples/site/main.fabric");

    private static JsonSchema clab;
    private static JsonNode clabSchema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/containerlab/clab.schema.json"))) {
            clabSchema = new ObjectMapper().readTree(in);
        }
        clab = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(clabSchema);
    }

    /** The cut sheet's rows that have a port at both ends: what every export holds. */
    private static List<Map<String, String>> placed(String fabric) throws IOException {
        return CablesCommandTest.csv(CliRunner.run("cables", fabric).out()).stream()
                .filter(r -> !r.get("a_port").isEmpty() && !r.get("z_port").isEmpty()).toList();
    }

    private static String end(Map<String, String> row, String side) {
        String leg = row.get(side + "_leg");
        return row.get(side + "_device") + ":" + row.get(side + "_port") + (leg.isEmpty() ? "" : "/" + leg);
    }

    // ------------------------------------------------------------------ NetBox

    @ParameterizedTest
    @ValueSource(strings = {CablesCommandTest.POD, CablesCommandTest.SEED, "../examples/three-tier-clos.fabric",
            "../examples/site/main.fabric"})
    void netboxImportsWhatNetboxAccepts(String fabric) throws IOException {
        Path out = dir.resolve("nb");
        CliRunner.Run run = CliRunner.run("export", fabric, "--to", "netbox", "--output", out.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().startsWith("wrote "), run.out());

        String devicesText = Files.readString(out.resolve("devices.csv"));
        assertEquals(List.of("name", "role", "manufacturer", "device_type", "site", "rack", "position", "face", "status"),
                CablesCommandTest.header(devicesText));
        Set<String> devices = new HashSet<>();
        for (Map<String, String> d : CablesCommandTest.csv(devicesText)) {
            assertTrue(devices.add(d.get("name")), "device names are unique in NetBox: " + d);
            assertTrue(NETBOX_DEVICE_STATUSES.contains(d.get("status")), d.toString());
            assertEquals("planned", d.get("status"));
            assertEquals("Generic", d.get("manufacturer"), "NetBox finds a device type by manufacturer and model");
            assertTrue(!d.get("role").isEmpty() && !d.get("device_type").isEmpty() && !d.get("site").isEmpty(), d.toString());
            // Device.position: 1 decimal, 1 ≤ U ≤ 100.5; a face exactly when there is a position.
            if (d.get("position").isEmpty()) {
                assertEquals("", d.get("face"), d.toString());
            } else {
                BigDecimal u = new BigDecimal(d.get("position"));
                assertTrue(u.scale() <= 1 && u.compareTo(BigDecimal.ONE) >= 0 && u.compareTo(new BigDecimal("100.5")) <= 0, d.toString());
                assertTrue(NETBOX_FACES.contains(d.get("face")), d.toString());
                assertTrue(!d.get("rack").isEmpty(), "a position needs a rack: " + d);
            }
        }

        String interfacesText = Files.readString(out.resolve("interfaces.csv"));
        assertEquals(List.of("device", "name", "type", "speed"), CablesCommandTest.header(interfacesText));
        Map<String, String> interfaceTypes = new HashMap<>();
        for (Map<String, String> i : CablesCommandTest.csv(interfacesText)) {
            assertTrue(devices.contains(i.get("device")), "interface of an unknown device: " + i);
            assertTrue(NETBOX_INTERFACE_TYPES.contains(i.get("type")), "not a NetBox interface type: " + i);
            assertTrue(Long.parseLong(i.get("speed")) > 0, "speed in kb/s: " + i);
            assertEquals(null, interfaceTypes.put(i.get("device") + ":" + i.get("name"), i.get("type")),
                    "an interface is imported once: " + i);
        }

        String cablesText = Files.readString(out.resolve("cables.csv"));
        assertEquals(List.of("side_a_device", "side_a_type", "side_a_name", "side_b_device", "side_b_type", "side_b_name",
                "type", "status", "length", "length_unit", "label"), CablesCommandTest.header(cablesText));
        List<Map<String, String>> cables = CablesCommandTest.csv(cablesText);
        Set<String> connected = new HashSet<>();
        for (Map<String, String> c : cables) {
            for (String side : List.of("side_a", "side_b")) {
                assertEquals("dcim.interface", c.get(side + "_type"));
                String key = c.get(side + "_device") + ":" + c.get(side + "_name");
                assertTrue(interfaceTypes.containsKey(key), "NetBox looks the termination up by device and name: " + key);
                assertTrue(connected.add(key), "NetBox refuses a second cable on " + key);
            }
            assertTrue(c.get("type").isEmpty() || NETBOX_CABLE_TYPES.contains(c.get("type")), c.toString());
            assertTrue(NETBOX_LINK_STATUSES.contains(c.get("status")), c.toString());
            if (!c.get("length").isEmpty()) {
                assertTrue(new BigDecimal(c.get("length")).scale() <= 2, "Cable.length has 2 decimals: " + c);
                assertTrue(NETBOX_LENGTH_UNITS.contains(c.get("length_unit")), "a length needs its unit: " + c);
            }
        }
        List<Map<String, String>> sheet = placed(fabric);
        assertEquals(sheet.size(), cables.size());
        for (int n = 0; n < sheet.size(); n++) {
            assertEquals(sheet.get(n).get("cable"), cables.get(n).get("label"));
            assertEquals(end(sheet.get(n), "a"), cables.get(n).get("side_a_device") + ":" + cables.get(n).get("side_a_name"));
        }
    }

    @Test
    void netboxTypesFollowTheCageTheFiberAndTheLegs() throws IOException {
        Path out = dir.resolve("pod");
        assertEquals(0, CliRunner.run("export", CablesCommandTest.POD, "--to", "netbox", "-o", out.toString(),
                "--site", "DC1", "--manufacturer", "NVIDIA").exit());
        List<Map<String, String>> interfaces = CablesCommandTest.csv(Files.readString(out.resolve("interfaces.csv")));
        Map<String, Map<String, String>> byName = new HashMap<>();
        interfaces.forEach(i -> byName.put(i.get("device") + ":" + i.get("name"), i));
        // A twin-port OSFP 800G cage is one interface per leg, each at half the cage's speed.
        assertEquals(Map.of("device", "leaf-1", "name", "swp1/2", "type", "800gbase-x-osfp", "speed", "400000000"),
                byName.get("leaf-1:swp1/2"));
        assertEquals("400gbase-x-osfp", byName.get("gpu-1:nic-1").get("type"));
        assertEquals("400gbase-x-qsfpdd", byName.get("spine-1:down-1").get("type"));
        assertEquals("100gbase-x-qsfp28", byName.get("border-1:mgmt-1").get("type"));
        Map<String, Long> cableTypes = new HashMap<>();
        for (Map<String, String> c : CablesCommandTest.csv(Files.readString(out.resolve("cables.csv")))) {
            cableTypes.merge(c.get("type"), 1L, Long::sum);
        }
        assertEquals(Map.of("smf-os2", 24L, "dac-passive", 4L, "mmf-om4", 2L), cableTypes);
        Map<String, String> gpu = CablesCommandTest.csv(Files.readString(out.resolve("devices.csv"))).get(0);
        assertEquals(Map.of("name", "gpu-1", "role", "gpu", "manufacturer", "NVIDIA", "device_type", "DGX-H100",
                "site", "DC1", "rack", "compute-1", "position", "1", "face", "front", "status", "planned"), gpu);
    }

    // ------------------------------------------------------------------ containerlab

    @ParameterizedTest
    @ValueSource(strings = {CablesCommandTest.POD, CablesCommandTest.SEED, "../examples/three-tier-clos.fabric",
            "../examples/site/main.fabric"})
    void containerlabTopologyFollowsItsPublishedSchema(String fabric) throws IOException {
        CliRunner.Run run = CliRunner.run("export", fabric, "--to", "containerlab", "--output", "-");
        assertEquals(0, run.exit(), run.toString());
        JsonNode topology = new YAMLMapper().readTree(run.out());
        Set<ValidationMessage> problems = clab.validate(topology);
        assertEquals(Set.of(), problems, "containerlab's schema");
        // `endpoints` lists its two items in `prefixItems` (a newer keyword than the schema's draft-07): apply them.
        JsonNode prefix = clabSchema.at("/definitions/link-config-short/properties/endpoints/prefixItems");
        Set<String> nodes = new TreeSet<>();
        topology.at("/topology/nodes").fieldNames().forEachRemaining(nodes::add);
        Set<String> endpoints = new HashSet<>();
        List<String> links = new ArrayList<>();
        for (JsonNode link : topology.at("/topology/links")) {
            JsonNode ends = link.get("endpoints");
            assertEquals(2, ends.size());
            for (int i = 0; i < 2; i++) {
                String ep = ends.get(i).asText();
                assertTrue(Pattern.compile(prefix.get(i).get("pattern").asText()).matcher(ep).find(), ep);
                // containerlab splits at the first colon and refuses an endpoint used twice or an unknown node.
                String node = ep.substring(0, ep.indexOf(':'));
                assertTrue(nodes.contains(node), "unknown node " + node);
                assertTrue(endpoints.add(ep), "duplicate endpoint " + ep);
            }
            links.add(ends.get(0).asText() + " " + ends.get(1).asText());
        }
        List<String> expected = placed(fabric).stream().map(r -> end(r, "a") + " " + end(r, "z")).toList();
        assertEquals(expected, links);
    }

    @Test
    void containerlabFileIsNamedAfterTheLabAndTakesAKind() throws IOException {
        CliRunner.Run run = CliRunner.run("export", CablesCommandTest.POD, "--to", "containerlab", "--kind",
                "nvidia_cumulusvx", "-o", dir.toString());
        assertEquals(0, run.exit(), run.toString());
        Path file = dir.resolve("pod-1.clab.yml");
        assertTrue(run.out().contains(file + " (30 links)"), run.out());
        JsonNode topology = new YAMLMapper().readTree(Files.readString(file));
        assertEquals("pod-1", topology.get("name").asText());
        assertEquals("nvidia_cumulusvx", topology.at("/topology/nodes/leaf-1/kind").asText());
        assertEquals(Set.of(), clab.validate(topology));
    }

    @Test
    void aDeviceNameContainerlabCannotTakeIsAUsageError() throws IOException {
        Path file = dir.resolve("spaces.fabric");
        Files.writeString(file, "tier a { count 2; names \"rack a {n}\"; port p: 1 x OSFP 800G }\n"
                + "tier b { port q: 2 x OSFP 800G }\nlink a.p -> b.q { module OSFP-800G-DR8 }\n");
        CliRunner.Run run = CliRunner.run("export", file.toString(), "--to", "containerlab", "-o", dir.toString());
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("device name 'rack a 1' (tier a) is not a containerlab node name"), run.err());
    }

    // ------------------------------------------------------------------ Batfish

    @ParameterizedTest
    @ValueSource(strings = {CablesCommandTest.POD, CablesCommandTest.SEED, "../examples/three-tier-clos.fabric"})
    void batfishLayer1TopologyHasItsKeysAndOneEdgePerCable(String fabric) throws IOException {
        Path file = dir.resolve("snapshot/batfish/layer1_topology.json");
        CliRunner.Run run = CliRunner.run("export", fabric, "--to", "batfish", "-o", file.toString());
        assertEquals(0, run.exit(), run.toString());
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        assertEquals(List.of("edges"), names(root));
        List<String> edges = new ArrayList<>();
        Map<String, String> hostnames = new HashMap<>();
        for (JsonNode edge : root.get("edges")) {
            assertEquals(List.of("node1", "node2"), names(edge));
            StringBuilder text = new StringBuilder();
            for (String n : List.of("node1", "node2")) {
                JsonNode node = edge.get(n);
                assertEquals(List.of("hostname", "interfaceName"), names(node));
                assertTrue(node.get("hostname").isTextual() && !node.get("hostname").asText().isEmpty(), node.toString());
                assertTrue(node.get("interfaceName").isTextual() && !node.get("interfaceName").asText().isEmpty(),
                        node.toString());
                // Batfish lower-cases hostnames: two devices must not become one.
                String host = node.get("hostname").asText();
                String before = hostnames.putIfAbsent(host.toLowerCase(Locale.ROOT), host);
                assertTrue(before == null || before.equals(host), host + " and " + before);
                text.append(text.isEmpty() ? "" : " ").append(host).append(':').append(node.get("interfaceName").asText());
            }
            edges.add(text.toString());
        }
        assertEquals(placed(fabric).stream().map(r -> end(r, "a") + " " + end(r, "z")).toList(), edges);
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    // ------------------------------------------------------------------ PTM (DOT)

    @ParameterizedTest
    @ValueSource(strings = {CablesCommandTest.POD, CablesCommandTest.SEED})
    void ptmTopologyIsDotThatGraphvizReadsCableForCable(String fabric) throws Exception {
        Path bin = Graphviz.bin();
        Path file = dir.resolve("topology.dot");
        CliRunner.Run run = CliRunner.run("export", fabric, "--to", "ptm", "-o", dir.toString());
        assertEquals(0, run.exit(), run.toString());
        String text = Files.readString(file);
        assertTrue(text.startsWith("graph G {\n") && text.endsWith("}\n"), text);
        String[] canon = graphviz(List.of(bin.resolve("dot").toString(), "-Tcanon", file.toString()));
        // PTM's ports are interface names, not fields of record-shaped nodes: dot says so, and nothing else.
        List<String> problems = canon[1].lines()
                .filter(l -> !l.matches("Warning: node \".*\", port \".*\" unrecognized|Warning: node .*, port .* unrecognized"))
                .toList();
        assertEquals(List.of(), problems, "dot reports problems");
        // gvpr, Graphviz's own graph reader, lists each edge with the ports it parsed.
        String[] edges = graphviz(List.of(bin.resolve("gvpr").toString(),
                "E { printf(\"%s:%s %s:%s\\n\", $.tail.name, $.tailport, $.head.name, $.headport); }", file.toString()));
        assertEquals("", edges[1].replaceAll("(?m)^Warning: node .*, port .* unrecognized\n", ""));
        // gvpr walks edges node by node; the same edges, each once, are what matters.
        List<String> expected = placed(fabric).stream().map(r -> end(r, "a") + " " + end(r, "z")).sorted().toList();
        assertEquals(expected, edges[0].lines().sorted().toList());
    }

    /** Standard output and standard error of a Graphviz tool (standard error through a file: it may be long). */
    private String[] graphviz(List<String> command) throws Exception {
        Path err = Files.createTempFile(dir, "graphviz", ".err");
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectError(err.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), command + " timed out");
        String errText = Files.readString(err);
        assertEquals(0, p.exitValue(), command + ": " + errText);
        return new String[]{new String(out, StandardCharsets.UTF_8), errText};
    }

    // ------------------------------------------------------------------ options

    @Test
    void outputOptionsAreCheckedBeforeAnythingIsWritten() throws IOException {
        CliRunner.Run noTo = CliRunner.run("export", CablesCommandTest.POD);
        assertEquals(2, noTo.exit());
        assertTrue(noTo.err().contains("--to"), noTo.toString());
        CliRunner.Run netboxToStdout = CliRunner.run("export", CablesCommandTest.POD, "--to", "netbox", "-o", "-");
        assertEquals(2, netboxToStdout.exit());
        Path plain = Files.writeString(dir.resolve("file.txt"), "x");
        CliRunner.Run notAFolder = CliRunner.run("export", CablesCommandTest.POD, "--to", "netbox", "-o", plain.toString());
        assertEquals(2, notAFolder.exit());
        assertTrue(notAFolder.err().contains("not a folder"), notAFolder.toString());
    }
}
