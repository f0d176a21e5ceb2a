package io.modellab.evalharness.metrics;

import io.modellab.evalharness.core.data.Cells;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.LeakageRule;
import io.modellab.evalharness.core.rules.PipelineRecord;
import io.modellab.evalharness.core.schema.LeakageCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A warning, not a failure: a single feature that separates a binary label almost perfectly on the training rows
 * is likely a proxy of the target (an outcome recorded after the fact, a code that encodes the label).
 *
 * <p>Each column is scored alone by ROC-AUC on train, in the better direction, three ways, keeping the best:
 * <ul>
 *   <li>by its value, when every present cell is a finite number;</li>
 *   <li>by its category's share of positives, for text columns and for number columns with at most
 *       {@value #MAX_CODES} distinct values (codes); categories with fewer than {@value #MIN_CATEGORY_ROWS} train
 *       rows get the overall share, so that an id-like column does not look predictive by memorising rows;</li>
 *   <li>by whether the cell is missing, when some are (a field filled in only for one outcome).</li>
 * </ul>
 *
 * @param positiveLabel the label value counted as positive
 * @param threshold the separation (AUC) above which a feature is reported, e.g. 0.99
 */
public record TargetProxyRule(String positiveLabel, double threshold) implements LeakageRule {

    /** The rule's id. */
    public static final String ID = "target_proxy";
    /** Categories with fewer train rows than this are scored with the overall share of positives. */
    public static final int MIN_CATEGORY_ROWS = 5;
    /** A number column with at most this many distinct values is also scored as categories. */
    public static final int MAX_CODES = 20;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LeakageCheck check(PipelineRecord pipeline) {
        Table rows = pipeline.rows();
        List<String> trainKeys = pipeline.split().train();
        int[] train = trainKeys.stream().mapToInt(rows::rowPosition).toArray();
        boolean[] positive = new boolean[train.length];
        int positives = 0;
        for (int i = 0; i < train.length; i++) {
            positive[i] = positiveLabel.equals(rows.cell(train[i], pipeline.labelColumn()));
            positives += positive[i] ? 1 : 0;
        }
        if (positives == 0 || positives == train.length) {
            return new LeakageCheck(ID, LeakageCheck.Status.SKIPPED, "the train rows hold one class only", Map.of());
        }
        double overall = (double) positives / train.length;

        Map<String, Object> evidence = new LinkedHashMap<>();
        List<String> proxies = new ArrayList<>();
        for (String column : rows.columnNames()) {
            if (column.equals(pipeline.labelColumn())) {
                continue;
            }
            String[] cells = new String[train.length];
            for (int i = 0; i < train.length; i++) {
                cells[i] = rows.cell(train[i], column);
            }
            Separation best = best(cells, positive, overall);
            if (best != null && best.auc() > threshold) {
                proxies.add(String.format(Locale.ROOT, "%s (AUC %.4f by %s)", column, best.auc(), best.by()));
                evidence.put(column, best.auc());
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

    private record Separation(double auc, String by) {
    }

    private static Separation best(String[] cells, boolean[] positive, double overall) {
        boolean numeric = true;
        boolean anyMissing = false;
        HashSet<String> distinct = new HashSet<>();
        for (String cell : cells) {
            if (cell == null) {
                anyMissing = true;
                continue;
            }
            numeric &= Cells.finiteNumber(cell) != null;
            distinct.add(cell.trim());
        }
        List<Separation> found = new ArrayList<>();
        if (numeric) {
            List<Integer> present = new ArrayList<>();
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null) {
                    present.add(i);
                }
            }
            double[] score = new double[present.size()];
            boolean[] label = new boolean[present.size()];
            for (int j = 0; j < score.length; j++) {
                score[j] = Cells.finiteNumber(cells[present.get(j)]);
                label[j] = positive[present.get(j)];
            }
            found.add(new Separation(separation(label, score), "value"));
        }
        if (!numeric || distinct.size() <= MAX_CODES) {
            found.add(new Separation(separation(positive, categoryShare(cells, positive, overall)), "category share"));
        }
        if (anyMissing) {
            double[] missing = new double[cells.length];
            for (int i = 0; i < cells.length; i++) {
                missing[i] = cells[i] == null ? 1 : 0;
            }
            found.add(new Separation(separation(positive, missing), "missingness"));
        }
        return found.stream().filter(s -> !Double.isNaN(s.auc()))
                .max((a, b) -> Double.compare(a.auc(), b.auc())).orElse(null);
    }

    private static double[] categoryShare(String[] cells, boolean[] positive, double overall) {
        Map<String, int[]> counts = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            int[] c = counts.computeIfAbsent(key(cells[i]), k -> new int[2]);
            c[0]++;
            c[1] += positive[i] ? 1 : 0;
        }
        double[] score = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            int[] c = counts.get(key(cells[i]));
            score[i] = c[0] < MIN_CATEGORY_ROWS ? overall : (double) c[1] / c[0];
        }
        return score;
    }

    private static String key(String cell) {
        return cell == null ? null : cell.trim();
    }

    /** max(AUC, 1 - AUC), NaN when one class is present. */
    private static double separation(boolean[] label, double[] score) {
        double auc = RocAuc.of(label, score);
        return Double.isNaN(auc) ? auc : Math.max(auc, 1 - auc);
    }
}
