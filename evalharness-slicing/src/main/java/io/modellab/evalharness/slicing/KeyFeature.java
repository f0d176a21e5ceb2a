package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.data.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which feature's buckets become the key-feature slices when the user names none.
 *
 * <p>The rule, deterministic and documented: bucket every candidate feature as its slices would be (its top
 * {@code k} categories, every other category together, missing cells apart; a numeric feature by quantile buckets),
 * and pick the feature whose buckets say the most about the target on the evaluated rows:
 * <ul>
 *   <li>classification: only categorical features are candidates (spec 4.4.1 slices a key <em>categorical</em>
 *       feature; a feature is numeric when every present cell parses as a number); score = mutual information (in
 *       nats) between bucket and actual label;</li>
 *   <li>regression: every feature is a candidate; score = correlation ratio eta² (the share of the target's variance
 *       between buckets).</li>
 * </ul>
 * A feature with a single bucket scores 0. Ties go to the earlier column. When there is no candidate, there is no
 * key feature (and no key-feature slices).
 */
public final class KeyFeature {

    private KeyFeature() {
    }

    /**
     * A key feature and how it was chosen.
     *
     * @param column the feature, {@code null} for none
     * @param rule how it was chosen, in words (written into slices.json)
     */
    public record Choice(String column, String rule) {
    }

    /** The feature the user named, checked. */
    public static Choice named(Table features, String column) {
        return named(features.columnNames(), column);
    }

    /** The feature the user named, checked against the feature columns' names. */
    public static Choice named(List<String> features, String column) {
        if (!features.contains(column)) {
            throw new IllegalArgumentException("key feature \"" + column + "\" is not a feature; features are "
                    + features);
        }
        return new Choice(column, "named by the user");
    }

