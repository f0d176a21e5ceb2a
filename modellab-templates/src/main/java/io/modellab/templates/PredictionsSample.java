package io.modellab.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import io.modellab.evalharness.core.data.ClassProbabilities;
import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.RunFolder;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code predictions.sample.csv} in a run's folder: the first {@value #ROWS} test rows in split order, one line each
 * with the row id, the actual value and the prediction; a classifier's line adds each label's probability
 * ({@code p_<label>} columns, labels sorted). Numbers are written as Java writes doubles (the shortest text that reads
 * back to the same double), so the file compares bit for bit. RFC 4180 CSV with a header, written atomically.
 */
public final class PredictionsSample {

    /** How many test rows the sample holds at most. */
    public static final int ROWS = 100;

    private static final CsvMapper CSV = new CsvMapper();

    private PredictionsSample() {
    }

    /**
     * Writes a classifier's sample; the predicted label is the most probable one (the first in label order on a tie).
     *
     * @param runDir the run's folder
     * @param testRows the test rows, in split order
     * @param actual their labels
     * @param probabilities the model's probabilities for them
     * @return the file
     */
    public static Path write(Path runDir, Table testRows, String[] actual, ClassProbabilities probabilities) {
        List<String> header = new ArrayList<>(List.of("row_id", "actual", "predicted"));
        probabilities.labels().forEach(l -> header.add("p_" + l));
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        for (int r = 0; r < Math.min(ROWS, testRows.rowCount()); r++) {
            int best = 0;
            for (int k = 1; k < probabilities.labels().size(); k++) {
                if (probabilities.probability(r, k) > probabilities.probability(r, best)) {
                    best = k;
                }
            }
            List<String> line = new ArrayList<>(List.of(testRows.rowId(r), String.valueOf(actual[r]),
                    probabilities.labels().get(best)));
            for (int k = 0; k < probabilities.labels().size(); k++) {
                line.add(Double.toString(probabilities.probability(r, k)));
            }
            lines.add(line);
        }
        return write(runDir, lines);
    }

    /**
     * Writes a regressor's sample.
     *
     * @param runDir the run's folder
     * @param testRows the test rows, in split order
     * @param actual their targets
     * @param predicted the model's predictions for them
     * @return the file
     */
    public static Path write(Path runDir, Table testRows, double[] actual, double[] predicted) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of("row_id", "actual", "predicted"));
        for (int r = 0; r < Math.min(ROWS, testRows.rowCount()); r++) {
            lines.add(List.of(testRows.rowId(r), Double.toString(actual[r]), Double.toString(predicted[r])));
        }
        return write(runDir, lines);
    }

    private static Path write(Path runDir, List<List<String>> lines) {
        Path file = runDir.resolve(RunFolder.PREDICTIONS_SAMPLE);
        try {
            AtomicFiles.write(file, CSV.writeValueAsBytes(lines));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }
}
