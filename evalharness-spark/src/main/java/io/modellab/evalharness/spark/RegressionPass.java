package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.metrics.ExactSums;
import io.modellab.evalharness.metrics.PoissonBootstrap;
import io.modellab.evalharness.plots.RegressionPlots;
import io.modellab.evalharness.slicing.KeyFeature;
import io.modellab.evalharness.slicing.Slices;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/**
 * What one pass of the regression evaluation over the predictions computes, and the Spark aggregator that does it.
 * Every pass is this one aggregator with a different {@link Plan}: the groups of rows it folds (all rows, or a
 * slice), for each whether it collects a group's exact sums and how many bootstrap sums, the radix histograms the
 * order statistics are narrowed with ({@link RadixSelect}), and, in the first pass, the failure rules' rows, the
 * scatter plots' sample, each feature cell's rows and target sum; later passes add the key-feature candidates'
 * buckets, the error histogram and the headline metrics' jackknife. Rows arrive as
 * {@code (id, actual, predicted, features...)}; a bad row fails the job naming its column and id.
 */
final class RegressionPass extends StateAggregator<RegressionPass.State> {

    private static final long serialVersionUID = 1L;

    /** Histogram sources: the absolute error, the target, or feature column {@code c >= 0} as a number. */
    static final int ABS_ERROR = -2;
    static final int TARGET = -1;

    private final Plan plan;

    RegressionPass(Plan plan) {
        super(State.class);
        this.plan = plan;
    }

    /** Which rows make a group: all rows ({@code definition == null}), or a slice's by its kind's rule. */
    @SuppressWarnings("serial") // the set holds strings
    record Member(String kind, int column, Set<String> values, Double lower, Double upper)
            implements Serializable {

        static Member all() {
            return new Member("all", -1, null, null, null);
        }

        static Member of(SliceDefinition d, List<String> features) {
            int column = d.column() == null ? -1 : features.indexOf(d.column());
            if (d.column() != null && column < 0) {
                throw new IllegalArgumentException("slice " + Slices.name(d) + " reads column " + d.column()
                        + ", which is not a feature");
            }
            return new Member(d.kind(), column, d.values() == null ? null : new HashSet<>(d.values()), d.lower(),
                    d.upper());
        }

        boolean contains(double actual, double missingShare, String[] features) {
            return switch (kind) {
                case "all" -> true;
                case SliceDefinition.TARGET -> inRange(actual);
                case SliceDefinition.MISSING_SHARE -> inRange(missingShare);
                case SliceDefinition.COLUMN_IN -> values.contains(features[column]);
                case SliceDefinition.NUMERIC_RANGE -> inRange(Slices.number(features[column]));
                default -> throw new IllegalArgumentException("a " + kind + " slice cannot be read off a predictions"
                        + " row");
            };
        }

        private boolean inRange(double v) {
            return !Double.isNaN(v) && (lower == null || v >= lower) && (upper == null || v < upper);
        }
    }

    /** Bootstrap sums a group keeps: none, RMSE's (weights and squared errors), or every headline metric's. */
    enum Replicates { NONE, RMSE, HEADLINE }

    /** A radix histogram to count: of {@code source}'s values in group {@code group} under a prefix. */
    record Request(int group, int source, int level, long prefix) implements Serializable {
    }

    /**
     * One pass's work.
     *
     * @param groups the groups of rows
     * @param stats per group, whether its sums are collected
     * @param replicates per group, its bootstrap sums
     * @param requests the radix histograms
     * @param first whether this is the first pass (failure rules, scatter sample, cells, column kinds)
     * @param etaBuckets per numeric key-feature candidate (feature column), its buckets: rows and target sum each
     * @param errorRange the errors' smallest and largest (prediction minus target), for the error histogram, or
     *     {@code null}
     * @param jackknife the exact sums of all rows the leave-one-out headline metrics need, or {@code null}
     */
    @SuppressWarnings("serial") // lists and maps of serializable records
    record Plan(RegressionColumns columns, List<Member> groups, boolean[] stats, Replicates[] replicates,
                List<Request> requests, boolean first, int failureLimit, int sampleSize, long seed, int resamples,
                Map<Integer, List<Member>> etaBuckets, double[] errorRange, Totals jackknife) implements Serializable {
    }

    /** All rows' exact sums, as the jackknife needs them. */
    record Totals(long rows, BigDecimal squaredErrors, BigDecimal absoluteErrors, BigDecimal targets,
                  BigDecimal squaredTargets) implements Serializable {
    }

    /** One group's exact sums and counts (and, when asked, its bootstrap sums). */
    static final class GroupStats implements Serializable {

        private static final long serialVersionUID = 1L;
        static final int Y = 0;
        static final int YY = 1;
        static final int E = 2;
        static final int EE = 3;
        static final int ABS = 4;
        static final int RATIO = 5;

