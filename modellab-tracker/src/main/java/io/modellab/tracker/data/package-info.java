/**
 * Datasets as the tracker reads them: a CSV file into a {@link io.modellab.evalharness.core.data.Table} with
 * its SHA-256 and version ({@link io.modellab.tracker.data.CsvDatasets}), and seeded splits
 * ({@link io.modellab.tracker.data.StratifiedSplit}).
 *
 * <p>CSV is parsed by Jackson's CSV module (RFC 4180 quoting); an empty field is a missing cell. A dataset's
 * version is derived from its checksum, so the same bytes always get the same version.
 */
package io.modellab.tracker.data;
