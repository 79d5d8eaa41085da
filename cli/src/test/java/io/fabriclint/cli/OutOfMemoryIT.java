package io.fabriclint.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fabric larger than the Java heap allows ends in one line saying so and exit status 2, not in
 * an OutOfMemoryError stack trace. Runs the built jar with a heap far too small for its input.
 */
class OutOfMemoryIT {
    @TempDir
    Path dir;

    @Test
    void aFabricTooLargeForTheHeapIsOneClearLine() throws Exception {
        Path file = dir.resolve("big.fabric");
        Files.writeString(file, LargeInputCliTest.generated(200_000));
        Path jar = Path.of(System.getProperty("fabric.jar", "target/fabric.jar")).toAbsolutePath();
        Process p = new ProcessBuilder("java", "-Xmx24m", "-XX:+UseSerialGC", "-jar", jar.toString(), "lint",
                file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), err);
        assertTrue(err.startsWith("fabric: out of memory: the input needs more than the "), err);
        assertTrue(err.contains("-Xmx"), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), err);
        assertEquals(1, err.lines().count(), err);
    }
}
