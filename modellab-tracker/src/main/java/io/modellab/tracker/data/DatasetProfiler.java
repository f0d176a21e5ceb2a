package io.modellab.tracker.data;

import io.modellab.evalharness.core.schema.ColumnProfile;
import io.modellab.evalharness.core.schema.ColumnSchema;
import io.modellab.evalharness.core.schema.ColumnType;
import io.modellab.evalharness.core.schema.DatasetProfile;
import io.modellab.evalharness.core.schema.DatasetSplit;
import io.modellab.evalharness.core.schema.LabelBalance;
import io.modellab.evalharness.core.schema.MissingCount;
import io.modellab.evalharness.core.schema.SourceFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One streaming pass over a source's CSV files that infers the schema, profiles every column and assigns the split.
 * Rows are never kept: memory is the per-column state of {@link ColumnStats} (bounded by {@link ProfileOptions}),
 * one counter per possible number of missing cells in a row, and the split's one number per row.
 */
final class DatasetProfiler {

    /** What the pass found. */
    record Profiled(List<ColumnSchema> columns, DatasetProfile profile, DatasetSplit split, List<SourceFile> files) {
    }

    private final List<String> header;
    private final String firstFile;
    private final long headerLine;
    private final IngestOptions options;
    private final Set<String> missingTokens;
    private final ColumnStats[] stats;
    private final long[] rowsByMissingCells;
    private final int targetIndex;
    private final int splitIndex;
    private final SplitCollector split;
    private long rows;
    private long missingCells;

    private DatasetProfiler(List<String> header, String firstFile, long headerLine, IngestOptions options) {
        this.header = header;
        this.firstFile = firstFile;
        this.headerLine = headerLine;
        this.options = options;
        this.missingTokens = new HashSet<>(options.missingTokens());
        this.stats = new ColumnStats[header.size()];
        for (int c = 0; c < stats.length; c++) {
            stats[c] = new ColumnStats(header.get(c), c + 1, options.profile());
        }
        this.rowsByMissingCells = new long[header.size() + 1];
        this.targetIndex = options.target() == null ? -1 : indexOf(options.target(), "the target");
        SplitSpec spec = options.split();
        this.splitIndex = spec == null || spec.column() == null ? -1 : indexOf(spec.column(), "the split's column");
        this.split = spec == null ? null : SplitCollector.of(spec);
        for (String column : options.types().keySet()) {
            indexOf(column, "a type set in code");
        }
    }

