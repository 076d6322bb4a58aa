package org.guanai.registry.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/** Time and heap readings the benchmarks print. */
final class Measure {

    private Measure() {
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Heap in use after a collection: the baseline a step's growth is measured from. */
    static long settledHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks()}. */
    static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The most heap in use just after a collection since {@link #resetLive()}; see {@link #liveHeapPeak()}. */
    private static final AtomicLong LIVE_PEAK = new AtomicLong();

    static {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    long after = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo()
                            .getMemoryUsageAfterGc().entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                            .mapToLong(e -> e.getValue().getUsed()).sum();
                    LIVE_PEAK.accumulateAndGet(after, Math::max);
                }
            }, null, null);
        }
    }

    static void resetLive() {
        LIVE_PEAK.set(0);
    }

    /**
     * The heap a step kept: the highest heap in use just after any collection since {@link #resetLive()} (the
     * pools' peaks also count the young generation's garbage, which grows with the heap allowed, not the step).
     */
    static long liveHeapPeak() {
        return LIVE_PEAK.get();
    }

    static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    /**
     * CPU time so far of this JVM's JIT compiler threads, in ms, by thread id, from Linux's per-thread counters (they
     * are not Java threads, so no MXBean reports their CPU). On two cores the compiler's work competes with the
     * requests' for a long while after the start, so a figure measured meanwhile is not yet the warm one.
     */
    record CompilerCpu(Map<Long, Long> millisByThread) {

        /** The compilers' CPU now; null where /proc cannot tell. */
        static CompilerCpu now() {
            Map<Long, Long> millis = new HashMap<>();
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
                for (Path task : tasks) {
                    if (Files.readString(task.resolve("comm")).contains("CompilerThre")) { // "C2 CompilerThre", "C1 …"
                        // utime and stime, fields 14 and 15, counted after the command name's closing parenthesis
                        String[] f = Files.readString(task.resolve("stat")).replaceFirst("^.*\\) ", "").split(" ");
                        millis.put(Long.parseLong(task.getFileName().toString()),
                                (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10); // USER_HZ is 100 on Linux
                    }
                }
            } catch (IOException | RuntimeException e) {
                return null;
            }
            return new CompilerCpu(millis);
        }

        /**
         * Their CPU between two readings, in ms; a thread started in between counts whole. -1 when either reading is
         * unknown, or when a thread of {@code earlier} has ended since: HotSpot stops idle compiler threads, and a
         * thread's count ends with it, so what it did in between is unknown (a plain sum then went down, and once read
         * as a settled JIT).
         */
        static long between(CompilerCpu earlier, CompilerCpu later) {
            if (earlier == null || later == null
                    || !later.millisByThread.keySet().containsAll(earlier.millisByThread.keySet())) {
                return -1;
            }
            return later.millisByThread.entrySet().stream()
                    .mapToLong(e -> e.getValue() - earlier.millisByThread.getOrDefault(e.getKey(), 0L)).sum();
        }
    }
}
