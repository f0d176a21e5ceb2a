package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modellab.evalharness.core.ProgressListener;
import io.modellab.evalharness.core.data.ClassProbabilities;
import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.data.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LatencyHarnessTest {

    static Table rows(int n) {
        List<String[]> cells = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(new String[] {Integer.toString(i)});
            ids.add(Integer.toString(i));
        }
        return Table.ofRows(List.of("x"), cells, ids);
    }

    @Test
    void warmUpIsNotTimedAndPercentilesComeFromTheTimedBatches() {
        // A fake clock: the k-th predict call takes k milliseconds, so warm-up calls (1-3) are the fastest and the
        // timed ones take 4..103 ms; numpy's linear percentiles of those are 53.5, 98.05 and 102.01.
        AtomicLong now = new AtomicLong();
        AtomicInteger calls = new AtomicInteger();
        List<Integer> batchSizes = new ArrayList<>();
        Predictor predictor = table -> {
            batchSizes.add(table.rowCount());
            now.addAndGet(calls.incrementAndGet() * 1_000_000L);
            return new ClassProbabilities(List.of("a", "b"), fill(table.rowCount()));
        };
        List<String> stages = new ArrayList<>();

        LatencyHarness.Report report = new LatencyHarness(now::get).measure(predictor, rows(10),
                new LatencyHarness.Options(4, 3, 100, "cpu"), (stage, done, total) -> stages.add(stage));

        assertThat(batchSizes).hasSize(103).containsOnly(4);
        assertThat(report.p50Millis()).isCloseTo(53.5, within(1e-9));
        assertThat(report.p95Millis()).isCloseTo(98.05, within(1e-9));
        assertThat(report.p99Millis()).isCloseTo(102.01, within(1e-9));
        assertThat(report.meanMillis()).isCloseTo(53.5, within(1e-9));
        assertThat(report.microsPerRow()).isCloseTo(53.5 * 1000 / 4, within(1e-6));
        assertThat(report.device()).isEqualTo("cpu");
        assertThat(stages).startsWith("latency warm-up", "latency warm-up", "latency warm-up", "latency").hasSize(103);
    }

    @Test
    void anyBatchCallIsTimedCyclingThroughItsItems() {
        // The k-th call takes k ms again, and the items cycle 0..4 in batches of 2.
        AtomicLong now = new AtomicLong();
        AtomicInteger calls = new AtomicInteger();
        List<String> batches = new ArrayList<>();
        LatencyHarness.Report report = new LatencyHarness(now::get).measure(5, batch -> {
            batches.add(java.util.Arrays.toString(batch));
            now.addAndGet(calls.incrementAndGet() * 1_000_000L);
        }, new LatencyHarness.Options(2, 1, 3, "cpu"), ProgressListener.NONE);

        assertThat(batches).containsExactly("[0, 1]", "[2, 3]", "[4, 0]", "[1, 2]");
        assertThat(report.p50Millis()).isCloseTo(3.0, within(1e-9));
        assertThat(report.meanMillis()).isCloseTo(3.0, within(1e-9));
        assertThat(report.measuredBatches()).isEqualTo(3);
    }

    @Test
    void aRealPredictorIsTimedWithTheRealClock() {
        Predictor slow = table -> {
            long until = System.nanoTime() + 200_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            return new ClassProbabilities(List.of("a", "b"), fill(table.rowCount()));
        };

        LatencyHarness.Report report = new LatencyHarness().measure(slow, rows(5),
                new LatencyHarness.Options(2, 2, 20, "cpu"), ProgressListener.NONE);

        assertThat(report.p50Millis()).isGreaterThanOrEqualTo(0.2);
        assertThat(report.p50Millis()).isLessThanOrEqualTo(report.p95Millis());
        assertThat(report.p95Millis()).isLessThanOrEqualTo(report.p99Millis());
    }

    static double[][] fill(int n) {
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = new double[] {0.5, 0.5};
        }
        return p;
    }
}