        long rows;
        /** Sums of y, y², e, e², |e| and |e| / |y| (y not 0), with e = actual - predicted. */
        final ExactSums sums = new ExactSums(6);
        long zeroTargets;
        double maxAbs;
        long under;
        long over;
        double minPredicted = Double.POSITIVE_INFINITY;
        double maxPredicted = Double.NEGATIVE_INFINITY;
        /** Smallest and largest prediction minus target. */
        double minError = Double.POSITIVE_INFINITY;
        double maxError = Double.NEGATIVE_INFINITY;
        final Replicates kind;
        final long[] weights;
        final ExactSums squared;
        final ExactSums absolute;
        final ExactSums target;
        final ExactSums squaredTarget;

        GroupStats(Replicates kind, int resamples) {
            this.kind = kind;
            boolean any = kind != Replicates.NONE;
            boolean all = kind == Replicates.HEADLINE;
            weights = any ? new long[resamples] : null;
            squared = any ? new ExactSums(resamples) : null;
            absolute = all ? new ExactSums(resamples) : null;
            target = all ? new ExactSums(resamples) : null;
            squaredTarget = all ? new ExactSums(resamples) : null;
        }

        void add(double actual, double predicted, int[] w) {
            double e = actual - predicted;
            double abs = Math.abs(e);
            rows++;
            sums.add(Y, actual, 1);
            sums.addSquare(YY, actual, 1);
            sums.add(E, e, 1);
            sums.addSquare(EE, e, 1);
            sums.add(ABS, abs, 1);
            if (actual != 0) {
                sums.add(RATIO, abs / Math.abs(actual), 1);
            } else {
                zeroTargets++;
            }
            maxAbs = Math.max(maxAbs, abs);
            under += predicted < actual ? 1 : 0;
            over += predicted > actual ? 1 : 0;
            minPredicted = Math.min(minPredicted, predicted);
            maxPredicted = Math.max(maxPredicted, predicted);
            minError = Math.min(minError, predicted - actual);
            maxError = Math.max(maxError, predicted - actual);
            if (weights != null) {
                for (int b = 0; b < weights.length; b++) {
                    weights[b] += w[b];
                }
                squared.addSquareWeighted(e, w);
                if (absolute != null) {
                    absolute.addWeighted(abs, w);
                    target.addWeighted(actual, w);
                    squaredTarget.addSquareWeighted(actual, w);
                }
            }
        }

        void merge(GroupStats o) {
            rows += o.rows;
            sums.merge(o.sums);
            zeroTargets += o.zeroTargets;
            maxAbs = Math.max(maxAbs, o.maxAbs);
            under += o.under;
            over += o.over;
            minPredicted = Math.min(minPredicted, o.minPredicted);
            maxPredicted = Math.max(maxPredicted, o.maxPredicted);
            minError = Math.min(minError, o.minError);
            maxError = Math.max(maxError, o.maxError);
            if (weights != null) {
                for (int b = 0; b < weights.length; b++) {
                    weights[b] += o.weights[b];
                }
                squared.merge(o.squared);
                if (absolute != null) {
                    absolute.merge(o.absolute);
                    target.merge(o.target);
                    squaredTarget.merge(o.squaredTarget);
                }
            }
        }

        BigDecimal sum(int which) {
            return sums.value(which);
        }

        /** Sum of squared deviations from the mean, {@code sum x² - (sum x)² / n}, exactly, then rounded once. */
        static double deviations(BigDecimal squares, BigDecimal sum, long n) {
            BigDecimal bn = BigDecimal.valueOf(n);
            return squares.multiply(bn).subtract(sum.multiply(sum)).divide(bn, ExactSums.PRECISION).doubleValue();
        }

        static double mean(BigDecimal sum, long n) {
            return sum.divide(BigDecimal.valueOf(n), ExactSums.PRECISION).doubleValue();
        }
    }

    /** A feature cell's rows and target sum (for eta² of a categorical key-feature candidate). */
    static final class Cell implements Serializable {

        private static final long serialVersionUID = 1L;
        long rows;
        final ExactSums target = new ExactSums(1);

        void merge(Cell o) {
            rows += o.rows;
            target.merge(o.target);
        }
    }

    /** Everything a pass collects. Public only because Spark's Java-serialization encoder refuses other classes. */
    public static final class State implements Serializable {

        private static final long serialVersionUID = 1L;

