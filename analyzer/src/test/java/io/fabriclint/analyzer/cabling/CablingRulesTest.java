package io.fabriclint.analyzer.cabling;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of cabling.md §1–§2 checked cable by cable on the golden
 * fixtures: what each rule promises, asserted as a property of the whole cut
 * sheet rather than row by row.
 */
class CablingRulesTest {
    private static List<Cable> cables(String fixture) {
        CablePlan plan = CablingGoldenTest.cables(CablingGoldenTest.ROOT.resolve(fixture + ".fabric"));
        List<Cable> out = new ArrayList<>();
        plan.forEach(out::add);
        assertEquals(plan.total(), out.size());
        return out;
    }

    private static long number(String name) {
        return Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
    }

    @Test
    void stripeWiringIsRailAligned() {
        List<Cable> all = cables("rail-aligned-stripe");
        assertEquals(32, all.size());
        for (Cable c : all) {
            // NIC j of every server reaches leaf j; server s lands on down port s of that leaf.
            assertEquals(number(c.a().port()), number(c.z().device()), c.toString());
            assertEquals(number(c.a().device()), number(c.z().port()), c.toString());
            assertEquals(0, c.a().leg());
            assertEquals(0, c.z().leg());
        }
    }

    @Test
    void stripeWiringTakesEveryLeafToEverySpineEvenly() {
        Map<String, Map<String, Integer>> reached = new TreeMap<>();
        for (Cable c : cables("every-leaf-to-every-spine")) {
            reached.computeIfAbsent(c.a().device(), k -> new TreeMap<>()).merge(c.z().device(), 1, Integer::sum);
        }
        assertEquals(Set.of("leaf-1", "leaf-2", "leaf-3", "leaf-4"), reached.keySet());
        for (Map<String, Integer> spines : reached.values()) {
            assertEquals(Map.of("spine-1", 2, "spine-2", 2, "spine-3", 2, "spine-4", 2), spines);
        }
    }

    @Test
    void twinPortTargetsTakeTwoSourcePortsOnTheirLegs() {
        Map<String, Set<Long>> legs = new TreeMap<>();
        for (Cable c : cables("twin-port-target-legs")) {
            assertEquals(number(c.a().port()), number(c.z().device()), "rail-aligned: " + c);
            assertEquals(0, c.a().leg());
            legs.computeIfAbsent(c.z().device() + " " + c.z().port(), k -> new TreeSet<>()).add(c.z().leg());
            assertEquals(8, c.strands(), "a 4-lane DR4 cable has all 8 strands of its module");
        }
        // 8 cables on 4 target ports: each port holds legs 1 and 2 (language.md §4: 4 target modules).
        assertEquals(4, legs.size());
        legs.values().forEach(l -> assertEquals(Set.of(1L, 2L), l));
    }

    @Test
    void brokenOutSourcePortsFeedOneTargetPortPerLeg() {
        Map<String, Set<Long>> legs = new TreeMap<>();
        Set<String> targets = new TreeSet<>();
        for (Cable c : cables("breakout-source-legs")) {
            legs.computeIfAbsent(c.a().device() + " " + c.a().port(), k -> new TreeSet<>()).add(c.a().leg());
            assertTrue(targets.add(c.z().device() + " " + c.z().port()), "one cable per target port: " + c);
            assertEquals(0, c.z().leg());
            assertEquals(2, c.strands(), "each leg of a 4-strand 2xFR4 carries 2");
        }
        assertEquals(4, legs.size());
        legs.values().forEach(l -> assertEquals(Set.of(1L, 2L), l));
        assertEquals(8, targets.size());
    }

    @Test
    void blockWiringFillsOneSwitchBeforeTheNextAndPlacesDevicesInTheirRacks() {
        List<Cable> all = cables("block-racks-units");
        for (Cable c : all.subList(0, 12)) {
            long server = number(c.a().device());
            assertEquals(server <= 3 ? "leaf-1" : "leaf-2", c.z().device(), c.toString());
            // servers 1-3 stand in row-1, 4-6 in row-2, at U1, U5, U9; each rack's leaf sits on top, at U13
            assertEquals(server <= 3 ? "row-1" : "row-2", c.a().rack());
            assertEquals(1 + 4 * ((server - 1) % 3), c.a().unit());
            assertEquals(c.a().rack(), c.z().rack(), "a server meets the leaf in its own rack");
            assertEquals(13.0, c.z().unit());
        }
        Cable toSecondSpine = all.get(13);
        assertEquals("spine-2", toSecondSpine.z().device());
        assertEquals("tight-1", toSecondSpine.z().rack());
        assertNull(toSecondSpine.z().unit(), "spine-2 would take U3-U4 of a 3U rack");
        assertEquals(1.0, all.get(12).z().unit());
    }

    @Test
    void templatesNameDevicesPortsAndCables() {
        List<Cable> all = cables("templates");
        Cable first = all.get(0);
        assertEquals("P1-1", first.label());
        assertEquals("server1", first.a().device());
        assertEquals("swp1", first.a().port());
        assertEquals("sw-1", first.z().device());
        assertEquals("Ethernet3/1", first.z().port(), "down-1 is the spine's third cage, after 2 mgmt cages");
        Cable fifth = all.get(4);
        assertEquals("C5", fifth.label(), "numbers run over the whole model; the default pattern pads to 1 digit");
        assertEquals("swp3", fifth.a().port(), "the second link takes the next free NIC ports");
        assertEquals("Ethernet5/1", fifth.z().port());
    }

    @Test
    void aLaterLinkOnTheSameGroupContinuesTheStripe() {
        List<Cable> all = cables("shared-group-continues-the-stripe");
        // leaf-5's cable took spine-1; border-1 starts on the next spine, on its next free port.
        assertEquals("spine-1", all.get(4).z().device());
        assertEquals("spine-2", all.get(5).z().device());
        assertEquals("down-2", all.get(5).z().port());
        Map<String, Integer> perSpine = new HashMap<>();
        all.forEach(c -> perSpine.merge(c.z().device(), 1, Integer::sum));
        assertEquals(Map.of("spine-1", 2, "spine-2", 2, "spine-3", 2, "spine-4", 2), perSpine);
    }

    @Test
    void aCableWithNoPortLeftIsListedWithAnEmptyPort() {
        List<Cable> all = cables("no-port-left");
        assertEquals(4, all.size());
        Cable border = all.get(3);
        assertEquals("spine-1", border.z().device());
        assertNull(border.z().port());
        assertTrue(border.unplaced());
        assertEquals(1, all.stream().filter(Cable::unplaced).count());
    }

    @Test
    void lengthsAreWrittenAsPlainMetres() {
        assertEquals("250", CablePlan.plain(cables("every-leaf-to-every-spine").get(0).lengthMeters()));
        assertEquals("2.5", CablePlan.plain(cables("twin-port-target-legs").get(0).lengthMeters()));
        assertEquals("800", CablePlan.plain(cables("breakout-source-legs").get(0).lengthMeters()));
    }
}
