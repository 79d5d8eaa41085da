package io.fabriclint.cli.fuzz;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fuzz suite (docs/testing.md): nothing a user writes may break parse,
 * lint, the output formats, report, graph, `fmt` or the editor services.
 * In `mvn verify` it runs for {@code fuzz.seconds} (default 20); for a long
 * run:
 * <pre>
 * mvn -pl cli -am test -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.seconds=1800
 * </pre>
 * {@code -Dfuzz.inputs=N} stops after N inputs, {@code -Dfuzz.seed=S} replays a
 * campaign. Failures, shrunk, and a summary go to {@code cli/target/fuzz/}.
 */
class FuzzTest {
    @Test
    void nothingAUserWritesBreaksTheTools() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime() % 1_000_000_000L);
        Duration budget = Duration.ofSeconds(Long.getLong("fuzz.seconds", 20));
        long inputs = Long.getLong("fuzz.inputs", Long.MAX_VALUE);
        FuzzCampaign.Outcome outcome = new FuzzCampaign(seed, budget, inputs, Path.of("target/fuzz")).run();
        System.out.print(outcome.summary());
        assertTrue(outcome.inputs() > 0, "no input ran");
        assertTrue(outcome.failures().isEmpty(), outcome::details);
    }
}