        final GroupStats[] groups;
        final RadixSelect.Histogram[] histograms;
        final ErrorCandidates largest;
        final ErrorCandidates under;
        final ErrorCandidates over;
        final ErrorCandidates sample;
        /** Per feature column (first pass): each distinct cell's rows and target sum, which also tell its kind. */
        final List<HashMap<String, Cell>> cells = new ArrayList<>();
        /** Per numeric candidate column, per bucket: rows and target sum. */
        final HashMap<Integer, Cell[]> eta = new HashMap<>();
        final long[] errorBins;
        /** Leave-one-out RMSE, MAE and R²: each distinct value's rows. */
        final List<TreeMap<Double, Long>> jackknife = new ArrayList<>();

        State(Plan plan) {
            int features = plan.columns().featureColumns().size();
            groups = new GroupStats[plan.groups().size()];
            for (int g = 0; g < groups.length; g++) {
                groups[g] = plan.stats()[g] ? new GroupStats(plan.replicates()[g], plan.resamples()) : null;
            }
            histograms = plan.requests().stream().map(r -> new RadixSelect.Histogram(r.level(), r.prefix()))
                    .toArray(RadixSelect.Histogram[]::new);
            int limit = plan.first() ? plan.failureLimit() : 0;
            largest = new ErrorCandidates(limit);
            under = new ErrorCandidates(limit);
            over = new ErrorCandidates(limit);
            sample = new ErrorCandidates(plan.first() ? plan.sampleSize() : 0);
            for (int c = 0; c < features && plan.first(); c++) {
                cells.add(new HashMap<>());
            }
            plan.etaBuckets().forEach((c, buckets) -> {
                Cell[] b = new Cell[buckets.size()];
                for (int i = 0; i < b.length; i++) {
                    b[i] = new Cell();
                }
                eta.put(c, b);
            });
            errorBins = plan.errorRange() == null ? null : new long[RegressionPlots.ERROR_BINS];
            for (int m = 0; m < 3 && plan.jackknife() != null; m++) {
                jackknife.add(new TreeMap<>());
            }
        }

        /** The row's weight in every replicate, drawn once per row when some group keeps bootstrap sums. */
        private transient PoissonBootstrap draws;
        private transient int[] rowWeights;

        int[] weights(long key, Plan plan) {
            if (draws == null) {
                draws = new PoissonBootstrap(plan.seed(), plan.resamples());
                rowWeights = new int[plan.resamples()];
            }
            draws.weights(key, rowWeights);
            return rowWeights;
        }

        /** Whether feature column {@code c} is numeric by the single machine's rule: some cell a number, none not. */
        boolean numeric(int c) {
            return KeyFeature.isNumeric(cells.get(c).keySet());
        }

        /** Whether feature column {@code c} has a null or blank cell. */
        boolean sawMissing(int c) {
            return cells.get(c).keySet().stream().anyMatch(cell -> cell == null || cell.isBlank());
        }
    }

    @Override
    public State zero() {
        return new State(plan);
    }

    @Override
    public State reduce(State state, Row row) {
        RegressionColumns columns = plan.columns();
        Object id = row.get(0);
        long key = RowKeys.of(id, columns.id());
        double actual = number(columns.actual(), id, row.get(1));
        double predicted = number(columns.predicted(), id, row.get(2));
        String[] features = new String[row.length() - 3];
        int missing = 0;
        for (int c = 0; c < features.length; c++) {
            Object cell = row.get(3 + c);
            features[c] = cell == null ? null : cell.toString();
            missing += cell == null ? 1 : 0;
        }
        // The single machine's share: null cells over feature columns, 0 without features.
        double share = features.length == 0 ? 0 : (double) missing / features.length;
        int[] w = null;
        boolean[] in = new boolean[plan.groups().size()];
        for (int g = 0; g < in.length; g++) {
            in[g] = plan.groups().get(g).contains(actual, share, features);
            if (in[g] && state.groups[g] != null) {
                if (w == null && state.groups[g].kind != Replicates.NONE) {
                    w = state.weights(key, plan);
                }
                state.groups[g].add(actual, predicted, w);
            }
        }
        for (int r = 0; r < state.histograms.length; r++) {
            Request request = plan.requests().get(r);
            if (in[request.group()]) {
                double v = request.source() == ABS_ERROR ? Math.abs(actual - predicted)
                        : request.source() == TARGET ? actual : Slices.number(features[request.source()]);
                if (!Double.isNaN(v)) {
                    state.histograms[r].add(v);
                }
            }
        }
        if (plan.first()) {
            first(state, key, id.toString(), actual, predicted, features);
        }
        for (Map.Entry<Integer, List<Member>> e : plan.etaBuckets().entrySet()) {
            List<Member> buckets = e.getValue();
            for (int b = 0; b < buckets.size(); b++) {
                if (buckets.get(b).contains(actual, share, features)) {
                    Cell cell = state.eta.get(e.getKey())[b];
                    cell.rows++;
                    cell.target.add(0, actual, 1);
                    break;
                }
            }
        }
        if (state.errorBins != null) {
            state.errorBins[RegressionPlots.errorBin(predicted - actual, plan.errorRange()[0],
                    plan.errorRange()[1])]++;
        }
        if (plan.jackknife() != null) {
            jackknife(state, actual, predicted);
        }
        return state;
    }

