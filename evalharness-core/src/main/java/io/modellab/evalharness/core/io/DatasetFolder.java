package io.modellab.evalharness.core.io;

import io.modellab.evalharness.core.Names;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where dataset versions live: {@code <artifacts-root>/<project>/datasets/<name>/<version>/}, holding
 * {@value #DATASET} (immutable once written) and {@value #EXPLORER} (a page derived from it). Every name is
 * checked before it becomes a path.
 */
public final class DatasetFolder {

    /** The folder of a project's datasets; run ids can never take this name. */
    public static final String DATASETS = "datasets";
    /** The dataset version record. */
    public static final String DATASET = "dataset.json";
    /** The dataset explorer page. */
    public static final String EXPLORER = "explorer.html";
    /** Every version id matches this: {@code sha256-} and 12 lowercase hex digits. */
    public static final Pattern VERSION = Pattern.compile("sha256-[0-9a-f]{12}");

    private DatasetFolder() {
    }

    /** {@code <root>/<project>/datasets/<name>}, both names checked. */
    public static Path datasetDir(Path artifactsRoot, String project, String dataset) {
        return artifactsRoot.resolve(Names.requireSafe("project", project)).resolve(DATASETS)
                .resolve(Names.requireSafe("dataset", dataset));
    }

    /** {@code <root>/<project>/datasets/<name>/<version>}, every name checked. */
    public static Path versionDir(Path artifactsRoot, String project, String dataset, String version) {
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IllegalArgumentException("dataset version \"" + version
                    + "\" does not have the version format sha256-xxxxxxxxxxxx (12 lowercase hex digits)");
        }
        return datasetDir(artifactsRoot, project, dataset).resolve(version);
    }
}
