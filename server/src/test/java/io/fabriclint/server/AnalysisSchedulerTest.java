package io.fabriclint.server;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edits are debounced, a newer edit cancels an analysis in progress, and no edited file is left unanalyzed. */
class AnalysisSchedulerTest {
    @Test
    void aNewerEditCancelsTheRunningAnalysisAndEveryFileIsAnalyzedInTheEnd() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(2);
        Path a = Path.of("/w/a.fabric");
        Path b = Path.of("/w/b.fabric");
        AnalysisScheduler scheduler = new AnalysisScheduler(5, (file, cancelled) -> {
            events.add("start " + file.getFileName());
            started.countDown();
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < end) {
                if (cancelled.getAsBoolean()) {
                    events.add("cancelled " + file.getFileName());
                    throw new CancellationException();
                }
                Thread.onSpinWait();
            }
            events.add("done " + file.getFileName());
            done.countDown();
        }, new ServerLog(new PrintStream(new ByteArrayOutputStream())));
        scheduler.edited(a);
        assertTrue(started.await(5, TimeUnit.SECONDS));
        scheduler.edited(b); // arrives while a is being analyzed
        assertTrue(done.await(10, TimeUnit.SECONDS), events.toString());
        scheduler.shutdown();
        assertEquals("start a.fabric", events.get(0));
        assertEquals("cancelled a.fabric", events.get(1));
        // Both files are analyzed after the cancel: a stayed dirty.
        assertTrue(events.containsAll(List.of("done a.fabric", "done b.fabric")), events.toString());
    }

    @Test
    void editsInOneBurstAreAnalyzedOnce() throws Exception {
        List<Path> runs = new CopyOnWriteArrayList<>();
        AnalysisScheduler scheduler = new AnalysisScheduler(50, (file, cancelled) -> runs.add(file),
                new ServerLog(new PrintStream(new ByteArrayOutputStream())));
        Path a = Path.of("/w/a.fabric");
        for (int i = 0; i < 10; i++) {
            scheduler.edited(a);
        }
        Thread.sleep(400);
        scheduler.shutdown();
        assertEquals(List.of(a), runs);
    }
}
