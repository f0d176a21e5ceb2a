package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.schema.StressCorruption;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Shuffles one column's cells among a share of the rows: severity 0.2 picks exactly round(0.2 x rows) rows and
 * passes their cells round in one random cycle, so every picked row receives another picked row's cell (Sattolo's
 * algorithm; with fewer than two rows picked nothing moves). The column keeps its distribution but loses its link to
 * the rest of the row; at severity 1 this is the permutation behind permutation importance (spec 4.4.1: feature
 * corruption).
 */
public final class ShuffleColumn implements Corruption {

    /** The kind in stress.json. */
    public static final String KIND = "shuffle_column";

    private final String column;

    /** Shuffles {@code column}. */
    public ShuffleColumn(String column) {
        this.column = column;
    }

    /** The shuffled column. */
    public String column() {
        return column;
    }

    @Override
    public StressCorruption describe() {
        return new StressCorruption(KIND + "[" + column + "]", KIND, List.of(column),
                "severity is the share of rows whose cell in the column is swapped with another picked row's");
    }

    @Override
    public Corrupted apply(LabelledRows rows, double severity, long seed) {
        Severity.require(severity);
        EditableColumns copy = new EditableColumns(rows.features());
        String[] cells = copy.column(column);
        String[] before = cells.clone();
        int picked = Severity.count(severity, cells.length);
        SplittableRandom random = new SplittableRandom(seed);
        int[] rowsPicked = StressRandom.order(cells.length, random);
        // Sattolo: a uniformly random cyclic permutation of the picked rows, so no picked row keeps its own cell.
        int[] cycle = new int[picked];
        for (int i = 0; i < picked; i++) {
            cycle[i] = i;
        }
        for (int i = picked - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int t = cycle[i];
            cycle[i] = cycle[j];
            cycle[j] = t;
        }
        for (int i = 0; i < picked; i++) {
            cells[rowsPicked[i]] = before[rowsPicked[cycle[i]]];
        }
        return new Corrupted(rows.withFeatures(copy.toTable()), picked < 2 ? 0 : picked);
    }
}
