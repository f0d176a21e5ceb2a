package io.modellab.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.tracker.ProjectStore;
import io.modellab.tracker.data.DatasetStore;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.SplitSpec;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * How much heap a large CSV ingest holds: generates a seeded CSV of about {@code --megabytes} MB (ten columns of
 * every type, some missing cells, a skewed label, 100,000 customers), ingests it with a split, and prints the heap
 * the ingest held. Run it with a small {@code -Xmx} to see the bound hold:
 *
 * <pre>
 * benchmarks/ingest-heap.sh                     # 200 MB, stratified split, -Xmx64m
 * java -Xmx64m -cp ... io.modellab.benchmarks.IngestHeap --megabytes 200 --split none
 * </pre>
 *
 * <p>Two figures: the largest heap in use right after a garbage collection (what the ingest kept alive: an upper
 * bound of its live data between collections) and the sum of the heap pools' peaks (garbage included, so it
 * mostly shows how much room the collector was given).
 */
public final class IngestHeap {

    private static final String[] CATEGORIES = {"groceries", "fuel", "travel", "rent", "utilities", "dining",
            "health", "education", "clothing", "electronics", "gifts", "other"};

    private IngestHeap() {
    }

    /** {@code [--megabytes N] [--split none|random|stratified|group|time] [--dir DIR]}. */
    public static void main(String[] args) throws IOException {
        long megabytes = 200;
        String split = "stratified";
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "modellab-ingest-heap");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--megabytes" -> megabytes = Long.parseLong(args[i + 1]);
                case "--split" -> split = args[i + 1];
                case "--dir" -> dir = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path csv = dir.resolve("transactions-" + megabytes + "mb.csv");
        if (!Files.exists(csv)) {
            generate(csv, megabytes * 1_000_000);
        }
        Path root = Files.createTempDirectory(dir, "artifacts-");
        new ProjectStore(root).create("bench", "ingest heap");
        String strategy = split;
        IngestOptions options = IngestOptions.defaults().withTarget("label").withIngestedBy("IngestHeap")
                .withSplit(switch (strategy) {
                    case "none" -> null;
                    case "random" -> SplitSpec.random(0.2, 42);
                    case "stratified" -> SplitSpec.stratified("label", 0.2, 42);
                    case "group" -> SplitSpec.group("customer", 0.2, 42);
                    case "time" -> SplitSpec.timeOrdered("day", 0.2);
                    default -> throw new IllegalArgumentException("unknown split " + strategy);
                });

        System.gc();
        long baseline = heapUsed();
        AtomicLong maxAfterGc = watchCollections();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        DatasetVersion version = new DatasetStore(root).ingest("bench", "transactions", csv, dir, options).version();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peaks = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peaks += pool.getPeakUsage().getUsed();
            }
        }

        System.out.printf(Locale.ROOT, "file: %s, %,d bytes, %,d rows, %d columns%n", csv, Files.size(csv),
                version.rows(), version.columns().size());
        System.out.printf(Locale.ROOT, "split: %s%n", version.split() == null ? "none" : version.split().description());
        System.out.printf(Locale.ROOT, "max heap (-Xmx): %,d MiB; heap in use before: %,d MiB%n",
                Runtime.getRuntime().maxMemory() >> 20, baseline >> 20);
        System.out.printf(Locale.ROOT, "largest heap in use right after a collection during ingest: %,d MiB%n",
                maxAfterGc.get() >> 20);
        System.out.printf(Locale.ROOT, "sum of heap pool peaks (garbage included): %,d MiB%n", peaks >> 20);
        System.out.printf(Locale.ROOT, "ingest took %.1f s (%.0f MB/s, two streaming reads)%n", seconds,
                Files.size(csv) / 1e6 / seconds);
    }

    /** The heap in use after each collection (heap pools only, not metaspace or code), the largest so far. */
    private static AtomicLong watchCollections() {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        AtomicLong max = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> heapPools.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    max.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        return max;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A seeded transactions table of about {@code bytes} bytes. */
    private static void generate(Path csv, long bytes) throws IOException {
        Files.createDirectories(csv.getParent());
        SplittableRandom random = new SplittableRandom(2026);
        LocalDate first = LocalDate.of(2020, 1, 1);
        long written = 0;
        long row = 0;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            String header = "id,customer,day,amount,age,category,city,flag,comment,label\n";
            out.write(header);
            written += header.length();
            StringBuilder line = new StringBuilder(256);
            while (written < bytes) {
                row++;
                line.setLength(0);
                line.append(row).append(',')
                        .append("c").append(random.nextInt(100_000)).append(',')
                        .append(first.plusDays(row * 1500 / 1_500_000)).append(',')
                        .append(random.nextInt(50) == 0 ? "" : String.format(Locale.ROOT, "%.2f",
                                Math.exp(3 + 1.2 * random.nextGaussian()))).append(',')
                        .append(random.nextInt(20) == 0 ? "NA" : Integer.toString(18 + random.nextInt(70))).append(',')
                        .append(CATEGORIES[(int) Math.min(CATEGORIES.length - 1,
                                Math.abs(random.nextGaussian()) * 3)]).append(',')
                        .append("city-").append(random.nextInt(500)).append(',')
                        .append(random.nextBoolean() ? "true" : "false").append(',')
                        .append('"').append("order ").append(random.nextLong() & 0xffffffffL)
                        .append(", delivered \"\"on time\"\" by courier ").append(random.nextInt(1000)).append('"')
                        .append(',')
                        .append(random.nextInt(10) == 0 ? "fraud" : "ok").append('\n');
                out.append(line);
                written += line.length();
            }
        }
    }
}
