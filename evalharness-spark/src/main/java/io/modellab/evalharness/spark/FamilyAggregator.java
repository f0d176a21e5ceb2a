package io.modellab.evalharness.spark;

import io.modellab.evalharness.core.schema.SliceDefinition;
import io.modellab.evalharness.metrics.ScoreHistogram;
import io.modellab.evalharness.slicing.Slices;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * The pass over one slice family that reads a feature column (the key feature's top categories, or its quantile
 * buckets and missing cells): each row's slice is found by the definitions' own rules (a cell's string among a
 * {@code column_in}'s values, a null cell the missing value; {@link Slices#number} in a {@code numeric_range}'s
 * [lower, upper)), and folded into that slice's score histogram. Rows arrive as {@code (id, actual, score, cell)}.
 */
final class FamilyAggregator extends StateAggregator<FamilyAggregator.State> {

    private static final long serialVersionUID = 1L;

    private final PredictionColumns columns;
    private final List<Matcher> matchers;

    FamilyAggregator(PredictionColumns columns, List<SliceDefinition> slices) {
        super(State.class);
        this.columns = columns;
        List<Matcher> out = new ArrayList<>();
        for (SliceDefinition slice : slices) {
            out.add(switch (slice.kind()) {
                case SliceDefinition.COLUMN_IN -> new Matcher(new HashSet<>(slice.values()), null, null);
                case SliceDefinition.NUMERIC_RANGE -> new Matcher(null, slice.lower(), slice.upper());
                default -> throw new IllegalArgumentException("a feature family of " + slice.kind() + " slices");
            });
        }
        this.matchers = List.copyOf(out);
    }

    /** One slice's rule. */
    @SuppressWarnings("serial") // HashSet and Double are serializable
    private record Matcher(Set<String> values, Double lower, Double upper) implements Serializable {

        boolean matches(String cell) {
            if (values != null) {
                return values.contains(cell);
            }
            double v = Slices.number(cell);
            return !Double.isNaN(v) && (lower == null || v >= lower) && (upper == null || v < upper);
        }
    }

    /**
     * One score histogram per slice. Public only because Spark's Java-serialization encoder refuses non-public
     * classes.
     */
    public static final class State implements Serializable {

        private static final long serialVersionUID = 1L;

        final ScoreHistogram[] slices;

        State(int slices) {
            this.slices = new ScoreHistogram[slices];
            for (int s = 0; s < slices; s++) {
                this.slices[s] = new ScoreHistogram();
            }
        }
    }

    @Override
    public State zero() {
        return new State(matchers.size());
    }

    @Override
    public State reduce(State state, Row row) {
        Object id = row.get(0);
        boolean positive = EvalAggregator.actualPositive(columns, id, row.get(1));
        double score = EvalAggregator.score(columns, id, row.get(2));
        Object cell = row.get(3);
        String value = cell == null ? null : cell.toString();
        for (int s = 0; s < matchers.size(); s++) {
            if (matchers.get(s).matches(value)) {
                // The family's slices do not overlap: the first that matches is the only one.
                state.slices[s].add(score, positive);
                break;
            }
        }
        return state;
    }

    @Override
    public State merge(State a, State b) {
        for (int s = 0; s < a.slices.length; s++) {
            a.slices[s].merge(b.slices[s]);
        }
        return a;
    }
}
