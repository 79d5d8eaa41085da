package io.fabriclint.analyzer.physical;

import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.testing.Fixtures;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Multiplying every tier and rack `count` by k multiplies module counts,
 * fibers, bandwidth and power by k and leaves the diagnostics' codes unchanged:
 * the model is linear in counts, as a fabric is.
 */
class ScalingPropertyTest {
    record Shape(int servers, int leaves, int spines, int nicPorts, int leafDown, int leafUp, int spineDown,
                 String downModule, String upModule, int serverRacks, int networkRacks, int length) {
        String text(int k) {
            return """
                    fabric pod {
                      pue 1.25
                      oversubscription 1:1
                    }

                    rack compute {
                      count %d
                      height 42U
                      power 40kW
                    }

                    rack network {
                      count %d
                      power 20kW
                    }

                    tier server {
                      count %d
                      rack compute
                      height 4U
                      power 3kW
                      port nic: %d x QSFP-DD 800G
                    }

                    tier leaf {
                      count %d
                      rack network
                      height 2U
                      power 900W
                      port down: %d x QSFP-DD 800G
                      port up: %d x QSFP-DD 800G
                    }

                    tier spine {
                      count %d
                      rack network
                      height 4U
                      power 1500W
                      port down: %d x QSFP-DD 800G
                    }

                    link server.nic -> leaf.down {
                      module %s
                      fiber OS2
                      length %dm
                    }

                    link leaf.up -> spine.down {
                      module %s
                      fiber OS2
                      length %dm
                    }
                    """.formatted(serverRacks * k, networkRacks * k, servers * k, nicPorts, leaves * k, leafDown,
                    leafUp, spines * k, spineDown, downModule, length, upModule, length * 3);
        }
    }

    @Provide
    Arbitrary<Shape> shapes() {
        Arbitrary<String> modules = Arbitraries.of("QDD-400G-DR4", "QDD-800G-DR8", "QDD-800G-2FR4", "QDD-400G-SR8",
                "QDD-800G-SR8");
        Arbitrary<int[]> sizes = Combinators.combine(
                Arbitraries.integers().between(1, 40), Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 8),
                Arbitraries.integers().between(1, 64), Arbitraries.integers().between(1, 64),
                Arbitraries.integers().between(1, 64), Arbitraries.integers().between(5, 600)
        ).as((s, l, sp, nic, ld, lu, sd, len) -> new int[]{s, l, sp, nic, ld, lu, sd, len});
        Arbitrary<int[]> racks = Combinators.combine(Arbitraries.integers().between(1, 10),
                Arbitraries.integers().between(1, 3)).as((sr, nr) -> new int[]{sr, nr});
        return Combinators.combine(sizes, racks, modules, modules).as((z, r, dm, um) ->
                new Shape(z[0], z[1], z[2], z[3], z[4], z[5], z[6], dm, um, r[0], r[1], z[7]));
    }

    @Property(tries = 60)
    void countsScaleLinearly(@ForAll("shapes") Shape shape, @ForAll @IntRange(min = 2, max = 7) int k) {
        Analyzer.Analysis one = Fixtures.analyzeText(shape.text(1));
        Analyzer.Analysis many = Fixtures.analyzeText(shape.text(k));
        FabricPlan a = one.plan();
        FabricPlan b = many.plan();

        assertEquals(scaled(a.modules(), k), b.modules(), "modules");
        assertEquals(a.fibers() * k, b.fibers(), "fibers");
        a.bandwidth().forEach((key, gbps) -> assertEquals(gbps * k, b.bandwidth().get(key), 1e-6, "bandwidth " + key));
        assertEquals(a.itWatts() * k, b.itWatts(), 1e-6 * Math.max(1, a.itWatts() * k), "IT power");
        assertEquals(a.facilityWatts() * k, b.facilityWatts(), 1e-6 * Math.max(1, a.facilityWatts() * k), "facility");
        assertEquals(codes(one), codes(many), "diagnostic codes");
    }

    private static Map<String, Long> scaled(Map<String, Long> counts, int k) {
        return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() * k));
    }

    private static List<String> codes(Analyzer.Analysis analysis) {
        return analysis.reported().stream().map(d -> d.code()).sorted().toList();
    }
}
