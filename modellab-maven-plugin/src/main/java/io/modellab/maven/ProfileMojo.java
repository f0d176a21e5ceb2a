package io.modellab.maven;

import io.modellab.evalharness.core.schema.DatasetVersion;
import io.modellab.evalharness.plots.html.DatasetExplorer;
import io.modellab.tracker.ProjectStore;
import io.modellab.tracker.data.DatasetStore;
import io.modellab.tracker.data.IngestOptions;
import io.modellab.tracker.data.SplitSpec;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Ingests a CSV file (or a folder of CSV files) as a dataset version of the project — checksum, inferred schema,
 * profile, and a stratified split when a target is named — and writes its dataset explorer page. The same bytes give
 * the same version; ingesting them again changes nothing.
 */
@Mojo(name = "profile", threadSafe = true)
public class ProfileMojo extends AbstractModelLabMojo {

    /** The CSV file or folder, relative to the project's folder. */
    @Parameter(property = "modellab.dataset", required = true)
    File dataset;

    /** The dataset's name in the project; by default the file name without {@code .csv}. */
    @Parameter(property = "modellab.datasetName")
    String datasetName;

    /** The label column; when set, its balance is profiled and the version gets a stratified split on it. */
    @Parameter(property = "modellab.target")
    String target;

    /** The share of each class held out for testing, when a target is named. */
    @Parameter(property = "modellab.testFraction", defaultValue = "0.3")
    double testFraction;

    /** The seed of the stratified split. */
    @Parameter(property = "modellab.splitSeed", defaultValue = "42")
    long splitSeed;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    @Parameter(defaultValue = "${project.name}", readonly = true)
    String description;

    @Override
    void run() throws MojoExecutionException {
        Path projectDir = basedir.toPath();
        Path source = projectDir.resolve(dataset.toPath()).normalize();
        String name = datasetName != null ? datasetName : source.getFileName().toString().replaceFirst("\\.csv$", "");
        IngestOptions options = IngestOptions.defaults().withIngestedBy("modellab-maven-plugin");
        if (target != null) {
            options = options.withTarget(target).withSplit(SplitSpec.stratified(target, testFraction, splitSeed));
        }
        try {
            new ProjectStore(artifactsRoot.toPath()).ensure(project, description);
            DatasetStore.Ingested ingested = new DatasetStore(artifactsRoot.toPath())
                    .ingest(project, name, source, projectDir, options);
            DatasetVersion version = ingested.version();
            getLog().info("[modellab] dataset " + name + " version " + version.version() + " ("
                    + (ingested.created() ? "ingested now" : "ingested before") + "): " + version.rows() + " rows, sha256 "
                    + version.sha256());
            getLog().info("[modellab] dataset explorer: "
                    + DatasetExplorer.write(artifactsRoot.toPath(), project, name, version.version()));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("[modellab] " + e.getMessage(), e);
        }
    }
}
