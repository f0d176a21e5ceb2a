package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.SliceDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

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
        return forClasses(features, CategoryCodes.of(actual), column -> CategoryCodes.of(features.column(column)), k);
    }

    /** The same over slice data, whose cached codes the key feature's slices then reuse. */
    static Choice forClasses(SliceData data, int k) {
        return forClasses(data.features(), data.codes(SliceDefinition.ACTUAL_CLASS, null),
                column -> data.codes(SliceDefinition.COLUMN_IN, column), k);
    }

    /** Counts each categorical column's (value, label) pairs in arrays, then applies {@link #forClassCounts}. */
    private static Choice forClasses(Table features, CategoryCodes labels, Function<String, CategoryCodes> codesOf,
                                     int k) {
        List<String> categorical = new ArrayList<>();
        List<Map<String, Map<String, Long>>> counts = new ArrayList<>();
        int labelCount = labels.values().size();
        for (String column : features.columnNames()) {
            if (isNumeric(features.column(column))) {
                continue;
            }
            CategoryCodes codes = codesOf.apply(column);
            long[] joint = new long[codes.values().size() * labelCount];
            int[] value = codes.code();
            int[] label = labels.code();
            for (int i = 0; i < value.length; i++) {
                joint[value[i] * labelCount + label[i]]++;
            }
            Map<String, Map<String, Long>> byValue = new HashMap<>();
            for (int v = 0; v < codes.values().size(); v++) {
                for (int l = 0; l < labelCount; l++) {
                    long c = joint[v * labelCount + l];
                    if (c > 0) {
                        byValue.computeIfAbsent(codes.values().get(v), x -> new HashMap<>())
                                .put(labels.values().get(l), c);
                    }
                }
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
        SliceData featureData = SliceData.of(features);
        for (String column : features.columnNames()) {
            String[] cells = features.column(column);
            int[] bucket;
            if (isNumeric(cells)) {
                SliceFamily family = new SliceFamily(column, slicer.keyBuckets(featureData, column));
                bucket = new int[cells.length];
                Arrays.fill(bucket, -1);
                int[][] rows = family.rows(featureData);
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
        return isNumeric(java.util.Arrays.asList(cells));
    }

    /**
     * Whether every present cell is a number (a column of only missing cells is not numeric): the single machine's
     * rule, which a distributed engine applies to a column's distinct cells.
     */
    public static boolean isNumeric(Iterable<String> cells) {
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
        return buckets(CategoryCodes.of(cells), k);
    }

    private static int[] buckets(CategoryCodes codes, int k) {
        int[] bucketOfCode = new int[codes.values().size()];
        Arrays.fill(bucketOfCode, k);
        int[] top = codes.top(k);
        for (int i = 0; i < top.length; i++) {
            bucketOfCode[top[i]] = i;
        }
        int missing = codes.values().indexOf(null);
        if (missing >= 0) {
            bucketOfCode[missing] = k + 1;
        }
        int[] code = codes.code();
        int[] out = new int[code.length];
        for (int i = 0; i < code.length; i++) {
            out[i] = bucketOfCode[code[i]];
        }
        return out;
    }

    /** eta²: between-bucket sum of squares over total sum of squares (rows without a bucket, -1, take no part). */
    static double correlationRatio(int[] bucket, double[] target) {
        int buckets = Arrays.stream(bucket).max().orElse(-1) + 1;
        double[] bucketSum = new double[buckets];
        long[] bucketCount = new long[buckets];
        double sum = 0;
        int n = 0;
        for (int i = 0; i < bucket.length; i++) {
            if (bucket[i] < 0 || Double.isNaN(target[i])) {
                continue;
            }
            bucketSum[bucket[i]] += target[i];
            bucketCount[bucket[i]]++;
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
        for (int b = 0; b < buckets; b++) {
            if (bucketCount[b] > 0) {
                double m = bucketSum[b] / bucketCount[b];
                between += bucketCount[b] * (m - mean) * (m - mean);
            }
        }
        return between / total;
    }
}
