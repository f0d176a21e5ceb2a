package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.data.ClassProbabilities;
import io.modellab.evalharness.core.data.Predictor;
import io.modellab.evalharness.core.data.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small real model for the tests: naive Bayes over some categorical columns, fitted on training rows with add-one
 * smoothing. It reads only its own columns, so every other column is ignored exactly; a missing or unseen category
 * adds nothing to the log-odds.
 */
record LookupModel(List<String> columns, double priorLogOdds, Map<String, Map<String, Double>> logOdds)
        implements Predictor {

    static LookupModel fit(LabelledRows rows, List<String> columns) {
        int positives = 0;
        for (String label : rows.labels()) {
            positives += CreditG.TASK.positiveLabel().equals(label) ? 1 : 0;
        }
        int negatives = rows.size() - positives;
        Map<String, Map<String, Double>> logOdds = new HashMap<>();
        for (String column : columns) {
            Map<String, int[]> counts = new HashMap<>();
            String[] cells = rows.features().column(column);
            for (int r = 0; r < cells.length; r++) {
                if (cells[r] != null) {
                    counts.computeIfAbsent(cells[r], k -> new int[2])[
                            CreditG.TASK.positiveLabel().equals(rows.labels().get(r)) ? 1 : 0]++;
                }
            }
            int k = counts.size();
            Map<String, Double> odds = new HashMap<>();
            int pos = positives;
            int neg = negatives;
            counts.forEach((category, c) -> odds.put(category,
                    Math.log((c[1] + 1.0) / (pos + k)) - Math.log((c[0] + 1.0) / (neg + k))));
            logOdds.put(column, odds);
        }
        return new LookupModel(List.copyOf(columns), Math.log((positives + 1.0) / (negatives + 1.0)), logOdds);
    }

    @Override
    public ClassProbabilities predict(Table rows) {
        double[][] p = new double[rows.rowCount()][];
        for (int r = 0; r < p.length; r++) {
            double z = priorLogOdds;
            for (String column : columns) {
                z += logOdds.get(column).getOrDefault(rows.cell(r, column) == null ? "" : rows.cell(r, column), 0.0);
            }
            double positive = 1 / (1 + Math.exp(-z));
            p[r] = new double[] {1 - positive, positive};
        }
        return new ClassProbabilities(CreditG.TASK.labels(), p);
    }
}
