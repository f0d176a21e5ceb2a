package io.modellab.evalharness.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The exact radix selection the Spark regression path's order statistics rest on, without Spark. */
class RadixSelectTest {

    @Test
    void radixSelectionFindsTheSortedValueAtEveryRank() {
        SplittableRandom random = new SplittableRandom(9);
        double[] values = new double[3_001];
        for (int i = 0; i < values.length; i++) {
            // Ties, both signs, zeros of both signs, and values close together.
            values[i] = switch (i % 4) {
                case 0 -> Math.round(random.nextGaussian() * 5);
                case 1 -> random.nextGaussian() * 1e-8;
                case 2 -> i % 8 == 2 ? -0.0 : 0.0;
                default -> 1 + random.nextInt(3) * Math.ulp(1.0);
            };
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int rank : new int[] {0, 1, 750, 1500, 1501, 2250, 3000}) {
            RadixSelect.Selection selection = new RadixSelect.Selection(rank);
            int passes = 0;
            while (!selection.done()) {
                RadixSelect.Histogram h = new RadixSelect.Histogram(selection.level(), selection.prefix());
                // Two partitions' histograms, merged, as the aggregator merges them.
                RadixSelect.Histogram other = new RadixSelect.Histogram(selection.level(), selection.prefix());
                for (int i = 0; i < values.length; i++) {
                    (i % 2 == 0 ? h : other).add(values[i]);
                }
                h.merge(other);
                selection.feed(h);
                passes++;
            }
            double expected = sorted[rank] == 0 ? 0.0 : sorted[rank];
            assertThat(selection.value()).as("rank %d", rank).isEqualTo(expected);
            assertThat(passes).isBetween(1, RadixSelect.LEVELS);
        }
    }
}
