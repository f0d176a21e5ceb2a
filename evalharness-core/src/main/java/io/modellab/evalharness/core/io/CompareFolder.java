package io.modellab.evalharness.core.io;

import io.modellab.evalharness.core.Names;
import io.modellab.evalharness.core.RunIds;
import java.nio.file.Path;

/**
 * Where a comparison of two runs lives: {@code <artifacts-root>/<project>/compare/<reference>--<candidate>/}, holding
 * compare.json, its page compare.html, and notes.md, which the user edits and regeneration never overwrites.
 */
public final class CompareFolder {

    /** The project's folder of comparisons; no run id can be this name. */
    public static final String DIR = "compare";
    /** The comparison record. */
    public static final String COMPARISON = "compare.json";
    /** The comparison's page. */
    public static final String REPORT = "compare.html";
    /** Both runs' ROC curves on one chart. */
    public static final String ROC_OVERLAY = "roc_overlay.png";
    /** "What changed my mind": the user's notes, created once. */
    public static final String NOTES = "notes.md";

    private CompareFolder() {
    }

    /** The folder of the comparison of {@code candidateRunId} with {@code referenceRunId}. */
    public static Path dir(Path artifactsRoot, String project, String referenceRunId, String candidateRunId) {
        return artifactsRoot.resolve(Names.requireSafe("project", project)).resolve(DIR)
                .resolve(RunIds.requireValid(referenceRunId) + "--" + RunIds.requireValid(candidateRunId));
    }
}
