package io.modellab.evalharness.plots.html;

import java.util.List;

/**
 * What the dataset explorer shows, every number already formatted: the template only places and escapes strings.
 *
 * @param header which dataset version, from where, ingested by whom and when
 * @param schema one row per column: type, presence, distinct values and a short summary
 * @param missing per column: missing cells and their share
 * @param rowMissingness how many rows miss how many cells
 * @param labels the target's label balance, {@code null} when there is none
 * @param labelNote why there is no label balance, {@code null} when there is one
 * @param split the version's split, {@code null} when it defines none
 * @param distributions numeric columns: summary numbers and the histogram
 * @param topValues boolean, categorical and text columns: their most frequent values
 * @param files the CSV files with their checksums
 */
public record DatasetExplorerView(Header header, List<SchemaRow> schema, List<MissingRow> missing,
                                  List<Share> rowMissingness, Labels labels, String labelNote, Split split,
                                  List<Distribution> distributions, List<TopValues> topValues, List<FileRow> files) {

    /** The page header. */
    public record Header(String project, String dataset, String version, String sha256, String kind, String source,
                         String rows, String columns, String target, String missingTokens, String missingCells,
                         String rowsWithMissing, String ingestedBy, String ingestedAt, String tool, String notes) {
    }

    /**
     * One column of the schema; {@code inferred} is what inference found when code set another type, else
     * {@code null}.
     */
    public record SchemaRow(String name, String type, String inferred, String present, String missing,
                            String distinct, String summary) {
    }

    /** One column's missing cells; {@code meter} is the share in [0, 1] for a {@code <meter>}. */
    public record MissingRow(String column, String missing, String share, String meter, double sortKey) {
    }

    /** A labelled count with its share, e.g. a label, a value or a split part. */
    public record Share(String label, String count, String share, String meter) {
    }

    /** The target's labels, most frequent first. */
    public record Labels(String target, List<Share> labels, String missing) {
    }

    /** The split in words, the size of each part, and the digest of the rows in each part. */
    public record Split(String description, List<Share> parts, String digest) {
    }

    /**
     * A numeric column: its summary numbers in one line ({@code min 4 · q5 6 · median 18 · ...}), whether they are
     * exact, and its histogram inlined.
     */
    public record Distribution(String column, String type, String stats, String note, String dataUri) {
    }

    /**
     * A column's most frequent values; {@code other} counts the rest ({@code null} when there is none), {@code note}
     * says whether counts are exact.
     */
    public record TopValues(String column, String type, String distinct, List<Share> values, Share other,
                            String note) {
    }

    /** One source file. */
    public record FileRow(String path, String sha256, String bytes, String rows) {
    }
}
