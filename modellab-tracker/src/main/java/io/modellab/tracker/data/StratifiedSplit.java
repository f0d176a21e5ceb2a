package io.modellab.tracker.data;

import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A seeded, stratified train/test split: each class keeps its share in both parts.
 *
 * <p>For each class in label order, its rows (ascending) are shuffled in place (Fisher-Yates from the last position
 * down) with one {@link SplittableRandom} seeded once, and {@code round(testFraction * classRows)} of them go to
 * test. The same labels, fraction and seed give the same split (SplittableRandom's algorithm has been stable since
 * JDK 8; the demo's tests pin the resulting numbers). Both index arrays are sorted. Memory is a few ints per row,
 * so that a dataset version of millions of rows splits without boxing.
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
        requireFraction(testFraction);
        Map<String, Integer> classOf = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == null) {
                throw new IllegalArgumentException("the label of row position " + i + " is missing; every row needs one");
            }
            classOf.put(labels[i], 0);
        }
        int next = 0;
        for (Map.Entry<String, Integer> e : classOf.entrySet()) {
            e.setValue(next++);
        }
        int[] classes = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            classes[i] = classOf.get(labels[i]);
        }
        return ofClasses(classes, classOf.size(), testFraction, seed);
    }

    /**
     * The same split from class numbers: {@code of(labels, f, seed)} equals {@code ofClasses(classes, k, f, seed)}
     * when {@code classes[i]} is the position of {@code labels[i]} among the sorted distinct labels.
     *
     * @param classOfRow each row's class, from 0 to {@code classCount - 1}
     * @param classCount how many classes
     * @param testFraction share of each class that goes to test, in (0, 1)
     * @param seed the seed
     */
    public static StratifiedSplit ofClasses(int[] classOfRow, int classCount, double testFraction, long seed) {
        requireFraction(testFraction);
        int[] start = new int[classCount + 1];
        for (int c : classOfRow) {
            if (c < 0 || c >= classCount) {
                throw new IllegalArgumentException("class " + c + " is outside 0 to " + (classCount - 1));
            }
            start[c + 1]++;
        }
        int testTotal = 0;
        for (int c = 0; c < classCount; c++) {
            testTotal += (int) Math.round(testFraction * start[c + 1]);
            start[c + 1] += start[c];
        }
        // Rows grouped by class, ascending within each class: the order the shuffle starts from.
        int[] rows = new int[classOfRow.length];
        int[] fill = Arrays.copyOf(start, classCount);
        for (int i = 0; i < classOfRow.length; i++) {
            rows[fill[classOfRow[i]]++] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] train = new int[classOfRow.length - testTotal];
        int[] test = new int[testTotal];
        int nTrain = 0;
        int nTest = 0;
        for (int c = 0; c < classCount; c++) {
            int from = start[c];
            int size = start[c + 1] - from;
            for (int i = size - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = rows[from + i];
                rows[from + i] = rows[from + j];
                rows[from + j] = t;
            }
            int testRows = (int) Math.round(testFraction * size);
            for (int i = 0; i < size; i++) {
                if (i < testRows) {
                    test[nTest++] = rows[from + i];
                } else {
                    train[nTrain++] = rows[from + i];
                }
            }
        }
        Arrays.sort(train);
        Arrays.sort(test);
        return new StratifiedSplit(train, test);
    }

    /**
     * A split stratified on quantile bins of a number (a regression's target): {@code ofClasses} with each row's
     * {@link #quantileBins bin} as its class, so each bin keeps its share in both parts.
     *
     * @param values one finite value per row
     * @param bins how many bins, at least 1
     * @param testFraction share of each bin that goes to test, in (0, 1)
     * @param seed the seed
     */
    public static StratifiedSplit ofQuantiles(double[] values, int bins, double testFraction, long seed) {
        if (bins < 1) {
            throw new IllegalArgumentException("need at least one bin, got " + bins);
        }
        return ofClasses(quantileBins(values, bins), bins, testFraction, seed);
    }

    /**
     * Each value's bin among {@code bins}: the cuts are the sorted values at positions {@code j * n / bins}
     * (j = 1 .. bins - 1), and a value's bin is the number of cuts at or below it, so equal values share a bin and a
     * bin may be empty when many values are equal.
     */
    public static int[] quantileBins(double[] values, int bins) {
        if (values.length == 0) {
            return new int[0];
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] cuts = new double[bins - 1];
        for (int j = 1; j < bins; j++) {
            cuts[j - 1] = sorted[(int) ((long) j * sorted.length / bins)];
        }
        int[] bin = new int[values.length];
        for (int r = 0; r < values.length; r++) {
            int b = 0;
            while (b < cuts.length && values[r] >= cuts[b]) {
                b++;
            }
            bin[r] = b;
        }
        return bin;
    }

    private static void requireFraction(double testFraction) {
        if (!(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in (0, 1), got " + testFraction);
        }
    }
}
