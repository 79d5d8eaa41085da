package io.fabriclint.analyzer.cabling;

import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.physical.PortUsage;
import io.fabriclint.analyzer.testing.Fixtures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cut sheet and the report agree (cabling.md §2, language.md §4): the
 * strands of the cables add up to the report's fibers, each link's cables use
 * as many target ports as the report counts modules for, no port or leg is
 * given twice, and a cable lacks a port exactly when FAB301 says a device is
 * short. On every example, every conformance case that is present, and on
 * generated fabrics.
 */
class CableTotalsTest {
    private static final List<Path> FOLDERS = List.of(Path.of("../examples"), Path.of("../../shared/conformance/cases"));

    @TestFactory
    Stream<DynamicTest> everyExampleAndCaseAgreesWithItsReport() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : FOLDERS) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(p -> p.toString().endsWith(".fabric")).sorted().forEach(files::add);
                }
            }
        }
        assertTrue(files.stream().anyMatch(p -> p.endsWith("seed-1024-gpu-pod.fabric")), files.toString());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(),
                () -> agree(Fixtures.analyze(f.toAbsolutePath().normalize()))));
    }

    @Property(tries = 300)
    void generatedFabricsAgreeWithTheirReport(@ForAll("fabrics") String text) {
        agree(Fixtures.analyzeText(text));
    }

    /** What the cut sheet and the report must agree on. */
    static void agree(Analyzer.Analysis analysis) {
        FabricPlan plan = analysis.plan();
        CablePlan cables = new CablePlan(plan);
        long[] strands = {0};
        long[] count = {0};
        long[] unplaced = {0};
        Set<String> ends = new HashSet<>();
        Map<LinkPlan, Set<String>> targetPorts = new IdentityHashMap<>();
        for (LinkPlan l : cables.links()) {
            Set<String> ports = new HashSet<>();
            targetPorts.put(l, ports);
            cables.forEach(l, c -> {
                strands[0] += c.strands();
                count[0]++;
                if (c.unplaced()) {
                    unplaced[0]++;
                }
                for (Cable.End e : List.of(c.a(), c.z())) {
                    if (e.port() != null) {
                        assertTrue(ends.add(e.device() + " " + e.interfaceName()), "given twice: " + e + " in " + c);
                    }
                }
                if (c.z().port() != null) {
                    ports.add(c.z().device() + " " + c.z().port());
                }
            });
        }
        String about = Fixtures.render(analysis.reported());
        assertEquals(cables.total(), count[0]);
        long omittedFibers = plan.links().stream().filter(l -> !l.cabled()).mapToLong(LinkPlan::fibers).sum();
        assertEquals(plan.fibers() - omittedFibers, strands[0], "strands against the report's fibers\n" + about);
        boolean short_ = plan.ports().values().stream().anyMatch(u -> u.devicesShort() > 0 && touched(u, cables));
        assertEquals(short_, unplaced[0] > 0, "unplaced cables exactly when a device is short of ports\n" + about);
        if (unplaced[0] == 0) {
            for (Map.Entry<LinkPlan, Set<String>> e : targetPorts.entrySet()) {
                assertEquals(e.getKey().targetPorts(), e.getValue().size(),
                        "target ports (modules) of " + e.getKey().link().label() + "\n" + about);
            }
        }
    }

    private static boolean touched(PortUsage u, CablePlan cables) {
        return u.links().stream().anyMatch(l -> cables.links().contains(l));
    }

    @Provide
    Arbitrary<String> fabrics() {
        Arbitrary<String> pair = Arbitraries.of("OSFP-400G-DR4", "OSFP-400G-DR4 -> OSFP-800G-2DR4",
                "OSFP-800G-2DR4 -> OSFP-400G-DR4", "OSFP-800G-DR8", "OSFP-800G-2FR4 -> QDD-400G-FR4",
                "OSFP-400G-SR4 -> OSFP-800G-2SR4", "unknown-module");
        Arbitrary<String> wiring = Arbitraries.of("stripe", "block");
        Arbitrary<Shape> shape = Combinators.combine(
                Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 6),
                Arbitraries.integers().between(1, 9), Arbitraries.integers().between(1, 16),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(1, 4)).as(Shape::new);
        return Combinators.combine(shape, pair, pair, wiring, wiring).as(CableTotalsTest::fabric);
    }

    record Shape(int servers, int nics, int leaves, int down, int borders, int per) {
    }

    /** Servers and a second source tier (borders) sharing the leaves' down ports; a rack for the units. */
    private static String fabric(Shape s, String serverModule, String borderModule, String w1, String w2) {
        int servers = s.servers();
        int nics = s.nics();
        int leaves = s.leaves();
        int down = s.down();
        int borders = s.borders();
        int per = s.per();
        return "rack row { count 2; height 42U }\n"
                + "tier server { count " + servers + "; rack row; height 2U; port nic: " + nics + " x OSFP 400G }\n"
                + "tier border { count " + Math.max(1, borders) + "; port up: 4 x OSFP 800G }\n"
                + "tier leaf { count " + leaves + "; rack row; port down: " + down + " x OSFP 800G }\n"
                + "link server.nic -> leaf.down {\n  module " + serverModule + "\n  fiber OS2\n  length 30m\n"
                + "  wiring " + w1 + "\n}\n"
                + (borders == 0 ? "" : "link border.up -> leaf.down {\n  count " + per + "\n  module " + borderModule
                + "\n  fiber OS2\n  length 100m\n  wiring " + w2 + "\n}\n");
    }

    @Property(tries = 50)
    void uniqueEndsHoldAlsoWhenGroupsOverflow(@ForAll("fabrics") String text) {
        Analyzer.Analysis a = Fixtures.analyzeText(text);
        CablePlan cables = new CablePlan(a.plan());
        Map<String, Integer> seen = new HashMap<>();
        cables.forEach(c -> {
            if (c.a().port() != null) {
                seen.merge(c.a().device() + " " + c.a().interfaceName(), 1, Integer::sum);
            }
        });
        assertFalse(seen.values().stream().anyMatch(n -> n > 1), seen.toString());
    }
}
