package io.modellab.evalharness.plots.html;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.DatasetFolder;
import io.modellab.evalharness.core.io.Plot;
import io.modellab.evalharness.core.schema.ColumnProfile;
import io.modellab.evalharness.core.schema.ColumnSchema;
import io.modellab.evalharness.core.schema.DatasetProfile;
import io.modellab.evalharness.core.schema.DatasetSplit;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.core.schema.Histogram;
import io.modellab.evalharness.core.schema.LabelBalance;
import io.modellab.evalharness.core.schema.MissingCount;
import io.modellab.evalharness.core.schema.NumericSummary;
import io.modellab.evalharness.core.schema.QuantileValue;
import io.modellab.evalharness.core.schema.SourceFile;
import io.modellab.evalharness.core.schema.ValueCount;
import io.modellab.evalharness.core.schema.ValueCounts;
import io.modellab.evalharness.plots.DistributionPlots;
import io.modellab.evalharness.plots.ImageFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The dataset explorer: {@code <project>/datasets/<name>/<version>/explorer.html}, one self-contained page built from
 * the version's dataset.json (spec 2.1 item 2, 5.1 item 3): schema, missingness per column and per row, label
 * balance, split sizes, numeric distributions (histograms inlined as PNG data URIs) and top values.
 *
 * <pre>{@code
 * Path page = DatasetExplorer.write(Path.of("artifacts"), "credit-g-demo", "credit-g", "sha256-38b6dbf6fb4b");
 * }</pre>
 *
 * <p>The page is derived from dataset.json and may be written again at any time; dataset.json itself never changes.
 * The same file gives the same bytes: nothing reads the clock, numbers use {@link Locale#ROOT}.
 */
public final class DatasetExplorer {

    private DatasetExplorer() {
    }

    /** Reads the version's dataset.json, renders the explorer and writes it atomically beside it; returns its path. */
    public static Path write(Path artifactsRoot, String project, String dataset, String version) {
        Path dir = DatasetFolder.versionDir(artifactsRoot, project, dataset, version);
        DatasetVersion record = ArtifactReader.read(dir.resolve(DatasetFolder.DATASET), DatasetVersion.class);
        Path page = dir.resolve(DatasetFolder.EXPLORER);
        AtomicFiles.write(page, render(record).getBytes(StandardCharsets.UTF_8));
        return page;
    }

    /** The page. */
    public static String render(DatasetVersion version) {
        return Pages.render("dataset-explorer.jte", view(version));
    }

    /** What the page shows, formatted. */
    public static DatasetExplorerView view(DatasetVersion v) {
        DatasetProfile profile = v.profile();
        long rows = profile.rows();
        DatasetExplorerView.Header header = new DatasetExplorerView.Header(v.project(), v.name(), v.version(),
                v.sha256(), lower(v.provenance().kind().name()), v.provenance().source(), Fmt.count(rows),
                Fmt.count(v.columns().size()), v.target(),
                v.missingTokens().stream().map(t -> t.isEmpty() ? "(empty)" : t).collect(Collectors.joining(" ")),
                Fmt.count(profile.missingCells()), Fmt.count(profile.rowsWithMissing()) + " (" + share(profile.rowsWithMissing(), rows) + ")",
                v.provenance().ingestedBy(), v.provenance().ingestedAt(), v.provenance().tool(), v.notes());

        List<DatasetExplorerView.SchemaRow> schema = new ArrayList<>();
        List<DatasetExplorerView.MissingRow> missing = new ArrayList<>();
        List<DatasetExplorerView.Distribution> distributions = new ArrayList<>();
        List<DatasetExplorerView.TopValues> topValues = new ArrayList<>();
        for (int c = 0; c < v.columns().size(); c++) {
            ColumnSchema column = v.columns().get(c);
            ColumnProfile p = profile.columns().get(c);
            schema.add(new DatasetExplorerView.SchemaRow(column.name(), lower(column.type().name()),
                    column.type() == column.inferredType() ? null : lower(column.inferredType().name()),
                    Fmt.count(p.present()), Fmt.count(p.missing()), distinct(p), summary(p)));
            missing.add(new DatasetExplorerView.MissingRow(column.name(), Fmt.count(p.missing()),
                    Fmt.share(p.missingShare()), Fmt.meter(p.missingShare()), p.missingShare()));
            if (p.numeric() != null) {
                distributions.add(distribution(p, c + 1));
            }
            if (p.values() != null) {
                topValues.add(topValues(p));
            }
        }

        List<DatasetExplorerView.Share> rowMissingness = new ArrayList<>();
        for (MissingCount m : profile.rowMissingness()) {
            rowMissingness.add(share(m.missingCells() + (m.missingCells() == 1 ? " cell" : " cells"), m.rows(), rows));
        }

        LabelBalance balance = profile.labelBalance();
        DatasetExplorerView.Labels labels = null;
        String labelNote = null;
        if (balance != null) {
            long labelled = balance.labels().stream().mapToLong(ValueCount::count).sum();
            labels = new DatasetExplorerView.Labels(balance.target(), balance.labels().stream()
                    .map(l -> share(l.value(), l.count(), labelled)).toList(), Fmt.count(balance.missing()));
        } else {
            labelNote = v.target() == null ? "No target was named when this version was ingested."
                    : "The target " + v.target() + " has more distinct values than a categorical column may: see its"
                            + " distribution below.";
        }

        List<DatasetExplorerView.FileRow> files = new ArrayList<>();
        for (SourceFile f : v.files()) {
            files.add(new DatasetExplorerView.FileRow(f.path(), f.sha256(), Fmt.count(f.bytes()), Fmt.count(f.rows())));
        }
        return new DatasetExplorerView(header, schema, missing, rowMissingness, labels, labelNote, split(v.split(), rows),
                distributions, topValues, files);
    }

    private static DatasetExplorerView.Split split(DatasetSplit split, long rows) {
        if (split == null) {
            return null;
        }
        List<DatasetExplorerView.Share> parts = new ArrayList<>();
        parts.add(share("train", split.trainRows(), rows));
        if (split.validationRows() > 0) {
            parts.add(share("validation", split.validationRows(), rows));
        }
        parts.add(share("test", split.testRows(), rows));
        return new DatasetExplorerView.Split(split.description(), parts, split.digest());
    }

    private static DatasetExplorerView.Distribution distribution(ColumnProfile p, int position) {
        NumericSummary n = p.numeric();
        List<String> stats = new ArrayList<>();
        stats.add("min " + Fmt.number(n.min()));
        for (QuantileValue q : n.quantiles()) {
            stats.add((q.q() == 0.5 ? "median" : "q" + Fmt.number(q.q() * 100)) + " " + Fmt.number(q.value()));
        }
        stats.add("max " + Fmt.number(n.max()));
        stats.add("mean " + Fmt.number(n.mean()));
        stats.add("std " + Fmt.number(n.std()));
        Histogram h = n.histogram();
        double[] edges = h.edges().stream().mapToDouble(Double::doubleValue).toArray();
        long[] counts = h.counts().stream().mapToLong(Long::longValue).toArray();
        Plot plot = DistributionPlots.histogram(p.name(), position, edges, counts, ImageFormat.PNG);
        String note = n.quantilesExact() ? "exact" : "quantiles and bar heights from a bounded sketch (approximate)";
        return new DatasetExplorerView.Distribution(p.name(), lower(p.type().name()), String.join(" \u00b7 ", stats),
                note, dataUri(plot));
    }

    private static DatasetExplorerView.TopValues topValues(ColumnProfile p) {
        ValueCounts values = p.values();
        List<DatasetExplorerView.Share> shown = values.top().stream()
                .map(v -> share(v.value(), v.count(), p.present())).toList();
        String note = values.exact() ? "exact counts"
                : "more than " + Fmt.count(values.capacity()) + " distinct values: counts are lower bounds, each within "
                        + Fmt.count(p.present() / (values.capacity() + 1)) + " of the truth";
        return new DatasetExplorerView.TopValues(p.name(), lower(p.type().name()), distinct(p), shown,
                values.other() > 0 ? share("other values", values.other(), p.present()) : null, note);
    }

    private static String distinct(ColumnProfile p) {
        if (p.values() != null) {
            return (p.values().exact() ? "" : "more than ") + Fmt.count(p.values().exact() ? p.values().distinct()
                    : p.values().capacity());
        }
        return Fmt.UNDEFINED;
    }

    /** A short line: the range of numbers and dates, the most frequent value otherwise. */
    private static String summary(ColumnProfile p) {
        if (p.numeric() != null) {
            NumericSummary n = p.numeric();
            Double median = n.quantile(0.5);
            return "min " + Fmt.number(n.min()) + (median == null ? "" : ", median " + Fmt.number(median)) + ", max "
                    + Fmt.number(n.max());
        }
        if (p.datetime() != null) {
            return p.datetime().min() + " to " + p.datetime().max();
        }
        if (p.length() != null) {
            return "length " + p.length().min() + " to " + p.length().max() + " characters";
        }
        if (p.values() != null && !p.values().top().isEmpty()) {
            ValueCount top = p.values().top().get(0);
            return "most frequent: " + top.value() + " (" + Fmt.count(top.count()) + ")";
        }
        return "no values";
    }

    private static DatasetExplorerView.Share share(String label, long count, long total) {
        double share = total == 0 ? 0 : (double) count / total;
        return new DatasetExplorerView.Share(label, Fmt.count(count), Fmt.share(share), Fmt.meter(share));
    }

    private static String share(long count, long total) {
        return Fmt.share(total == 0 ? 0 : (double) count / total);
    }

    private static String dataUri(Plot plot) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            plot.content().writeTo(png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + plot.fileName(), e);
        }
        return "data:" + ImageFormat.PNG.mediaType() + ";base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
