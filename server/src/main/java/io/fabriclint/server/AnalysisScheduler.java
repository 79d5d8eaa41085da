package io.fabriclint.server;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * Runs analyses on one background thread: each edit marks its file dirty and
 * schedules a run after a short debounce; a newer edit cancels a run in
 * progress (it checks between stages and rules) and schedules its own. A file
 * stays dirty until a run for it completes, so no edit is lost to a cancel.
 */
final class AnalysisScheduler {
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fabric-analysis");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final Set<Path> dirty = new LinkedHashSet<>();
    private final long debounceMillis;
    private final BiConsumer<Path, BooleanSupplier> refresh;
    private final ServerLog log;

    /** @param refresh analyzes and publishes one file; must throw CancellationException when told to stop */
    AnalysisScheduler(long debounceMillis, BiConsumer<Path, BooleanSupplier> refresh, ServerLog log) {
        this.debounceMillis = debounceMillis;
        this.refresh = refresh;
        this.log = log;
    }

    void edited(Path file) {
        long mine;
        synchronized (dirty) {
            dirty.add(file);
            mine = generation.incrementAndGet();
        }
        executor.schedule(() -> run(mine), debounceMillis, TimeUnit.MILLISECONDS);
    }

    private void run(long mine) {
        BooleanSupplier cancelled = () -> generation.get() != mine;
        if (cancelled.getAsBoolean()) {
            return; // a newer edit has its own run scheduled
        }
        Set<Path> todo;
        synchronized (dirty) {
            todo = new LinkedHashSet<>(dirty);
        }
        for (Path p : todo) {
            try {
                refresh.accept(p, cancelled);
                synchronized (dirty) {
                    if (!cancelled.getAsBoolean()) {
                        dirty.remove(p);
                    }
                }
            } catch (CancellationException e) {
                return;
            } catch (RuntimeException | StackOverflowError e) {
                synchronized (dirty) {
                    dirty.remove(p);
                }
                log.error("analysis of " + p + " failed", e);
            } catch (OutOfMemoryError e) {
                // The analysis's garbage is free again once it has unwound; the server keeps serving
                // the other files, and says why this one has no diagnostics.
                synchronized (dirty) {
                    dirty.remove(p);
                }
                log.show(p.getFileName() + " is too large to analyze in the " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                        + " MB the server's Java heap may use; split the fabric into files that import each other,"
                        + " or give the server more (-Xmx)");
            }
        }
    }

    /** Stops: a run in progress stops at its next check (as for a newer edit), none starts. */
    void shutdown() {
        generation.incrementAndGet();
        executor.shutdownNow();
    }

    /**
     * Waits, at most {@code millis}, for a run in progress to end: the process exits on `exit`, and
     * must not cut short the diagnostics a run is writing to the client.
     */
    void awaitStopped(long millis) {
        try {
            executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
