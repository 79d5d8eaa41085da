package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the golden cases must show, asserted on the figures rather than the text. */
class DesignDiffTest {
    private static DesignDiff of(String name) {
        return DiffGoldenTest.diff(DiffGoldenTest.ROOT.resolve(name));
    }

    @Test
    void aCountChangeMovesModulesPowerBandwidthAndOversubscription() {
        DesignDiff d = of("count-change");
        // 4 fewer servers × 8 NICs: 32 fewer DR4s, and 16 fewer twin-port leaf modules.
        assertEquals(-32.0, d.modules().get("OSFP-400G-DR4").delta());
        assertEquals(-16.0, d.modules().get("OSFP-800G-2DR4").delta());
        assertEquals(new Change(16.0, 12.0), d.tiers().get("gpu").count());
        assertEquals(new Change(1.0, 0.75), d.oversubscription().get("leaf"));
        assertEquals(-12800.0, d.bandwidth().get("gpu->leaf").delta());
        assertFalse(d.modules().containsKey("OSFP-800G-DR8"), "unchanged modules are not listed");
    }

    @Test
    void aModuleSwapIsOneModuleGoneAndAnotherNew() {
        DesignDiff d = of("module-swap");
        assertEquals(new Change(128.0, 0.0), d.modules().get("OSFP-800G-DR8"));
        assertEquals(new Change(0.0, 128.0), d.modules().get("OSFP-800G-2FR4"));
        assertEquals(-768.0, d.fibers().delta()); // 16 → 4 strands on 64 links, both ends counted once
        assertFalse(d.powerChanged(), "both draw 17 W");
    }

    @Test
    void aRackThatGoesOverItsBudgetSaysSo() {
        DesignDiff.RackChange r = of("rack-over-budget").racks().get("compute");
        assertFalse(r.overBefore());
        assertTrue(r.overAfter());
        assertEquals(40000.0, r.budgetWatts().after());
    }

    @Test
    void findingsAreMatchedByCodeFileAndMessageNotByLine() {
        DesignDiff d = of("new-and-fixed-findings");
        assertEquals(java.util.List.of("FAB402"), d.diagnostics().added().stream().map(Diagnostic::code).toList());
        assertEquals(java.util.List.of("FAB101"), d.diagnostics().fixed().stream().map(Diagnostic::code).toList());
        // FAB304 on the spines is in both, four lines lower in the new file: neither new nor fixed.
        assertEquals(0, d.diagnostics().newErrors());
    }

    @Test
    void otherWiringMovesCablesAndChangesNothingElse() {
        DesignDiff d = of("moved-cables");
        assertTrue(d.changed());
        assertEquals(126, d.cableChanges().moved()); // C001 and C128 land where they were
        assertEquals(0, d.cableChanges().renumbered());
        assertEquals(0, d.cableChanges().added() + d.cableChanges().removed());
        assertFalse(d.cables().changed());
        assertTrue(d.modules().isEmpty());
        assertFalse(d.powerChanged());
    }

    @Test
    void fewerServersRemoveTheirCablesAndRenumberTheRest() {
        DesignDiff d = of("count-change");
        assertEquals(new Change(192.0, 160.0), d.cables());
        // 32 fewer server cables; the 64 uplinks now start at C097, so their labels name other cables.
        assertEquals(32, d.cableChanges().removed());
        assertEquals(64, d.cableChanges().moved());
        // C097…C128 were server cables and are uplinks now; C129…C160 are uplinks still, other ones.
        assertEquals(32, d.cableChanges().renumbered());
        assertEquals(0, d.cableChanges().added());
    }

    @Test
    void anUnchangedDesignIsUnchangedThoughItsTextMoved() {
        DesignDiff d = of("unchanged");
        assertFalse(d.changed());
        assertTrue(DiffMarkdown.render(d).lines().count() == 1);
    }
}
