package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.cabling.Cable;
import io.fabriclint.analyzer.cabling.CablePlan;
import io.fabriclint.analyzer.testing.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Which cables a change adds, removes and moves, by either of the two matchings. */
class CableChangesTest {
    private static final String POD = """
            fabric pod { }
            tier gpu { count 4; port nic: 2 x OSFP 400G }
            tier leaf { count 2; port down: 4 x OSFP 400G; port up: 2 x OSFP 800G }
            tier spine { count 2; port down: 2 x OSFP 800G }
            link gpu.nic -> leaf.down { %s module OSFP-400G-DR4; fiber OS2; length 30m }
            link leaf.up -> spine.down { %s module %s; fiber OS2; length 150m }
            """;

    private static CablePlan pod(String serverLink, String spineLink, String spineModule) {
        return new CablePlan(Fixtures.analyzeText(POD.formatted(serverLink, spineLink, spineModule)).plan());
    }

    private static String counts(CableChanges c) {
        return c.added() + " added, " + c.removed() + " removed, " + c.moved() + " moved";
    }

    @Test
    void theSameDesignChangesNoCable() {
        CablePlan a = pod("", "", "OSFP-800G-DR8");
        CableChanges c = CableChanges.between(a, pod("", "", "OSFP-800G-DR8"));
        assertEquals(12, a.total());
        assertFalse(c.changed());
    }

    @Test
    void otherWiringMovesCablesThatKeepTheirLabels() {
        // Striped: gpu-1 nic-1 → leaf-1, nic-2 → leaf-2. In blocks: gpu-1 and gpu-2 fill leaf-1.
        CableChanges c = CableChanges.between(pod("", "", "OSFP-800G-DR8"), pod("wiring block;", "", "OSFP-800G-DR8"));
        assertEquals("0 added, 0 removed, 6 moved", counts(c));
        CableChanges.Move first = c.firstMoved().get(0);
        assertEquals("C02", first.before().label());
        assertEquals("leaf-2", first.before().z().device());
        assertEquals("leaf-1", first.after().z().device());
    }

    @Test
    void aCableWithOtherModulesOnTheSameEndsIsReplaced() {
        CableChanges c = CableChanges.between(pod("", "", "OSFP-800G-DR8"), pod("", "", "OSFP-800G-2FR4"));
        assertEquals("4 added, 4 removed, 0 moved", counts(c));
        assertEquals("OSFP-800G-2FR4", c.firstAdded().get(0).a().module());
        assertEquals("OSFP-800G-DR8", c.firstRemoved().get(0).a().module());
    }

    @Test
    void labelsOfSeveralTemplatesAreMatchedInLabelOrder() {
        // `S-…` comes before `A-…` in the cut sheet: the walk merges the two link groups' streams.
        CablePlan old = pod("labels \"S-{n}\";", "labels \"A-{n}\";", "OSFP-800G-DR8");
        CablePlan now = pod("labels \"S-{n}\"; wiring block;", "labels \"A-{n}\";", "OSFP-800G-2FR4");
        CableChanges c = CableChanges.between(old, now);
        assertEquals("4 added, 4 removed, 6 moved", counts(c));
        assertEquals("A-09", c.firstAdded().get(0).label());
    }

    @Test
    void cablesThatShareALabelPairInCutSheetOrder() {
        // One label for all four uplinks. Striped they reach spine-1, spine-2, spine-1, spine-2; in
        // blocks spine-1, spine-1, spine-2, spine-2: the first and the last stay where they were.
        CablePlan old = pod("", "labels \"UP\";", "OSFP-800G-DR8");
        CablePlan now = pod("", "labels \"UP\"; wiring block;", "OSFP-800G-DR8");
        assertEquals("0 added, 0 removed, 2 moved", counts(CableChanges.between(old, now)));
    }

    @TestFactory
    Stream<DynamicTest> theWalkCountsAsTheDefinitionOnEveryGoldenCase() throws IOException {
        List<Path> cases;
        try (Stream<Path> list = Files.list(DiffGoldenTest.ROOT)) {
            cases = list.filter(p -> Files.isRegularFile(p.resolve("old.fabric"))).sorted().toList();
        }
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            CablePlan old = new CablePlan(Fixtures.analyze(dir.resolve("old.fabric").toAbsolutePath()).plan());
            CablePlan now = new CablePlan(Fixtures.analyze(dir.resolve("new.fabric").toAbsolutePath()).plan());
            assertEquals(byDefinition(old, now), counts(CableChanges.between(old, now)));
        }));
    }

    /** cabling.md §5 read literally, every cable held by its (unique) label. */
    private static String byDefinition(CablePlan old, CablePlan now) {
        Map<String, Cable> before = new HashMap<>();
        old.forEach(c -> before.put(c.label(), c));
        long added = 0;
        long removed = 0;
        long moved = 0;
        Map<String, Cable> after = new HashMap<>();
        now.forEach(c -> after.put(c.label(), c));
        for (Cable b : after.values()) {
            Cable a = before.get(b.label());
            if (a == null) {
                added++;
            } else if (!place(a).equals(place(b))) {
                moved++;
            } else if (!modules(a).equals(modules(b))) {
                added++;
                removed++;
            }
        }
        for (String label : before.keySet()) {
            if (!after.containsKey(label)) {
                removed++;
            }
        }
        return added + " added, " + removed + " removed, " + moved + " moved";
    }

    private static List<Object> place(Cable c) {
        return List.of(c.a().device(), String.valueOf(c.a().port()), c.a().leg(), c.z().device(),
                String.valueOf(c.z().port()), c.z().leg());
    }

    private static List<String> modules(Cable c) {
        return Arrays.asList(c.a().module(), c.z().module());
    }

    @Test
    void labelsComeInNaturalOrder() {
        List<String> sorted = Stream.of("C10", "C2", "C0001", "C001", "row-10", "row-9", "C1a", "C1")
                .sorted(LabelOrder.INSTANCE).toList();
        // By value first, then the shorter run: a wider padding after a digit boundary sorts by number too.
        assertEquals(List.of("C1", "C1a", "C001", "C0001", "C2", "C10", "row-9", "row-10"), sorted);
        assertEquals(0, LabelOrder.INSTANCE.compare("C0042", "C0042"));
    }
}
