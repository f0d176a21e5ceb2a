package io.modellab.evalharness.slicing;

import io.modellab.evalharness.core.schema.SliceDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.util.KthSelector;

/**
 * The default slice sets of spec 4.4, one {@link SliceFamily} per line of the spec:
 * <ul>
 *   <li>classification: predicted-confidence deciles, missingness bucket, the top {@code topCategories} categories of
 *       a key categorical feature, and each actual class (or the {@code classSlices} most frequent ones);</li>
 *   <li>regression: target quintiles, a key feature's buckets (top categories, or quintiles of a numeric feature),
 *       missingness bucket;</li>
 *   <li>ranking: query-length bucket (1, 2, 3-4, 5 or more tokens) and head vs tail queries.</li>
 * </ul>
 *
 * <p>Quantile buckets are read off the evaluated rows: bucket j of k starts at the sorted values' element at
 * position floor(j n / k); equal starts (ties) merge, so a constant value gives one bucket that is the whole set.
 * The first bucket has no lower end and the last no upper end, so every row with a value is in exactly one.
 * Missingness buckets are fixed: low below {@code mediumMissing} of a row's features missing, medium up to
 * {@code highMissing}, high from there (all three are always reported, empty or not). Head queries are the most
 * frequent queries that together make up at least half of the rows; tail queries are the rest.
 *
 * <p>Key feature ({@link KeyFeature}): the one the user names, or else the feature whose buckets say the most about
 * the target, by a documented, deterministic rule.
 *
 * @param confidenceBuckets buckets of predicted confidence (10: deciles)
 * @param topCategories categories of the key feature
 * @param classSlices classes sliced when there are more than this many classes (only the most frequent)
 * @param targetBuckets buckets of a regression target (5: quintiles)
 * @param keyBuckets buckets of a numeric key feature
 * @param mediumMissing share of missing features where a row's missingness becomes medium
 * @param highMissing share of missing features where a row's missingness becomes high
 */
