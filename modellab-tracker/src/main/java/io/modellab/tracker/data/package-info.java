/**
 * Datasets as the tracker keeps them: projects' immutable dataset versions and the rows they stand for.
 *
 * <ul>
 *   <li>{@link io.modellab.tracker.data.DatasetStore}: ingest a CSV file or a folder of CSV files into
 *       {@code <root>/<project>/datasets/<name>/<version>/dataset.json} (checksum, schema, profile, split,
 *       provenance, notes), find and list versions, and read a version's rows back, checked against its checksum;</li>
 *   <li>{@link io.modellab.tracker.data.IngestOptions}, {@link io.modellab.tracker.data.ProfileOptions} and
 *       {@link io.modellab.tracker.data.SplitSpec}: target, missing tokens, types set in code, the split and the
 *       profile's limits;</li>
 *   <li>{@link io.modellab.tracker.data.SplitRows}: a version's split applied to its loaded rows, checked against
 *       the stored digest; {@link io.modellab.tracker.data.StratifiedSplit}, the seeded stratified split (on
 *       labels, or on the quintile bins of a regression's target);</li>
 *   <li>{@link io.modellab.tracker.data.DatasetDiff}: columns added, removed and retyped between two versions, and
 *       the profile numbers that moved;</li>
 *   <li>{@link io.modellab.tracker.data.CsvDatasets}: a CSV file straight into a table, without a dataset version.</li>
 * </ul>
 *
 * <p>CSV is parsed by Jackson's CSV module (RFC 4180 quoting); an empty cell or a missing token is a missing cell.
 * Bad CSV is a {@link io.modellab.tracker.data.CsvFormatException} naming the file, line and column. A version's id
 * is {@code sha256-} and the first 12 hex digits of its checksum, so the same bytes always get the same version.
 *
 * <p>Memory: ingest streams. The profile holds, per column, a bounded value counter (exact up to 1,000 distinct
 * values), a quantile sketch (exact up to 4,096 values, then about 32 KiB per level and a rank error of at most
 * {@code log2(n / 4096) / 4096}) and a few numbers; the split keeps one number per row (an int or a double; a byte
 * for a predefined split) and a group split its distinct groups. Nothing else grows with the file.
 */
package io.modellab.tracker.data;