    /** The categorical feature whose top {@code k} categories carry the most mutual information with the label. */
    public static Choice forClasses(Table features, String[] actual, int k) {
        List<String> categorical = new ArrayList<>();
        List<Map<String, Map<String, Long>>> counts = new ArrayList<>();
        for (String column : features.columnNames()) {
            String[] cells = features.column(column);
            if (isNumeric(cells)) {
                continue;
            }
            Map<String, Map<String, Long>> byValue = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                byValue.computeIfAbsent(cells[i], v -> new HashMap<>()).merge(actual[i], 1L, Long::sum);
            }
            categorical.add(column);
            counts.add(byValue);
        }
        return forClassCounts(categorical, counts, k);
    }

    /**
     * {@link #forClasses} from counts merged elsewhere (a distributed engine's): the same rule, the same choice.
     *
     * @param categorical the categorical candidate columns, in the table's order (numeric ones left out: see
     *     {@link #isNumeric})
     * @param labelCounts per candidate, each cell ({@code null}: missing) to its row count per actual label
     */
    public static Choice forClassCounts(List<String> categorical, List<? extends Map<String, ? extends Map<String, Long>>> labelCounts,
                                        int k) {
        String best = null;
        double bestScore = -1;
        for (int c = 0; c < categorical.size(); c++) {
            double score = mutualInformation(bucketCounts(labelCounts.get(c), k));
            if (score > bestScore + 1e-12) {
                best = categorical.get(c);
                bestScore = score;
            }
        }
        if (best == null) {
            return new Choice(null, "no categorical feature: no key-feature slices");
        }
        return new Choice(best, String.format(Locale.ROOT, "the categorical feature whose top %d categories carry the"
                + " most mutual information with the actual label (%.4f nats); ties to the earlier column", k, bestScore));
    }

    /** Rows per (bucket of {@link #buckets}, label): buckets in order, labels in value order, for a fixed sum order. */
    private static TreeMap<Integer, TreeMap<String, Long>> bucketCounts(Map<String, ? extends Map<String, Long>> byValue,
                                                                       int k) {
        Map<String, Long> rows = new HashMap<>();
        byValue.forEach((value, byLabel) -> rows.put(value, byLabel.values().stream().mapToLong(Long::longValue).sum()));
        Map<String, Integer> rank = new HashMap<>();
        List<String> top = Slices.topValues(rows, k);
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i) != null) {
                rank.put(top.get(i), i);
            }
        }
        TreeMap<Integer, TreeMap<String, Long>> joint = new TreeMap<>();
        byValue.forEach((value, byLabel) -> {
            int bucket = value == null ? k + 1 : rank.getOrDefault(value, k);
            byLabel.forEach((label, count) -> joint.computeIfAbsent(bucket, b -> new TreeMap<>(
                    Comparator.nullsFirst(Comparator.naturalOrder()))).merge(label, count, Long::sum));
        });
        return joint;
    }

    /** Mutual information in nats between bucket and label, from their joint counts. */
    private static double mutualInformation(TreeMap<Integer, TreeMap<String, Long>> joint) {
        double n = 0;
        Map<String, Long> byLabel = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (TreeMap<String, Long> row : joint.values()) {
            row.forEach((label, count) -> byLabel.merge(label, count, Long::sum));
        }
        for (long count : byLabel.values()) {
            n += count;
        }
        if (n == 0) {
            return 0;
        }
        double mi = 0;
        for (TreeMap<String, Long> row : joint.values()) {
            double bucketRows = row.values().stream().mapToLong(Long::longValue).sum();
            for (Map.Entry<String, Long> cell : row.entrySet()) {
                double pxy = cell.getValue() / n;
                mi += pxy * Math.log(pxy * n * n / (bucketRows * byLabel.get(cell.getKey())));
            }
        }
        return Math.max(0, mi);
    }

    /** The feature whose buckets explain the largest share of the target's variance (eta²). */
    public static Choice forTarget(Table features, double[] target, int k, int quantileBuckets) {
        String best = null;
        double bestScore = -1;
        DefaultSlices slicer = new DefaultSlices(1, k, 1, 1, quantileBuckets, 0.1, 0.3);
        for (String column : features.columnNames()) {
            String[] cells = features.column(column);
            int[] bucket;
            if (isNumeric(cells)) {
                SliceFamily family = new SliceFamily(column, slicer.keyBuckets(features, column));
                bucket = new int[cells.length];
                java.util.Arrays.fill(bucket, -1);
                int[][] rows = family.rows(SliceData.of(features));
                for (int b = 0; b < rows.length; b++) {
                    for (int r : rows[b]) {
                        bucket[r] = b;
                    }
                }
            } else {
                bucket = buckets(cells, k);
            }
            double score = correlationRatio(bucket, target);
            if (score > bestScore + 1e-12) {
                best = column;
                bestScore = score;
            }
        }
        if (best == null) {
            return new Choice(null, "no feature: no key-feature slices");
        }
        return new Choice(best, String.format(Locale.ROOT, "the feature whose buckets (top %d categories, or %d"
                + " quantile buckets) explain the largest share of the target's variance (eta squared %.4f); ties to"
                + " the earlier column", k, quantileBuckets, bestScore));
    }

    /** Whether every present cell is a number (a column of only missing cells is not numeric). */
    static boolean isNumeric(String[] cells) {
        boolean any = false;
        for (String cell : cells) {
            if (cell == null || cell.isBlank()) {
                continue;
            }
            if (Double.isNaN(Slices.number(cell))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Each row's bucket: its category's rank among the top k, k for every other category, k + 1 for missing. */
    static int[] buckets(String[] cells, int k) {
        Map<String, Integer> rank = new HashMap<>();
        List<String> top = Slices.topValues(cells, k);
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i) != null) {
                rank.put(top.get(i), i);
            }
        }
        int[] out = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            out[i] = cells[i] == null ? k + 1 : rank.getOrDefault(cells[i], k);
        }
        return out;
    }

    /** eta²: between-bucket sum of squares over total sum of squares (rows without a bucket, -1, take no part). */
    static double correlationRatio(int[] bucket, double[] target) {
        Map<Integer, double[]> sums = new HashMap<>();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < bucket.length; i++) {
            if (bucket[i] < 0 || Double.isNaN(target[i])) {
                continue;
            }
            double[] s = sums.computeIfAbsent(bucket[i], b -> new double[2]);
            s[0] += target[i];
            s[1]++;
            sum += target[i];
            n++;
        }
        if (n == 0) {
            return 0;
        }
        double mean = sum / n;
        double total = 0;
        for (int i = 0; i < bucket.length; i++) {
            if (bucket[i] >= 0 && !Double.isNaN(target[i])) {
                total += (target[i] - mean) * (target[i] - mean);
            }
        }
        if (total == 0) {
            return 0;
        }
        double between = 0;
        for (double[] s : sums.values()) {
            double m = s[0] / s[1];
            between += s[1] * (m - mean) * (m - mean);
        }
        return between / total;
    }
}
