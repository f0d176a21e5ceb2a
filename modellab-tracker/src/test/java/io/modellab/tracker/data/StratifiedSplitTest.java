package io.modellab.tracker.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StratifiedSplitTest {

    private static final String[] LABELS = CsvDatasets.read("credit-g", Path.of("../datasets/credit-g.csv"), Path.of(".."))
            .table().column("class");

    @Test
    void eachClassKeepsItsShareAndEveryRowIsInExactlyOnePart() {
        StratifiedSplit split = StratifiedSplit.of(LABELS, 0.3, 42);

        assertThat(split.test()).hasSize(300);
        assertThat(Arrays.stream(split.test()).filter(i -> LABELS[i].equals("bad")).count()).isEqualTo(90);
        assertThat(IntStream.concat(Arrays.stream(split.train()), Arrays.stream(split.test())).sorted().toArray())
                .containsExactly(IntStream.range(0, 1000).toArray());
        assertThat(split.train()).isSorted();
    }

    @Test
    void sameSeedSameSplitOtherSeedOtherSplit() {
        assertThat(StratifiedSplit.of(LABELS, 0.3, 42).test()).containsExactly(StratifiedSplit.of(LABELS, 0.3, 42).test());
        assertThat(StratifiedSplit.of(LABELS, 0.3, 43).test()).isNotEqualTo(StratifiedSplit.of(LABELS, 0.3, 42).test());
    }

    @Test
    void theSplitOfSeed42IsPinnedSoAChangeInTheRandomSequenceIsNoticed() {
        assertThat(Arrays.copyOf(StratifiedSplit.of(LABELS, 0.3, 42).test(), 8)).containsExactly(PINNED);
    }

    private static final int[] PINNED = {1, 2, 4, 5, 7, 17, 30, 32};

    @Test
    void classNumbersGiveExactlyTheSplitOfTheListBasedVersionBeforeThem() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int trial = 0; trial < 20; trial++) {
            String[] labels = new String[50 + random.nextInt(500)];
            for (int i = 0; i < labels.length; i++) {
                labels[i] = "c" + random.nextInt(1 + trial % 6);
            }
            double fraction = 0.1 + 0.8 * random.nextDouble();
            long seed = random.nextLong();

            int[][] reference = listBased(labels, fraction, seed);
            StratifiedSplit split = StratifiedSplit.of(labels, fraction, seed);

            assertThat(split.train()).containsExactly(reference[0]);
            assertThat(split.test()).containsExactly(reference[1]);
        }
    }

    /** StratifiedSplit as it was written first (lists of boxed row numbers per class), kept as the reference. */
    private static int[][] listBased(String[] labels, double testFraction, long seed) {
        java.util.Map<String, java.util.List<Integer>> byClass = new java.util.TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            byClass.computeIfAbsent(labels[i], k -> new java.util.ArrayList<>()).add(i);
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        java.util.List<Integer> train = new java.util.ArrayList<>();
        java.util.List<Integer> test = new java.util.ArrayList<>();
        for (java.util.List<Integer> rows : byClass.values()) {
            int[] shuffled = rows.stream().mapToInt(Integer::intValue).toArray();
            for (int i = shuffled.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            int testRows = (int) Math.round(testFraction * shuffled.length);
            for (int i = 0; i < shuffled.length; i++) {
                (i < testRows ? test : train).add(shuffled[i]);
            }
        }
        return new int[][] {train.stream().mapToInt(Integer::intValue).sorted().toArray(),
                test.stream().mapToInt(Integer::intValue).sorted().toArray()};
    }

    @Test
    void missingLabelsAndBadFractionsAreRefused() {
        assertThatThrownBy(() -> StratifiedSplit.of(new String[] {"a", null}, 0.5, 1))
                .hasMessage("the label of row position 1 is missing; every row needs one");
        assertThatThrownBy(() -> StratifiedSplit.of(LABELS, 1.0, 1)).hasMessageContaining("(0, 1)");
    }
}