    /**
     * Reads every file of {@code source} once.
     *
     * @param scans each file's checksum from the scan before, which the bytes parsed must match
     * @throws CsvFormatException naming the file, line and column of the first problem
     * @throws IllegalStateException when a file changed between the scan and the parse
     */
    static Profiled profile(CsvSource source, List<SourceScan.Result> scans, IngestOptions options) {
        DatasetProfiler profiler = null;
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < source.files().size(); i++) {
            CsvSource.File file = source.files().get(i);
            long fileRows = 0;
            String parsed;
            try (CsvRows csv = CsvRows.open(file.path(), file.relative())) {
                if (profiler == null) {
                    profiler = new DatasetProfiler(csv.header(), file.relative(), csv.line(), options);
                } else {
                    profiler.requireSameHeader(csv.header(), file.relative(), csv.line());
                }
                for (String[] row = csv.next(); row != null; row = csv.next()) {
                    profiler.add(row, file.relative(), csv.line());
                    fileRows++;
                }
                parsed = csv.sha256();
            }
            SourceScan.Result scan = scans.get(i);
            if (!parsed.equals(scan.sha256())) {
                throw new IllegalStateException(file.relative() + " changed while it was being ingested (SHA-256 "
                        + scan.sha256() + " when scanned, " + parsed + " when parsed); ingest it again once it is"
                        + " written");
            }
            files.add(new SourceFile(file.relative(), scan.sha256(), scan.bytes(), fileRows));
        }
        return profiler.finish(files);
    }

    private void add(String[] row, String file, long line) {
        int missingHere = 0;
        for (int c = 0; c < row.length; c++) {
            if (missingTokens.contains(row[c])) {
                stats[c].addMissing();
                row[c] = null;
                missingHere++;
            } else {
                stats[c].add(row[c], file, line);
            }
        }
        rowsByMissingCells[missingHere]++;
        missingCells += missingHere;
        rows++;
        if (split != null) {
            try {
                split.add(splitIndex < 0 ? null : row[splitIndex]);
            } catch (CellProblem problem) {
                throw CsvFormatException.atColumn(file, line, splitIndex + 1, header.get(splitIndex),
                        problem.getMessage());
            }
        }
    }

    private Profiled finish(List<SourceFile> files) {
        if (rows == 0) {
            throw CsvFormatException.atLine(firstFile, headerLine + 1,
                    "the file ends after its header; expected at least one data row");
        }
        List<ColumnSchema> schema = new ArrayList<>();
        List<ColumnProfile> profiles = new ArrayList<>();
        Map<String, ColumnType> types = options.types();
        for (int c = 0; c < stats.length; c++) {
            ColumnType inferred = stats[c].infer();
            ColumnType type = types.getOrDefault(header.get(c), inferred);
            stats[c].requireFits(type);
            schema.add(new ColumnSchema(header.get(c), type, inferred));
            profiles.add(stats[c].profile(type, rows));
        }
        List<MissingCount> rowMissingness = new ArrayList<>();
        for (int k = 0; k < rowsByMissingCells.length; k++) {
            if (rowsByMissingCells[k] > 0) {
                rowMissingness.add(new MissingCount(k, rowsByMissingCells[k]));
            }
        }
        DatasetProfile profile = new DatasetProfile(rows, missingCells, rows - rowsByMissingCells[0], rowMissingness,
                profiles, labelBalance());
        return new Profiled(schema, profile, split(), files);
    }

    /** Checks the target has two values at least; its label balance when it looks like labels. */
    private LabelBalance labelBalance() {
        if (targetIndex < 0) {
            return null;
        }
        ColumnStats target = stats[targetIndex];
        ValueCounter labels = target.values();
        if (labels.distinct() < 2) {
            String found = target.present() == 0 ? "no value on any row"
                    : "the single value " + CsvFormatException.quote(labels.all().get(0).value()) + " on all "
                            + target.present() + (target.present() == 1 ? " row that has one" : " rows that have one");
            throw CsvFormatException.atColumn(firstFile, headerLine, targetIndex + 1, options.target(),
                    "the target has " + found + "; expected at least two different values");
        }
        boolean looksLikeLabels = labels.exact() && labels.distinct() <= options.profile().maxCategories();
        return looksLikeLabels ? new LabelBalance(options.target(), labels.all(), target.missing()) : null;
    }

    private DatasetSplit split() {
        if (split == null) {
            return null;
        }
        SplitSpec spec = options.split();
        SplitParts parts;
        try {
            parts = split.finish();
        } catch (CellProblem problem) {
            throw splitProblem(problem.getMessage());
        }
        long train = parts.count(SplitParts.TRAIN);
        long test = parts.count(SplitParts.TEST);
        if (train == 0 || test == 0) {
            throw splitProblem("the split \"" + spec.describe() + "\" leaves " + (train == 0 ? "train" : "test")
                    + " empty; expected rows in both train and test");
        }
        return new DatasetSplit(spec.strategy(), spec.describe(), spec.column(), spec.testFraction(), spec.seed(),
                train, parts.count(SplitParts.VALIDATION), test, parts.digest());
    }

    private CsvFormatException splitProblem(String problem) {
        return splitIndex < 0 ? CsvFormatException.atLine(firstFile, headerLine, problem)
                : CsvFormatException.atColumn(firstFile, headerLine, splitIndex + 1, header.get(splitIndex), problem);
    }

    private void requireSameHeader(List<String> other, String file, long line) {
        for (int c = 0; c < Math.max(header.size(), other.size()); c++) {
            if (c >= other.size()) {
                throw CsvFormatException.atColumn(file, line, c + 1, null, "the header ends after " + other.size()
                        + " names; expected " + header.size() + " as in " + firstFile + ", which names this column "
                        + CsvFormatException.quote(header.get(c)));
            }
            if (c >= header.size()) {
                throw CsvFormatException.atColumn(file, line, c + 1, other.get(c), "the header has " + other.size()
                        + " names; expected " + header.size() + " as in " + firstFile);
            }
            if (!header.get(c).equals(other.get(c))) {
                throw CsvFormatException.atColumn(file, line, c + 1, other.get(c), "the header differs from "
                        + firstFile + ", which names this column " + CsvFormatException.quote(header.get(c))
                        + "; expected the same columns in the same order in every file");
            }
        }
    }

    private int indexOf(String column, String role) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw CsvFormatException.atLine(firstFile, headerLine, "no column is named "
                    + CsvFormatException.quote(column) + " (" + role + "); expected one of the header's names: "
                    + names());
        }
        return index;
    }

    private String names() {
        int shown = Math.min(20, header.size());
        String listed = String.join(", ", header.subList(0, shown));
        return shown == header.size() ? listed : listed + ", \u2026 (" + header.size() + " in all)";
    }
}
