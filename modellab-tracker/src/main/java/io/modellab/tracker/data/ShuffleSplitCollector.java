package io.modellab.tracker.data;

import io.modellab.evalharness.core.data.Cells;
import io.modellab.evalharness.core.schema.SplitStrategy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Random, stratified, quantile-stratified and group splits, all by {@link StratifiedSplit}: random is one class of all
 * rows, stratified is one class per label, quantile-stratified one class per quantile bin of a number, and group
 * splits the sorted distinct groups as if each were a row, then sends every row where its group went. Keeps one
 * number per row (the label or group number, or the value to bin) and the distinct labels or groups.
 */
final class ShuffleSplitCollector implements SplitCollector {

    private final SplitSpec spec;
    private final Map<String, Integer> codes = new HashMap<>();
    private int[] codeOfRow = new int[1024];
    private double[] valueOfRow = new double[0];
    private int rows;

    ShuffleSplitCollector(SplitSpec spec) {
        this.spec = spec;
    }

    @Override
    public void add(String value) {
        if (spec.strategy() == SplitStrategy.QUANTILE_STRATIFIED) {
            Double number = Cells.finiteNumber(value);
            if (number == null) {
                throw new CellProblem(value == null ? "the value to stratify on is missing; expected a number on every row"
                        : "\"" + value + "\" is not a finite number; a quantile-stratified split needs a number on"
                        + " every row");
            }
            if (rows == valueOfRow.length) {
                valueOfRow = Arrays.copyOf(valueOfRow, Math.max(1024, rows * 2));
            }
            valueOfRow[rows] = number;
        } else if (spec.strategy() != SplitStrategy.RANDOM) {
            if (value == null) {
                throw new CellProblem(spec.strategy() == SplitStrategy.STRATIFIED
                        ? "the label to stratify on is missing; expected a label on every row"
                        : "the group is missing; expected a group on every row");
            }
            if (rows == codeOfRow.length) {
                codeOfRow = Arrays.copyOf(codeOfRow, rows * 2);
            }
            Integer code = codes.get(value);
            if (code == null) {
                code = codes.size();
                codes.put(value, code);
            }
            codeOfRow[rows] = code;
        }
        rows++;
    }

    @Override
    public SplitParts finish() {
        byte[] part = new byte[rows];
        Arrays.fill(part, SplitParts.TRAIN);
        double fraction = spec.testFraction();
        long seed = spec.seed();
        switch (spec.strategy()) {
            case RANDOM -> mark(part, StratifiedSplit.ofClasses(new int[rows], 1, fraction, seed).test());
            case STRATIFIED -> {
                int[] classes = inSortedOrder();
                mark(part, StratifiedSplit.ofClasses(classes, codes.size(), fraction, seed).test());
            }
            case QUANTILE_STRATIFIED -> mark(part, StratifiedSplit.ofQuantiles(Arrays.copyOf(valueOfRow, rows),
                    SplitSpec.QUANTILE_BINS, fraction, seed).test());
            default -> {
                if (codes.size() < 2) {
                    throw new CellProblem("the column has " + codes.size() + (codes.size() == 1 ? " group" : " groups")
                            + "; expected at least 2 groups to split");
                }
                int[] group = inSortedOrder();
                boolean[] testGroup = new boolean[codes.size()];
                for (int g : StratifiedSplit.ofClasses(new int[codes.size()], 1, fraction, seed).test()) {
                    testGroup[g] = true;
                }
                for (int r = 0; r < rows; r++) {
                    if (testGroup[group[r]]) {
                        part[r] = SplitParts.TEST;
                    }
                }
            }
        }
        return new SplitParts(part);
    }

    /** Renumbers labels or groups in sorted order, so the split does not depend on which came first in the file. */
    private int[] inSortedOrder() {
        List<String> sorted = new ArrayList<>(codes.keySet());
        sorted.sort(null);
        int[] renumber = new int[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            renumber[codes.get(sorted.get(i))] = i;
        }
        int[] classes = Arrays.copyOf(codeOfRow, rows);
        codeOfRow = null;
        for (int r = 0; r < rows; r++) {
            classes[r] = renumber[classes[r]];
        }
        return classes;
    }

    private static void mark(byte[] part, int[] test) {
        for (int r : test) {
            part[r] = SplitParts.TEST;
        }
    }
}
