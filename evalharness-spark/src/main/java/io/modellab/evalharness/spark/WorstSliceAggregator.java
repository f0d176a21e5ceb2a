package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.slicing.Slices;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * The pass for the worst slice's failure rule: its wrong rows, counted, and the first {@code limit} of them, most
 * confident first. Rows arrive as in the first pass, {@code (id, actual, score, features...)}. A row's membership is
 * decided from the row alone by the slice kinds' rules in {@link Slices} (ranges closed below and open above; a cell
 * as {@link Slices#number}; a row's missing share over the feature columns).
 */
final class WorstSliceAggregator extends StateAggregator<WorstSliceAggregator.State> {

    private static final long serialVersionUID = 1L;

    private final PredictionColumns columns;
    private final double threshold;
    private final int limit;
    private final Membership slice;

    WorstSliceAggregator(PredictionColumns columns, double threshold, int limit, SliceDefinition worst) {
        super(State.class);
        this.columns = columns;
        this.threshold = threshold;
        this.limit = limit;
        this.slice = Membership.of(worst, columns);
    }

    /** One slice definition's rule on one row. */
    @SuppressWarnings("serial") // the sets and lists hold strings and Memberships
    private record Membership(String kind, int column, Set<String> values, Double lower, Double upper,
                              List<Membership> parts) implements Serializable {

        static Membership of(SliceDefinition d, PredictionColumns columns) {
            List<Membership> parts = new ArrayList<>();
            if (SliceDefinition.AND.equals(d.kind())) {
                d.parts().forEach(p -> parts.add(of(p, columns)));
            }
            int column = d.column() == null ? -1 : columns.featureColumns().indexOf(d.column());
            return new Membership(d.kind(), column, d.values() == null ? null : new HashSet<>(d.values()), d.lower(),
                    d.upper(), parts);
        }

        boolean contains(String actual, String predicted, double confidence, String[] features) {
            return switch (kind) {
                case SliceDefinition.AND -> parts.stream().allMatch(p -> p.contains(actual, predicted, confidence,
                        features));
                case SliceDefinition.ACTUAL_CLASS -> values.contains(actual);
                case SliceDefinition.PREDICTED_CLASS -> values.contains(predicted);
                case SliceDefinition.COLUMN_IN -> values.contains(features[column]);
                case SliceDefinition.NUMERIC_RANGE -> inRange(Slices.number(features[column]));
                case SliceDefinition.CONFIDENCE -> inRange(confidence);
                case SliceDefinition.MISSING_SHARE -> inRange(missingShare(features));
                default -> throw new IllegalArgumentException("a " + kind + " slice cannot be read off a predictions row");
            };
        }

        private boolean inRange(double v) {
            return !Double.isNaN(v) && (lower == null || v >= lower) && (upper == null || v < upper);
        }

        private static double missingShare(String[] features) {
            int missing = 0;
            for (String cell : features) {
                missing += cell == null ? 1 : 0;
            }
            return features.length == 0 ? 0 : (double) missing / features.length;
        }
    }

    /** The worst slice's wrong rows. Public only because Spark's Java-serialization encoder refuses non-public classes. */
    public static final class State implements Serializable {

        private static final long serialVersionUID = 1L;

        long wrong;
        final FailureCandidates candidates;

        State(int limit) {
            candidates = new FailureCandidates(limit, true);
        }
    }

    @Override
    public State zero() {
        return new State(limit);
    }

    @Override
    public State reduce(State state, Row row) {
        Object id = row.get(0);
        boolean positive = EvalAggregator.actualPositive(columns, id, row.get(1));
        double score = EvalAggregator.score(columns, id, row.get(2));
        boolean predictedPositive = score >= threshold;
        if (positive == predictedPositive) {
            return state;
        }
        String[] features = EvalAggregator.features(row);
        double confidence = SparkSlices.confidence(score, predictedPositive);
        String actual = positive ? columns.positiveLabel() : columns.negativeLabel();
        String predicted = predictedPositive ? columns.positiveLabel() : columns.negativeLabel();
        if (slice.contains(actual, predicted, confidence, features)) {
            state.wrong++;
            String key = id.toString();
            if (state.candidates.wouldKeep(confidence, key)) {
                state.candidates.offer(new FailureCandidates.Candidate(key, positive, score, confidence, features));
            }
        }
        return state;
    }

    @Override
    public State merge(State a, State b) {
        a.wrong += b.wrong;
        a.candidates.merge(b.candidates);
        return a;
    }
}
