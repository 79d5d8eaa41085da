package io.fabriclint.analyzer.report;

import com.google.gson.JsonObject;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Report figures worked out by hand in each test. */
class FabricReportTest {
    /** The seed article's power example (spec §6): the leaf rack of 8 switches with 32 × 16 W DR8 each. */
    private static final String POWER_EXAMPLE = """
            fabric power-example {
              pue 1.3
            }

            module DR8-16W {
              like QDD-800G-DR8
              power 16W
            }

            rack leaves {
              height 42U
              power 12kW
            }

            rack spines {
              height 42U
              power 12kW
            }

            tier leaf {
              count 8
              rack leaves
              height 1U
              power 400W
              port up: 32 x QSFP-DD 800G
            }

            tier spine {
              count 4
              rack spines
              height 2U
              power 1200W
              port down: 64 x QSFP-DD 800G
            }

            link leaf.up -> spine.down {
              module DR8-16W
              fiber OS2
              length 100m
            }
            """;

    @Test
    void powerExampleAddsUpAsTheArticleDoes() {
        JsonObject r = FabricReport.json(Fixtures.analyzeText(POWER_EXAMPLE).plan());
        // 256 leaf uplinks, one module at each end.
        assertEquals(256 + 256, r.getAsJsonObject("modules").get("DR8-16W").getAsLong());
        assertEquals(256 * 16, r.get("fibers").getAsLong());
        assertEquals(256 * 800, r.getAsJsonObject("bandwidth").get("leaf->spine").getAsDouble());
        // leaf: 400 W + 32 × 16 W = 912 W; 8 leaves in one rack: 256 × 16 W + 8 × 400 W = 7,296 W.
        JsonObject leaf = r.getAsJsonObject("tiers").getAsJsonObject("leaf");
        assertEquals(400 + 32 * 16, leaf.get("devicePower").getAsDouble());
        assertEquals(256 * 16 + 8 * 400, r.getAsJsonObject("racks").getAsJsonObject("leaves").get("power").getAsDouble());
        assertEquals(8, r.getAsJsonObject("racks").getAsJsonObject("leaves").get("units").getAsDouble());
        // spine: 1200 W + 256 modules / 4 spines × 16 W = 2,224 W.
        assertEquals(1200 + 64 * 16, r.getAsJsonObject("tiers").getAsJsonObject("spine").get("devicePower").getAsDouble());
        double it = 8 * 912 + 4 * 2224;
        assertEquals(it, r.getAsJsonObject("power").get("it").getAsDouble());
        assertEquals(it * 1.3, r.getAsJsonObject("power").get("facility").getAsDouble(), 0.05);
        assertFalse(leaf.has("oversubscription"), "leaf has links on one side only");
    }

    @Test
    void breakoutHalvesTheTargetPorts() {
        FabricPlan plan = Fixtures.analyzeText("""
                tier gpu {
                  count 16
                  port nic: 8 x OSFP 400G
                }

                tier leaf {
                  count 4
                  height 2U
                  port down: 32 x OSFP 800G
                  port up: 32 x OSFP 800G
                }

                tier spine {
                  count 4
                  height 2U
                  port down: 32 x OSFP 800G
                }

                link gpu.nic -> leaf.down {
                  module OSFP-400G-DR4 -> OSFP-800G-2DR4
                  fiber OS2
                  length 50m
                }

                link leaf.up -> spine.down {
                  module OSFP-800G-DR8
                  fiber OS2
                  length 150m
                }
                """).plan();
        JsonObject r = FabricReport.json(plan);
        // 128 NIC ports of 4 lanes pair up two per 8-lane leaf port: 64 leaf ports.
        assertEquals(128, r.getAsJsonObject("modules").get("OSFP-400G-DR4").getAsLong());
        assertEquals(64, r.getAsJsonObject("modules").get("OSFP-800G-2DR4").getAsLong());
        assertEquals(16 * 8 * 400, r.getAsJsonObject("bandwidth").get("gpu->leaf").getAsDouble());
        assertEquals(4 * 32 * 800, r.getAsJsonObject("bandwidth").get("leaf->spine").getAsDouble());
        // leaf: 51.2 Tb/s down, 102.4 Tb/s up = 0.5
        assertEquals(0.5, r.getAsJsonObject("tiers").getAsJsonObject("leaf").get("oversubscription").getAsDouble());
        // fibers: 128 × 8 + 128 × 16
        assertEquals(128 * 8 + 128 * 16, r.get("fibers").getAsLong());
        // leaf device: 16 × 17 W (2DR4 down, 64/4) + 32 × 17 W (DR8 up)
        assertEquals(16 * 17 + 32 * 17, r.getAsJsonObject("tiers").getAsJsonObject("leaf").get("devicePower").getAsDouble());
    }