public record DefaultSlices(int confidenceBuckets, int topCategories, int classSlices, int targetBuckets,
                            int keyBuckets, double mediumMissing, double highMissing) {

    /** Deciles, top 5 categories, up to 3 classes, quintiles, missingness at 10 % and 30 %. */
    public static final DefaultSlices SPEC = new DefaultSlices(10, 5, 3, 5, 5, 0.1, 0.3);

    /** Family names, as written into each slice's {@code family}. */
    public static final String CONFIDENCE_DECILE = "confidence_decile";
    /** Family of the missingness buckets. */
    public static final String MISSINGNESS = "missingness";
    /** Family of the key feature's buckets. */
    public static final String KEY_FEATURE = "key_feature";
    /** Family of the class slices. */
    public static final String ACTUAL_CLASS = "actual_class";
    /** Family of the target quantiles. */
    public static final String TARGET_QUANTILE = "target_quantile";
    /** Family of the query-length buckets. */
    public static final String QUERY_LENGTH = "query_length";
    /** Family of head and tail queries. */
    public static final String HEAD_TAIL = "head_tail";

    /** Checks the values. */
    public DefaultSlices {
        if (confidenceBuckets < 1 || topCategories < 1 || classSlices < 1 || targetBuckets < 1 || keyBuckets < 1) {
            throw new IllegalArgumentException("bucket and category counts must be positive");
        }
        if (!(0 < mediumMissing && mediumMissing < highMissing && highMissing <= 1)) {
            throw new IllegalArgumentException("need 0 < mediumMissing < highMissing <= 1, got " + mediumMissing
                    + " and " + highMissing);
        }
    }

    /**
     * The default slices, with the key feature and how it was chosen.
     *
     * @param families the families, in the order of the spec
     * @param keyFeature the key feature, {@code null} when there is none
     * @param keyFeatureRule how it was chosen
     */
    public record Plan(List<SliceFamily> families, String keyFeature, String keyFeatureRule) {

        /** Copies the list. */
        public Plan {
            families = List.copyOf(families);
        }
    }

    /**
     * Classification defaults over rows with confidence and labels ({@link SliceData#classification}).
     *
     * @param keyFeature the key categorical feature, or {@code null} to choose it by {@link KeyFeature#forClasses}
     */
    public Plan classification(SliceData data, String keyFeature) {
        List<SliceFamily> families = new ArrayList<>();
        families.add(new SliceFamily(CONFIDENCE_DECILE, quantiles(SliceDefinition.CONFIDENCE, null,
                data.confidences(), confidenceBuckets)));
        families.add(missingness());
        CategoryCodes actualCodes = data.codes(SliceDefinition.ACTUAL_CLASS, null);
        KeyFeature.Choice key = keyFeature != null ? KeyFeature.named(data.features(), keyFeature)
                : KeyFeature.forClasses(data, topCategories);
        if (key.column() != null) {
            families.add(new SliceFamily(KEY_FEATURE, keyBuckets(data, key.column())));
        }
        families.add(new SliceFamily(ACTUAL_CLASS, classes(actualCodes)));
        return new Plan(families, key.column(), key.rule());
    }

    /**
     * Regression defaults over rows with a target ({@link SliceData#regression}).
     *
     * @param keyFeature the key feature, or {@code null} to choose it by {@link KeyFeature#forTarget}
     */
    public Plan regression(SliceData data, String keyFeature) {
        List<SliceFamily> families = new ArrayList<>();
        families.add(new SliceFamily(TARGET_QUANTILE, quantiles(SliceDefinition.TARGET, null, data.targets(),
                targetBuckets)));
        double[] target = data.targets();
        KeyFeature.Choice key = keyFeature != null ? KeyFeature.named(data.features(), keyFeature)
                : KeyFeature.forTarget(data.features(), target, topCategories, keyBuckets);
        if (key.column() != null) {
            families.add(new SliceFamily(KEY_FEATURE, keyBuckets(data, key.column())));
        }
        families.add(missingness());
        return new Plan(families, key.column(), key.rule());
    }

    /**
     * Ranking defaults over one row per query.
     *
     * @param queryColumn the column holding each query's text
     */
    public Plan ranking(SliceData data, String queryColumn) {
        if (!data.features().hasColumn(queryColumn)) {
            throw new IllegalArgumentException("query column \"" + queryColumn + "\" is not a feature; features are "
                    + data.features().columnNames());
        }
        List<SliceFamily> families = new ArrayList<>();
        families.add(new SliceFamily(QUERY_LENGTH, List.of(
                Slices.queryLength(queryColumn, null, 2.0), Slices.queryLength(queryColumn, 2.0, 3.0),
                Slices.queryLength(queryColumn, 3.0, 5.0), Slices.queryLength(queryColumn, 5.0, null))));
        double threshold = headThreshold(Slices.values(Slices.queryFrequency(queryColumn, null, null), data));
        families.add(new SliceFamily(HEAD_TAIL, List.of(Slices.queryFrequency(queryColumn, threshold, null),
                Slices.queryFrequency(queryColumn, null, threshold))));
        return new Plan(families, queryColumn, "the query column, named by the caller");
    }

    /** The smallest frequency of the head: the most frequent queries that together make up half of the rows. */
    static double headThreshold(double[] frequencyPerRow) {
        if (frequencyPerRow.length == 0) {
            return 1;
        }
        double[] sorted = frequencyPerRow.clone();
        Arrays.sort(sorted);
        // Rows sorted by their query's frequency, most frequent last: walk down until half of the rows are covered.
        return sorted[sorted.length - 1 - (sorted.length - 1) / 2];
    }

    /** The missingness family: the three fixed buckets of a row's share of missing feature cells. */
    public SliceFamily missingness() {
        return new SliceFamily(MISSINGNESS, List.of(Slices.missingShare(null, mediumMissing),
                Slices.missingShare(mediumMissing, highMissing), Slices.missingShare(highMissing, null)));
    }

    /** The top categories of a categorical column, or quantile buckets of a numeric one. */
    List<SliceDefinition> keyBuckets(SliceData data, String column) {
        String[] cells = data.features().column(column);
        if (KeyFeature.isNumeric(cells)) {
            List<SliceDefinition> out = new ArrayList<>(quantiles(SliceDefinition.NUMERIC_RANGE, column,
                    Arrays.stream(cells).mapToDouble(Slices::number).toArray(), keyBuckets));
            if (Arrays.stream(cells).anyMatch(c -> c == null || c.isBlank())) {
                out.add(Slices.in(column, (String) null));
            }
            return out;
        }
        CategoryCodes codes = data.codes(SliceDefinition.COLUMN_IN, column);
        return Arrays.stream(codes.top(topCategories))
                .mapToObj(c -> new SliceDefinition(SliceDefinition.COLUMN_IN, column,
                        Collections.singletonList(codes.values().get(c))))
                .toList();
    }

    private List<SliceDefinition> classes(CategoryCodes codes) {
        return classes(codes.countsByValue());
    }

    /**
     * The actual-class slices from each class's row count (a distributed engine's merged counts): the most frequent
     * {@code classSlices} classes when there are more, most rows first, ties in label order.
     */
    public List<SliceDefinition> classes(Map<String, Long> counts) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return entries.subList(0, Math.min(entries.size(), entries.size() <= classSlices ? entries.size() : classSlices))
                .stream().map(e -> Slices.actualClass(e.getKey())).toList();
    }

    /**
     * Quantile buckets of row values ({@code NaN} values take no part); see the class comment. The bucket starts are
     * exact order statistics, found by selection rather than a sort (a confidence decile of a million rows would
     * otherwise cost more than the metrics); {@code -0.0} counts as {@code 0.0}.
     */
    static List<SliceDefinition> quantiles(String kind, String column, double[] rowValues, int k) {
        double[] values = new double[rowValues.length];
        int m = 0;
        for (double v : rowValues) {
            if (!Double.isNaN(v)) {
                values[m++] = v == 0 ? 0.0 : v;
            }
        }
        if (m == 0) {
            return List.of();
        }
        double[] work = Arrays.copyOf(values, m);
        KthSelector selector = new KthSelector();
        int[] pivots = new int[PIVOT_CACHE];
        Arrays.fill(pivots, -1);
        List<Double> starts = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            double start = selector.select(work, pivots, (int) ((long) j * m / k));
            if (starts.isEmpty() || start > starts.get(starts.size() - 1)) {
                starts.add(start);
            }
        }
        return buckets(kind, column, starts);
    }

    /**
     * Quantile buckets from a value distribution given as distinct values and their row counts (as a distributed
     * engine merges them): the same buckets the rows give (see the class comment), exact.
     *
     * @param kind the range kind ({@link SliceDefinition#CONFIDENCE}, {@link SliceDefinition#NUMERIC_RANGE}, ...)
     * @param column the column read, {@code null} for kinds that read none
     * @param distinct the distinct values, ascending, none NaN
     * @param counts each distinct value's rows, positive
     * @param k the number of buckets
     */
    public static List<SliceDefinition> quantiles(String kind, String column, double[] distinct, long[] counts, int k) {
        if (distinct.length != counts.length) {
            throw new IllegalArgumentException(distinct.length + " distinct values but " + counts.length + " counts");
        }
        long m = 0;
        for (long c : counts) {
            m += c;
        }
        List<Double> starts = new ArrayList<>();
        int at = 0;
        long before = 0; // rows of the values before distinct[at]
        for (int j = 0; j < k && m > 0; j++) {
            long position = Math.multiplyExact(j, m) / k; // the sorted values' element at floor(j m / k)
            while (before + counts[at] <= position) {
                before += counts[at++];
            }
            double start = distinct[at];
            if (starts.isEmpty() || start > starts.get(starts.size() - 1)) {
                starts.add(start);
            }
        }
        return buckets(kind, column, starts);
    }

    /**
     * Ranges from ascending bucket starts: the first without lower end, the last without upper end, each a
     * numbered bucket (one start: one range over everything). Approximate starts (a sketch's) make approximate
     * quantile buckets that still cover every value once.
     */
    public static List<SliceDefinition> buckets(String kind, String column, List<Double> starts) {
        List<SliceDefinition> out = new ArrayList<>();
        for (int b = 0; b < starts.size(); b++) {
            Double lower = b == 0 ? null : starts.get(b);
            Double upper = b + 1 < starts.size() ? starts.get(b + 1) : null;
            SliceDefinition range = new SliceDefinition(kind, column, null, lower, upper, null, null, null);
            out.add(starts.size() == 1 ? range : Slices.bucket(range, b + 1, starts.size()));
        }
        return out;
    }

    /** Partition points kept between selections on the same array (Commons Math's Percentile keeps as many). */
    private static final int PIVOT_CACHE = (1 << 10) - 1;

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "DefaultSlices[%d confidence buckets, top %d categories]", confidenceBuckets,
                topCategories);
    }
}
