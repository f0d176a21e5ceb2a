package io.modellab.tracker.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A seeded, stratified train/test split: each class keeps its share in both parts.
 *
 * <p>For each class in label order, its rows are shuffled with one {@link SplittableRandom} seeded once, and
 * {@code round(testFraction * classRows)} of them go to test. The same labels, fraction and seed give the same
 * split (SplittableRandom's algorithm has been stable since JDK 8; the demo's tests pin the resulting numbers). Both index arrays are sorted.
 *
 * @param train positions of the training rows, ascending
 * @param test positions of the test rows, ascending
 */
public record StratifiedSplit(int[] train, int[] test) {

    /**
     * Splits rows by their labels.
     *
     * @param labels one label per row; a missing label is refused
     * @param testFraction share of each class that goes to test, in (0, 1)
     * @param seed the seed
     */
    public static StratifiedSplit of(String[] labels, double testFraction, long seed) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in (0, 1), got " + testFraction);
        }
        Map<String, List<Integer>> byClass = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                throw new IllegalArgumentException("the label of row position " + i + " is missing; every row needs one");
            }
            byClass.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(i);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] train = new int[labels.length];
        int[] test = new int[labels.length];
        int nTrain = 0;
        int nTest = 0;
        for (List<Integer> rows : byClass.values()) {
            int[] shuffled = rows.stream().mapToInt(Integer::intValue).toArray();
            for (int i = shuffled.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            int testRows = (int) Math.round(testFraction * shuffled.length);
            for (int i = 0; i < shuffled.length; i++) {
                if (i < testRows) {
                    test[nTest++] = shuffled[i];
                } else {
                    train[nTrain++] = shuffled[i];
                }
            }
        }
        int[] trainRows = Arrays.copyOf(train, nTrain);
        int[] testRows = Arrays.copyOf(test, nTest);
        Arrays.sort(trainRows);
        Arrays.sort(testRows);
        return new StratifiedSplit(trainRows, testRows);
    }
}
