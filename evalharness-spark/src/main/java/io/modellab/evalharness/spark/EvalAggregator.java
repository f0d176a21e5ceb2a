package io.modellab.evalharness.spark;

import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * The first pass as one Spark {@link Aggregator}: each partition folds its rows into an {@link EvalState}, the
 * states merge, and the driver gets the merged state. Rows arrive as {@code (id, actual, score, features...)}
 * ({@link PredictionColumns#selected()}). A bad row fails the job with a message naming the column and the row's id.
 *
 * <p>The buffer travels with Java serialization; Spark keeps it as an object while a partition is folded (a typed
 * imperative aggregate), so it is serialized once per partition, not per row.
 */
final class EvalAggregator extends StateAggregator<EvalState> {

    private static final long serialVersionUID = 3L;

    private final PredictionColumns columns;
    private final double threshold;
    private final long seed;
    private final int resamples;
    private final double[] missingLowers;
    private final double[] missingUppers;
    private final int failureLimit;

    EvalAggregator(PredictionColumns columns, double threshold, long seed, int resamples, double[] missingLowers,
                   double[] missingUppers, int failureLimit) {
        super(EvalState.class);
        this.failureLimit = failureLimit;
        this.columns = columns;
        this.threshold = threshold;
        this.seed = seed;
        this.resamples = resamples;
        this.missingLowers = missingLowers.clone();
        this.missingUppers = missingUppers.clone();
    }

    @Override
    public EvalState zero() {
        return new EvalState(columns.featureColumns().size(), missingLowers, missingUppers, seed, resamples,
                failureLimit);
    }

    @Override
    public EvalState reduce(EvalState state, Row row) {
        Object id = row.get(0);
        long key = RowKeys.of(id, columns.id());
        boolean positive = actualPositive(columns, id, row.get(1));
        double score = score(columns, id, row.get(2));
        state.add(key, id.toString(), score, positive, score >= threshold, features(row));
        return state;
    }

    /** The feature cells of a row {@code (id, actual, score, features...)} as strings, null where missing. */
    static String[] features(Row row) {
        String[] features = new String[row.length() - 3];
        for (int c = 0; c < features.length; c++) {
            Object cell = row.get(3 + c);
            features[c] = cell == null ? null : cell.toString();
        }
        return features;
    }

    /** Whether the actual label is the positive one; names the row when it is neither. */
    static boolean actualPositive(PredictionColumns columns, Object id, Object actualCell) {
        String actual = actualCell == null ? null : actualCell.toString();
        if (columns.positiveLabel().equals(actual)) {
            return true;
        }
        if (columns.negativeLabel().equals(actual)) {
            return false;
        }
        throw new IllegalArgumentException(String.format(Locale.ROOT,
                "row with %s %s: column %s holds %s, expected \"%s\" or \"%s\"", columns.id(), id, columns.actual(),
                actual == null ? "null" : "\"" + actual + "\"", columns.positiveLabel(), columns.negativeLabel()));
    }

    /** The score; names the row when it is not a probability. */
    static double score(PredictionColumns columns, Object id, Object scoreCell) {
        double score = scoreCell instanceof Number n ? n.doubleValue() : Double.NaN;
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "row with %s %s: column %s holds %s, expected a probability in [0, 1]", columns.id(), id,
                    columns.score(), scoreCell));
        }
        return score;
    }

    @Override
    public EvalState merge(EvalState a, EvalState b) {
        return a.merge(b);
    }
}
