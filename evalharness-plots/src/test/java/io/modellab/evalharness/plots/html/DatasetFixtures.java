package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.schema.ColumnProfile;
import io.modellab.evalharness.core.schema.ColumnSchema;
import io.modellab.evalharness.core.schema.ColumnType;
import io.modellab.evalharness.core.schema.DatasetProfile;
import io.modellab.evalharness.core.schema.DatasetProvenance;
import io.modellab.evalharness.core.schema.DatasetSplit;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.core.schema.DateTimeRange;
import io.modellab.evalharness.core.schema.Histogram;
import io.modellab.evalharness.core.schema.LabelBalance;
import io.modellab.evalharness.core.schema.LengthSummary;
import io.modellab.evalharness.core.schema.MissingCount;
import io.modellab.evalharness.core.schema.NumericSummary;
import io.modellab.evalharness.core.schema.QuantileValue;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SourceFile;
import io.modellab.evalharness.core.schema.SplitStrategy;
import io.modellab.evalharness.core.schema.ValueCount;
import io.modellab.evalharness.core.schema.ValueCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A dataset version of every column type whose free text (column names, values, labels, notes) all comes from one
 * source, e.g. an attack corpus. Every string {@link #version} asks for is shown on the page.
 */
final class DatasetFixtures {

    static final String SHA = "38b6dbf6fb4b0311a3ffc005730f42623128591fb36473ab3c22d270c0467632";

    /** Names and values as a credit table would have them. */
    static final IntFunction<String> PLAIN = i -> List.of("duration", "credit_amount", "purpose", "radio/tv", "new car",
            "foreign_worker", "yes", "no", "comment", "applied", "class", "good", "bad", "as bundled").get(i % 14);

    private DatasetFixtures() {
    }

    static DatasetVersion version(IntFunction<String> text) {
        int[] next = {0};
        IntFunction<String> t = ignored -> text.apply(next[0]++);
        List<ColumnSchema> columns = new ArrayList<>();
        List<ColumnProfile> profiles = new ArrayList<>();

        String duration = t.apply(0);
        columns.add(new ColumnSchema(duration, ColumnType.INTEGER, ColumnType.INTEGER));
        profiles.add(new ColumnProfile(duration, ColumnType.INTEGER, 990L, 10L, 0.01, new NumericSummary(4.0, 72.0, 20.903,
                12.0588, quantiles(6, 12, 18, 24, 48), true, new Histogram(List.of(4.0, 21.0, 38.0, 55.0, 72.0),
                List.of(500L, 300L, 150L, 40L), true)), null, null, null));
        String amount = t.apply(0);
        columns.add(new ColumnSchema(amount, ColumnType.NUMERIC, ColumnType.INTEGER));
        profiles.add(new ColumnProfile(amount, ColumnType.NUMERIC, 1000L, 0L, 0.0, new NumericSummary(250.0, 18424.0,
                3271.258, 2822.74, quantiles(708.95, 1365.5, 2319.5, 3972.25, 9162.7), false,
                new Histogram(List.of(250.0, 9337.0, 18424.0), List.of(940L, 60L), false)), null, null, null));
        String purpose = t.apply(0);
        columns.add(new ColumnSchema(purpose, ColumnType.CATEGORICAL, ColumnType.CATEGORICAL));
        profiles.add(new ColumnProfile(purpose, ColumnType.CATEGORICAL, 1000L, 0L, 0.0, null,
                new ValueCounts(List.of(new ValueCount(t.apply(0), 280L), new ValueCount(t.apply(0), 234L)), 486L, 10L,
                        true, 1000), null, null));
        String worker = t.apply(0);
        columns.add(new ColumnSchema(worker, ColumnType.BOOLEAN, ColumnType.BOOLEAN));
        profiles.add(new ColumnProfile(worker, ColumnType.BOOLEAN, 1000L, 0L, 0.0, null,
                new ValueCounts(List.of(new ValueCount(t.apply(0), 963L), new ValueCount(t.apply(0), 37L)), 0L, 2L, true,
                        1000), null, null));
        String comment = t.apply(0);
        columns.add(new ColumnSchema(comment, ColumnType.TEXT, ColumnType.TEXT));
        profiles.add(new ColumnProfile(comment, ColumnType.TEXT, 700L, 300L, 0.3, null,
                new ValueCounts(List.of(new ValueCount("x".repeat(200) + "\u2026", 3L)), 697L, 1001L, false, 1000),
                new LengthSummary(3L, 48.5, 512L), null));
        String applied = t.apply(0);
        columns.add(new ColumnSchema(applied, ColumnType.DATETIME, ColumnType.DATETIME));
        profiles.add(new ColumnProfile(applied, ColumnType.DATETIME, 1000L, 0L, 0.0, null, null, null,
                new DateTimeRange("2020-01-01", "2020-12-31T23:00:00Z")));
        String target = t.apply(0);
        columns.add(new ColumnSchema(target, ColumnType.CATEGORICAL, ColumnType.CATEGORICAL));
        List<ValueCount> labels = List.of(new ValueCount(t.apply(0), 700L), new ValueCount(t.apply(0), 300L));
        profiles.add(new ColumnProfile(target, ColumnType.CATEGORICAL, 1000L, 0L, 0.0, null,
                new ValueCounts(labels, 0L, 2L, true, 1000), null, null));

        DatasetProfile profile = new DatasetProfile(1000L, 310L, 305L,
                List.of(new MissingCount(0, 695L), new MissingCount(1, 300L), new MissingCount(2, 5L)), profiles,
                new LabelBalance(target, labels, 0L));
        return new DatasetVersion(SchemaVersion.CURRENT, "credit-g-demo", "credit-g", "sha256-38b6dbf6fb4b", SHA, 1000L,
                target, List.of("", "NA", "?"), columns, List.of(new SourceFile("datasets/credit-g.csv", SHA, 139016L, 1000L)),
                profile, new DatasetSplit(SplitStrategy.STRATIFIED, "stratified on " + target + ", 30% test, seed 42",
                        target, 0.3, 42L, 700L, 0L, 300L, "ab".repeat(32)),
                new DatasetProvenance(DatasetProvenance.Kind.FILE, "datasets/credit-g.csv", "DatasetFixtures",
                        "modellab 0.1.0-SNAPSHOT", "2026-11-23T18:00:00Z"), t.apply(0));
    }

    private static List<QuantileValue> quantiles(double... values) {
        double[] qs = {0.05, 0.25, 0.5, 0.75, 0.95};
        List<QuantileValue> out = new ArrayList<>();
        for (int i = 0; i < qs.length; i++) {
            out.add(new QuantileValue(qs[i], values[i]));
        }
        return out;
    }
}
