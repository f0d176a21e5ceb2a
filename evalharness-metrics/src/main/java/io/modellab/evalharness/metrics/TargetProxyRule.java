package io.modellab.evalharness.metrics;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.LeakageRule;
import io.modellab.evalharness.core.rules.PipelineRecord;
import io.modellab.evalharness.core.schema.LeakageCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A warning, not a failure: a single feature that separates a binary label almost perfectly on the training rows
 * is likely a proxy of the target (an outcome recorded after the fact, an id that encodes the label).
 *
 * <p>Each feature is scored alone by ROC-AUC on train, taking the better direction: a numeric column by its value,
 * a categorical column by its category's share of positives (categories with fewer than {@value #MIN_CATEGORY_ROWS}
 * train rows get the overall share, so that an id-like column does not look predictive by memorising rows).
 *
 * @param positiveLabel the label value counted as positive
 * @param threshold the separation (AUC) above which a feature is reported, e.g. 0.99
 */
public record TargetProxyRule(String positiveLabel, double threshold) implements LeakageRule {

    /** The rule's id. */
    public static final String ID = "target_proxy";
    /** Categories with fewer train rows than this are scored with the overall share of positives. */
    public static final int MIN_CATEGORY_ROWS = 5;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LeakageCheck check(PipelineRecord pipeline) {
        Table rows = pipeline.rows();
        Map<String, Integer> positions = new HashMap<>();
        for (int r = 0; r < rows.rowCount(); r++) {
            positions.put(rows.rowId(r), r);
        }
        List<String> trainKeys = pipeline.split().train();
        int[] train = new int[trainKeys.size()];
        for (int i = 0; i < train.length; i++) {
            Integer r = positions.get(trainKeys.get(i));
            if (r == null) {
                throw new IllegalArgumentException("the split's train part names row key \"" + trainKeys.get(i)
                        + "\", which is not among the rows given");
            }
            train[i] = r;
        }
        boolean[] positive = new boolean[train.length];
        int positives = 0;
        for (int i = 0; i < train.length; i++) {
            positive[i] = positiveLabel.equals(rows.cell(train[i], pipeline.labelColumn()));
            positives += positive[i] ? 1 : 0;
        }
        if (positives == 0 || positives == train.length) {
            return new LeakageCheck(ID, LeakageCheck.Status.SKIPPED, "the train rows hold one class only", Map.of());
        }

        Map<String, Object> evidence = new LinkedHashMap<>();
        List<String> proxies = new ArrayList<>();
        for (String column : rows.columnNames()) {
            if (column.equals(pipeline.labelColumn())) {
                continue;
            }
            double separation = separation(rows, column, train, positive, (double) positives / train.length);
            if (Double.isNaN(separation)) {
                continue;
            }
            if (separation > threshold) {
                proxies.add(String.format(Locale.ROOT, "%s (AUC %.4f)", column, separation));
                evidence.put(column, separation);
            }
        }
        evidence.put("threshold", threshold);
        if (proxies.isEmpty()) {
            return new LeakageCheck(ID, LeakageCheck.Status.PASS, String.format(Locale.ROOT,
                    "no single feature separates %s from the rest with AUC above %.2f on train", positiveLabel, threshold),
                    evidence);
        }
        return new LeakageCheck(ID, LeakageCheck.Status.WARN, String.format(Locale.ROOT,
                "%d feature%s alone separate%s %s on train above AUC %.2f, a likely proxy of the target: %s",
                proxies.size(), proxies.size() == 1 ? "" : "s", proxies.size() == 1 ? "s" : "", positiveLabel, threshold,
                String.join(", ", proxies)), evidence);
    }

    /** max(AUC, 1 - AUC) of the column alone on the train rows where it has a value; NaN when undefined. */
    private static double separation(Table rows, String column, int[] train, boolean[] positive, double overall) {
        String[] cells = new String[train.length];
        boolean numeric = true;
        for (int i = 0; i < train.length; i++) {
            cells[i] = rows.cell(train[i], column);
            if (cells[i] != null && numeric) {
                try {
                    Double.parseDouble(cells[i].trim());
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
        }
        Map<String, int[]> counts = new HashMap<>();
        if (!numeric) {
            for (int i = 0; i < train.length; i++) {
                int[] c = counts.computeIfAbsent(cells[i], k -> new int[2]);
                c[0]++;
                c[1] += positive[i] ? 1 : 0;
            }
        }
        List<Double> scores = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (int i = 0; i < train.length; i++) {
            if (numeric) {
                if (cells[i] == null) {
                    continue;
                }
                scores.add(Double.parseDouble(cells[i].trim()));
            } else {
                int[] c = counts.get(cells[i]);
                scores.add(c[0] < MIN_CATEGORY_ROWS ? overall : (double) c[1] / c[0]);
            }
            labels.add(positive[i]);
        }
        boolean[] a = new boolean[labels.size()];
        double[] s = new double[scores.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = labels.get(i);
            s[i] = scores.get(i);
        }
        double auc = RocAuc.of(a, s);
        return Double.isNaN(auc) ? auc : Math.max(auc, 1 - auc);
    }
}