    /** The first pass's extras: failure rules, scatter sample and cells. */
    private void first(State state, long key, String id, double actual, double predicted, String[] features) {
        double error = predicted - actual;
        offer(state.largest, -Math.abs(error), id, actual, predicted, features);
        if (error < 0) {
            offer(state.under, error, id, actual, predicted, features);
        } else if (error > 0) {
            offer(state.over, -error, id, actual, predicted, features);
        }
        // The sample: the rows with the smallest hash of seed and key, the same whatever the partitioning.
        double hash = (double) (RowKeys.mix(key ^ RowKeys.mix(plan.seed())) >>> 11);
        if (state.sample.wouldKeep(hash, id)) {
            state.sample.offer(new ErrorCandidates.Candidate(hash, id, actual, predicted, null));
        }
        for (int c = 0; c < features.length; c++) {
            String cell = features[c];
            Cell stats = state.cells.get(c).computeIfAbsent(cell, v -> new Cell());
            stats.rows++;
            stats.target.add(0, actual, 1);
        }
    }

    private static void offer(ErrorCandidates rule, double order, String id, double actual, double predicted,
                              String[] features) {
        if (rule.wouldKeep(order, id)) {
            rule.offer(new ErrorCandidates.Candidate(order, id, actual, predicted, features));
        }
    }

    /** Each row's leave-one-out RMSE, MAE and R², from all rows' exact sums less its own, rounded once. */
    private void jackknife(State state, double actual, double predicted) {
        Totals t = plan.jackknife();
        double e = actual - predicted;
        BigDecimal y = new BigDecimal(actual);
        BigDecimal be = new BigDecimal(e);
        long n = t.rows() - 1;
        BigDecimal bn = BigDecimal.valueOf(n);
        BigDecimal sse = t.squaredErrors().subtract(be.multiply(be));
        double rmse = Math.sqrt(sse.divide(bn, ExactSums.PRECISION).doubleValue());
        double mae = t.absoluteErrors().subtract(be.abs()).divide(bn, ExactSums.PRECISION).doubleValue();
        double r2;
        if (n < 2) {
            r2 = Double.NaN;
        } else {
            BigDecimal sum = t.targets().subtract(y);
            BigDecimal squares = t.squaredTargets().subtract(y.multiply(y));
            BigDecimal total = squares.multiply(bn).subtract(sum.multiply(sum));
            r2 = total.signum() == 0 ? (sse.signum() == 0 ? 1.0 : 0.0)
                    : BigDecimal.ONE.subtract(sse.multiply(bn).divide(total, ExactSums.PRECISION)).doubleValue();
        }
        state.jackknife.get(0).merge(rmse, 1L, Long::sum);
        state.jackknife.get(1).merge(mae, 1L, Long::sum);
        state.jackknife.get(2).merge(r2, 1L, Long::sum);
    }

    /** A target or prediction cell as a finite double; names the column and the row's id when it is not. */
    static double number(String column, Object id, Object cell) {
        double v = cell instanceof Number n ? n.doubleValue() : Double.NaN;
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "row with id %s: column %s holds %s, expected a finite number", id, column, cell));
        }
        return v;
    }

    @Override
    public State merge(State a, State b) {
        for (int g = 0; g < a.groups.length; g++) {
            if (a.groups[g] != null) {
                a.groups[g].merge(b.groups[g]);
            }
        }
        for (int r = 0; r < a.histograms.length; r++) {
            a.histograms[r].merge(b.histograms[r]);
        }
        a.largest.merge(b.largest);
        a.under.merge(b.under);
        a.over.merge(b.over);
        a.sample.merge(b.sample);
        for (int c = 0; c < a.cells.size(); c++) {
            HashMap<String, Cell> mine = a.cells.get(c);
            b.cells.get(c).forEach((v, cell) -> mine.merge(v, cell, (x, y) -> {
                x.merge(y);
                return x;
            }));
        }
        a.eta.forEach((c, buckets) -> {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i].merge(b.eta.get(c)[i]);
            }
        });
        if (a.errorBins != null) {
            for (int i = 0; i < a.errorBins.length; i++) {
                a.errorBins[i] += b.errorBins[i];
            }
        }
        for (int m = 0; m < a.jackknife.size(); m++) {
            TreeMap<Double, Long> mine = a.jackknife.get(m);
            b.jackknife.get(m).forEach((v, n) -> mine.merge(v, n, Long::sum));
        }
        return a;
    }
}