    @Test
    void textAndMarkdownShowTheSameFigures() {
        FabricPlan plan = Fixtures.analyzeText(POWER_EXAMPLE).plan();
        String text = ReportText.render(plan);
        String markdown = ReportMarkdown.render(plan);
        for (String figure : new String[]{"DR8-16W", "512", "4,096", "912 W", "2,224 W", "16.2 kW", "21.0 kW", "204.8 Tb/s"}) {
            assertTrue(text.contains(figure), "text lacks " + figure + ":\n" + text);
            assertTrue(markdown.contains(figure), "markdown lacks " + figure + ":\n" + markdown);
        }
        assertTrue(markdown.contains("| --- |"), markdown);
        assertTrue(markdown.startsWith("## Fabric report: power-example"), markdown);
    }

    @Test
    void reportIsProducedForBrokenFiles() {
        FabricPlan plan = Fixtures.analyzeText("tier a {\n  count 2 {\n  port up: 4 x QSFP-DD 400G\n}\n"
                + "tier b {\n  port down: 8 x QSFP-DD 400G\n}\nlink a.up -> b.down {\n  module QDD-400G-DR4\n}\n").plan();
        JsonObject r = FabricReport.json(plan);
        assertEquals(16, r.getAsJsonObject("modules").get("QDD-400G-DR4").getAsLong());
    }

    @Test
    void unknownModulesAreStillCountedByName() {
        FabricPlan plan = Fixtures.analyzeText("tier a {\n  count 2\n  port up: 4 x QSFP-DD 400G\n}\n"
                + "tier b {\n  port down: 8 x QSFP-DD 400G\n}\nlink a.up -> b.down {\n  module ACME-UNKNOWN\n}\n").plan();
        JsonObject r = FabricReport.json(plan);
        assertEquals(16, r.getAsJsonObject("modules").get("ACME-UNKNOWN").getAsLong(), "8 ports at each end");
        assertEquals(0, r.get("fibers").getAsLong(), "fibers need the module's figures");
    }

    @Test
    void targetModulesAreWhatTheWiringPutsOnEachDevice() {
        // 6 NICs (4 lanes) into twin-port cages (8 lanes) of 4 leaves: leaves 1 and 2 get 2 cables (one cage),
        // leaves 3 and 4 get 1 cable each, which still needs a cage and its module: 4 target modules, not 3.
        JsonObject r = FabricReport.json(Fixtures.analyzeText("""
                tier gpu { count 6; port nic: 1 x OSFP 400G }
                tier leaf { count 4; port down: 2 x OSFP 800G }
                link gpu.nic -> leaf.down {
                  module OSFP-400G-DR4 -> OSFP-800G-2DR4
                  fiber OS2
                  length 30m
                }
                """).plan());
        assertEquals(6, r.getAsJsonObject("modules").get("OSFP-400G-DR4").getAsLong());
        assertEquals(4, r.getAsJsonObject("modules").get("OSFP-800G-2DR4").getAsLong());
        assertEquals(48, r.get("fibers").getAsLong(), "fibers count the source modules: 6 x 8");
    }
}
