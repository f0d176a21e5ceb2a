package io.modellab.tracker.compare;

import io.modellab.evalharness.core.schema.Comparison;
import io.modellab.evalharness.core.schema.RegressionPredictions;
import io.modellab.evalharness.metrics.RegressionRows;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two regression runs' predictions of the rows both predicted, paired by row id from their
 * regression_predictions.json; a resample's metric is {@link RegressionRows#metric} on its rows, as in the evaluation.
 *
 * <p>A regression has no right or wrong answer, so the failure diff needs a line: a row is <em>wrong</em> when its
 * absolute error is larger than the reference's median absolute error on the paired rows (how far the reference
 * typically misses). The reference then gets about half the rows wrong, and the diff counts the rows the candidate
 * pulls inside that line (fixed) or pushes outside it (newly wrong); examples are listed largest error first.
 */
final class PairedRegressionRows implements RunComparison.RowPairing {

    private final RegressionRows reference;
    private final RegressionRows candidate;
    private final List<String> ids;

    private PairedRegressionRows(RegressionRows reference, RegressionRows candidate, List<String> ids) {
        this.reference = reference;
        this.candidate = candidate;
        this.ids = ids;
    }

    static PairedRegressionRows of(RegressionPredictions reference, RegressionPredictions candidate) {
        if (!reference.target().equals(candidate.target())) {
            throw new IllegalArgumentException("run " + reference.runId() + " predicts " + reference.target() + ", run "
                    + candidate.runId() + " predicts " + candidate.target() + ": their predictions cannot be compared");
        }
        Map<String, Integer> candidateRow = new LinkedHashMap<>();
        for (int i = 0; i < candidate.rowIds().size(); i++) {
            candidateRow.put(candidate.rowIds().get(i), i);
        }
        List<String> ids = new ArrayList<>();
        List<Integer> rRows = new ArrayList<>();
        List<Integer> cRows = new ArrayList<>();
        for (int i = 0; i < reference.rowIds().size(); i++) {
            Integer j = candidateRow.get(reference.rowIds().get(i));
            if (j == null) {
                continue;
            }
            if (Double.compare(reference.actual().get(i), candidate.actual().get(j)) != 0) {
                throw new IllegalArgumentException("row " + reference.rowIds().get(i) + " has actual value "
                        + reference.actual().get(i) + " in run " + reference.runId() + " but "
                        + candidate.actual().get(j) + " in run " + candidate.runId());
            }
            ids.add(reference.rowIds().get(i));
            rRows.add(i);
            cRows.add(j);
        }
        return new PairedRegressionRows(rows(reference, rRows), rows(candidate, cRows), List.copyOf(ids));
    }

    private static RegressionRows rows(RegressionPredictions p, List<Integer> rows) {
        double[] actual = new double[rows.size()];
        double[] predicted = new double[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            actual[k] = p.actual().get(rows.get(k));
            predicted[k] = p.predicted().get(rows.get(k));
        }
        return new RegressionRows(actual, predicted);
    }

    @Override
    public int size() {
        return ids.size();
    }

    @Override
    public String unit() {
        return "rows";
    }

    @Override
    public boolean pairs(String metric) {
        return RegressionRows.METRIC_NAMES.contains(metric);
    }

    @Override
    public double candidateMetric(String metric, int[] rows) {
        return candidate.metric(metric, rows);
    }

    @Override
    public double referenceMetric(String metric, int[] rows) {
        return reference.metric(metric, rows);
    }

    @Override
    public Comparison.FailureDiff failureDiff() {
        if (ids.isEmpty()) {
            return new Comparison.FailureDiff(0, 0, 0, List.of(), List.of());
        }
        double line = reference.metric("median_absolute_error", reference.allRows());
        List<Integer> newlyWrong = new ArrayList<>();
        List<Integer> fixed = new ArrayList<>();
        int stillWrong = 0;
        for (int k = 0; k < ids.size(); k++) {
            boolean wasWrong = Math.abs(reference.error(k)) > line;
            boolean isWrong = Math.abs(candidate.error(k)) > line;
            if (!wasWrong && isWrong) {
                newlyWrong.add(k);
            } else if (wasWrong && !isWrong) {
                fixed.add(k);
            } else if (wasWrong) {
                stillWrong++;
            }
        }
        return new Comparison.FailureDiff(newlyWrong.size(), fixed.size(), stillWrong, largest(newlyWrong, candidate),
                largest(fixed, reference));
    }

    /** Ids of the rows where the given side's absolute error is largest, ties by id. */
    private List<String> largest(List<Integer> rows, RegressionRows side) {
        return rows.stream()
                .sorted(Comparator.comparingDouble((Integer k) -> -Math.abs(side.error(k))).thenComparing(ids::get))
                .limit(Comparison.FailureDiff.EXAMPLE_IDS).map(ids::get).toList();
    }
}
