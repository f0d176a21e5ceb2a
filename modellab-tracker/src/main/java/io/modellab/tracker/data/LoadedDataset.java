package io.modellab.tracker.data;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.schema.DatasetRef;

/**
 * A dataset read from a file: its rows and which version of which file they are.
 *
 * @param table the rows; row ids are 1-based data row numbers (the header is not counted)
 * @param ref name, version, checksum, source and row count
 */
public record LoadedDataset(Table table, DatasetRef ref) {
}
