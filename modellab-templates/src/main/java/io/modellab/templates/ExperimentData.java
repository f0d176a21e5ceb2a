package io.modellab.templates;

import io.modellab.evalharness.core.data.Table;
import io.modellab.evalharness.core.rules.DataSplit;
import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.core.schema.SplitRef;
import io.modellab.evalharness.plots.html.DatasetExplorer;
import io.modellab.tracker.ProjectStore;
import io.modellab.tracker.RunStore;
import io.modellab.tracker.data.DatasetStore;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.LoadedDataset;
import io.modellab.tracker.data.SplitRows;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What every run of a tabular experiment shares, read once: the dataset version (ingested now or found), its explorer
 * page, its rows, the target column's values, the features without the target, and the version's split. The
 * classification and the regression experiment prepare their data the same way through {@link #prepare}.
 *
 * @param data the version's rows
 * @param features every row without the target column
 * @param labels every row's target value, as text
 * @param split the version's split
 * @param keys the split by row ids, as the leakage rules take it
 * @param splitRef the split as run.json records it
 * @param store the run store
 * @param version the dataset version
 * @param explorer the version's explorer page
 */
record ExperimentData(LoadedDataset data, Table features, String[] labels, SplitRows split, DataSplit keys,
                      SplitRef splitRef, RunStore store, DatasetVersion version, Path explorer) {

    /**
     * Ensures the project, ingests {@code dataset} as a version of {@code datasetName} (or finds the one with the same
     * bytes), writes its explorer page and reads its rows and split, reporting each stage to {@code stage}.
     */
    static ExperimentData prepare(String project, String projectDescription, Path projectDir, Path dataset,
                                  String datasetName, IngestOptions ingest, Path artifactsRoot, Consumer<String> stage) {
        new ProjectStore(artifactsRoot).ensure(project, projectDescription);
        DatasetStore datasets = new DatasetStore(artifactsRoot);
        DatasetStore.Ingested ingested = datasets.ingest(project, datasetName, projectDir.resolve(dataset), projectDir,
                ingest);
        DatasetVersion version = ingested.version();
        stage.accept(String.format(Locale.ROOT, "dataset %s version %s (%s): %d rows, sha256 %s", version.name(),
                version.version(), ingested.created() ? "ingested now" : "ingested before", version.rows(),
                version.sha256()));
        Path explorer = DatasetExplorer.write(artifactsRoot, project, datasetName, version.version());
        LoadedDataset data = datasets.read(version, projectDir);
        String[] labels = data.table().column(ingest.target());
        SplitRows split = SplitRows.of(version.split(), data.table());
        Table features = data.table().withoutColumns(ingest.target());
        DataSplit keys = split.keys(data.table());
        SplitRef splitRef = version.split().ref();
        stage.accept(String.format(Locale.ROOT, "split %s: %d train rows, %d test rows", splitRef.strategy(),
                split.train().length, split.test().length));
        return new ExperimentData(data, features, labels, split, keys, splitRef, new RunStore(artifactsRoot), version,
                explorer);
    }
}
