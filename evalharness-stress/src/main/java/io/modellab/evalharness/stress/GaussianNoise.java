package io.modellab.evalharness.stress;

import io.modellab.evalharness.core.data.Cells;
import io.modellab.evalharness.core.schema.StressCorruption;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Adds Gaussian noise to every present cell of numeric columns, scaled by each column's standard deviation on the
 * rows given: at severity 0.2 a cell x becomes x + 0.2 sd z with z standard normal (spec 4.4.2: noise injection on
 * selected features). Each cell's z is drawn once for a seed, so a higher severity moves the same cells further in
 * the same direction. A column with no spread is left alone.
 */
public final class GaussianNoise implements Corruption {

    /** The kind in stress.json. */
    public static final String KIND = "gaussian_noise";

    private final List<String> columns;
    private final String name;

    private GaussianNoise(List<String> columns, String name) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Gaussian noise needs at least one numeric column");
        }
        this.columns = List.copyOf(columns);
        this.name = name;
    }

    /** On the given numeric columns (all of a table's, say), named {@value #KIND}. */
    public static GaussianNoise onColumns(List<String> numericColumns) {
        return new GaussianNoise(numericColumns, KIND);
    }

    /** On one numeric column, named {@code gaussian_noise[column]}. */
    public static GaussianNoise onColumn(String column) {
        return new GaussianNoise(List.of(column), KIND + "[" + column + "]");
    }

    @Override
    public StressCorruption describe() {
        return new StressCorruption(name, KIND, columns,
                "severity is the noise's standard deviation as a share of each column's; every present cell gets noise");
    }

    @Override
    public Corrupted apply(LabelledRows rows, double severity, long seed) {
        Severity.require(severity);
        EditableColumns copy = new EditableColumns(rows.features());
        SplittableRandom random = new SplittableRandom(seed);
        int touched = 0;
        for (String column : columns) {
            String[] cells = copy.column(column);
            double[] values = new double[cells.length];
            int present = 0;
            double sum = 0;
            for (int r = 0; r < cells.length; r++) {
                if (cells[r] != null) {
                    Double value = Cells.finiteNumber(cells[r]);
                    if (value == null) {
                        throw new IllegalArgumentException("column \"" + column + "\" holds \"" + cells[r]
                                + "\" in row " + rows.features().rowId(r) + ": Gaussian noise needs numbers");
                    }
                    values[r] = value;
                    sum += value;
                    present++;
                }
            }
            double sd = standardDeviation(cells, values, present, sum);
            for (int r = 0; r < cells.length; r++) {
                if (cells[r] == null) {
                    continue;
                }
                // Drawn for every present cell at every severity, so that each cell keeps its own z.
                double z = StressRandom.gaussian(random);
                if (severity > 0 && sd > 0) {
                    cells[r] = Double.toString(values[r] + severity * sd * z);
                    touched++;
                }
            }
        }
        return new Corrupted(rows.withFeatures(copy.toTable()), touched);
    }

    private static double standardDeviation(String[] cells, double[] values, int present, double sum) {
        if (present < 2) {
            return 0;
        }
        double mean = sum / present;
        double squares = 0;
        for (int r = 0; r < cells.length; r++) {
            if (cells[r] != null) {
                squares += (values[r] - mean) * (values[r] - mean);
            }
        }
        return StrictMath.sqrt(squares / present);
    }
}
