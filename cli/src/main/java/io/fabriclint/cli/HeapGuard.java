package io.fabriclint.cli;

import com.sun.management.GarbageCollectionNotificationInfo;

import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Ends a command that has all but run out of heap. Close to its limit the JVM spends nearly all its
 * time collecting and frees almost nothing, for minutes, before it gives up with an
 * OutOfMemoryError; a user should get the same one-line answer in seconds. The guard watches each
 * collection: when the heap stays over {@value #FULL} full after collecting, and collections took
 * more than {@value #GC_SHARE} of the last {@value #WINDOW_MS} ms, it says so and exits with status
 * 2. (A run that only passes close to the limit, collecting hard for a few seconds, goes on.)
 *
 * <p>It starts after {@value #DELAY_MS} ms, so the commands that are over by then (nearly all) never
 * load the management classes it needs.
 */
final class HeapGuard {
    private static final double FULL = 0.9;
    private static final double GC_SHARE = 0.9;
    private static final long WINDOW_MS = 10_000;
    private static final long DELAY_MS = 2_000;

    private HeapGuard() {
    }

    static void startLater(PrintWriter err) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(DELAY_MS);
                install(err);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
                // No management support in this runtime, or no room to set the guard up: the
                // command's own OutOfMemoryError handler still answers.
            }
        }, "fabric-heap-guard");
        t.setDaemon(true);
        t.start();
    }

    private static void install(PrintWriter err) {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        long max = Runtime.getRuntime().maxMemory();
        String message = FabricCommand.outOfMemory(); // made now: there may be no room for it later
        ArrayDeque<long[]> recent = new ArrayDeque<>(); // {end in ms since start, duration}
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof NotificationEmitter emitter)) {
                continue;
            }
            emitter.addNotificationListener((notification, handback) -> {
                try {
                    check(notification, heapPools, max, recent, message, err);
                } catch (OutOfMemoryError e) {
                    // no room to look: the command's own OutOfMemoryError handler answers
                }
            }, null, null);
        }
    }

    /** One collection: ends the command when it shows the heap full and the time going to collecting. */
    private static void check(Notification notification, Set<String> heapPools, long max, ArrayDeque<long[]> recent,
                              String message, PrintWriter err) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long live = 0;
        for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                MemoryUsage u = e.getValue();
                live += u.getUsed();
            }
        }
        synchronized (recent) {
            long end = info.getGcInfo().getEndTime();
            recent.addLast(new long[]{end, info.getGcInfo().getDuration()});
            while (!recent.isEmpty() && recent.peekFirst()[0] < end - WINDOW_MS) {
                recent.removeFirst();
            }
            long collecting = recent.stream().mapToLong(r -> r[1]).sum();
            if (live > FULL * max && end >= WINDOW_MS && collecting > GC_SHARE * WINDOW_MS) {
                err.println(message);
                err.flush();
                Runtime.getRuntime().halt(FabricCommand.USAGE_OR_IO);
            }
        }
    }
}
