package io.modellab.tracker.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.modellab.evalharness.core.schema.ValueCount;
import io.modellab.evalharness.core.schema.ValueCounts;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The two bounded summaries the profile streams into, exact while small and within their stated bounds after. */
class SketchAndCounterTest {

    @Test
    void theSketchIsExactUpToItsCapacityAndInterpolatesAsNumpy() {
        QuantileSketch sketch = new QuantileSketch(16);
        for (double v : new double[] {5, 1, 4, 2, 3}) {
            sketch.add(v);
        }

        assertThat(sketch.exact()).isTrue();
        // np.quantile([1, 2, 3, 4, 5], [0, .1, .5, .95, 1])
        assertThat(sketch.quantiles(0, 0.1, 0.5, 0.95, 1)).containsExactly(1, 1.4, 3, 4.8, 5);
        assertThat(sketch.histogram(new double[] {1, 3, 5})).containsExactly(2, 3);
    }

    @Test
    void pastItsCapacityTheSketchStaysWithinItsRankBoundWhateverTheOrder() {
        int n = 1_000_000;
        int capacity = 4096;
        double bound = Math.log(n / (double) capacity) / Math.log(2) / capacity;
        SplittableRandom random = new SplittableRandom(3);
        double[] lognormal = new double[n];
        for (int i = 0; i < n; i++) {
            lognormal[i] = Math.exp(random.nextGaussian() * 1.5);
        }
        double[] sorted = lognormal.clone();
        Arrays.sort(sorted);
        double[] reversed = new double[n];
        for (int i = 0; i < n; i++) {
            reversed[i] = sorted[n - 1 - i];
        }
        for (double[] order : new double[][] {lognormal, sorted, reversed}) {
            QuantileSketch sketch = new QuantileSketch(capacity);
            for (double v : order) {
                sketch.add(v);
            }
            assertThat(sketch.exact()).isFalse();
            double[] qs = {0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99};
            double[] estimates = sketch.quantiles(qs);
            for (int i = 0; i < qs.length; i++) {
                double rank = rankOf(sorted, estimates[i]) / n;
                assertThat(rank).as("q %s", qs[i]).isCloseTo(qs[i], within(bound));
            }
            long[] counts = sketch.histogram(new double[] {0, 1, 2, 1e9});
            assertThat(counts[0] + counts[1] + counts[2]).isEqualTo(n);
            assertThat(counts[0] / (double) n).isCloseTo(rankOf(sorted, 1) / n, within(2 * bound));
        }
    }

    @Test
    void theSketchIsDeterministic() {
        SplittableRandom random = new SplittableRandom(9);
        QuantileSketch a = new QuantileSketch(64);
        QuantileSketch b = new QuantileSketch(64);
        for (int i = 0; i < 100_000; i++) {
            double v = random.nextDouble();
            a.add(v);
            b.add(v);
        }
        assertThat(a.quantiles(0.1, 0.5, 0.9)).containsExactly(b.quantiles(0.1, 0.5, 0.9));
    }

    @Test
    void theCounterIsExactUpToItsCapacity() {
        ValueCounter counter = new ValueCounter(3);
        for (String v : new String[] {"b", "a", "b", "c", "b", "a"}) {
            counter.add(v);
        }

        ValueCounts summary = counter.summary(2);

        assertThat(summary.top()).containsExactly(new ValueCount("b", 3L), new ValueCount("a", 2L));
        assertThat(summary.other()).isEqualTo(1L);
        assertThat(summary.distinct()).isEqualTo(3L);
        assertThat(summary.exact()).isTrue();
    }

    @Test
    void pastItsCapacityCountsAreLowerBoundsWithinNOverCapacityAndFrequentValuesSurvive() {
        int capacity = 100;
        int n = 200_000;
        ValueCounter counter = new ValueCounter(capacity);
        SplittableRandom random = new SplittableRandom(1);
        long heavy = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextInt(10) == 0) {
                counter.add("heavy");
                heavy++;
            } else {
                counter.add("id-" + random.nextInt(50_000));
            }
        }

        ValueCounts summary = counter.summary(1);
        long truth = heavy;

        assertThat(summary.exact()).isFalse();
        assertThat(summary.distinct()).isEqualTo(capacity + 1L);
        assertThat(summary.top()).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualTo("heavy");
            assertThat(v.count()).isLessThanOrEqualTo(truth).isGreaterThanOrEqualTo(truth - n / (capacity + 1));
        });
    }

    @Test
    void longValuesAreCountedByTheirFirst200Characters() {
        ValueCounter counter = new ValueCounter(10);
        counter.add("x".repeat(300));
        counter.add("x".repeat(250));

        assertThat(counter.all()).singleElement()
                .isEqualTo(new ValueCount("x".repeat(200) + "\u2026", 2L));
    }

    private static double rankOf(double[] sorted, double value) {
        int i = Arrays.binarySearch(sorted, value);
        return i >= 0 ? i : -i - 1;
    }
}
