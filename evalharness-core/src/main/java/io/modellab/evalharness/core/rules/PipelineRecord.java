package io.modellab.evalharness.core.rules;

import io.modellab.evalharness.core.data.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/**
 * Everything a pipeline exposes for the leakage rules.
 *
 * @param runId the run being checked, named in every failure message
 * @param rows every row of every part, features and label, keyed by row id
 * @param labelColumn the label's column in {@code rows}
 * @param split which rows went where
 * @param fits one record per fitted step
 */
public record PipelineRecord(String runId, Table rows, String labelColumn, DataSplit split, List<FitRecord> fits) {

    /** Checks that the label column, the split's columns and every split key exist in the rows. */
    public PipelineRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(split, "split");
        fits = List.copyOf(fits);
        if (!rows.hasColumn(labelColumn)) {
            throw new IllegalArgumentException("label column \"" + labelColumn + "\" is not in the rows; columns are "
                    + rows.columnNames());
        }
        for (String column : new String[] {split.timeColumn(), split.groupColumn()}) {
            if (column != null && !rows.hasColumn(column)) {
                throw new IllegalArgumentException("pipeline of run " + runId + ": split column \"" + column
                        + "\" is not in the rows");
            }
        }
        Set<String> keys = new HashSet<>(rows.rowIds());
        // Checked here once, so that every rule can look rows up by key without failing halfway.
        for (DataSplit.Part part : split.parts()) {
            for (String key : part.keys()) {
                if (!keys.contains(key)) {
                    throw new IllegalArgumentException("pipeline of run " + runId + ": the split's " + part.name()
                            + " part names row key \"" + key + "\", which is not among the rows given");
                }
            }
        }
    }
}
