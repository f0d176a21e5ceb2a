package io.modellab.tracker;

import io.modellab.evalharness.core.io.ArtifactReader;
import io.modellab.evalharness.core.io.ArtifactValidator;
import io.modellab.evalharness.core.io.AtomicFiles;
import io.modellab.evalharness.core.io.EvalFolderWriter;
import io.modellab.evalharness.core.io.Json;
import io.modellab.evalharness.core.io.RunFolder;
import io.modellab.evalharness.core.schema.LeakageReport;
import io.modellab.evalharness.core.schema.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs under an artifacts root: {@code <root>/<project>/<run_id>/run.json} and {@code leakage.json}, each write
 * atomic.
 *
 * @param root the artifacts root, e.g. {@code ./artifacts}
 */
public record RunStore(Path root) {

    /** The leakage report's file name in a run folder. */
    public static final String LEAKAGE = RunFolder.LEAKAGE;

    /** The folder of a run. */
    public Path runDir(String project, String runId) {
        return EvalFolderWriter.runDir(root, project, runId);
    }

    /** Writes (or replaces) a run's run.json after validating it. */
    public Path save(RunRecord run) {
        ArtifactValidator.requireValid(RunFolder.RUN, run);
        Path file = runDir(run.project(), run.runId()).resolve(RunFolder.RUN);
        AtomicFiles.write(file, Json.toBytes(run));
        return file;
    }

    /** Writes a run's leakage.json beside its run.json. */
    public Path saveLeakage(String project, LeakageReport report) {
        ArtifactValidator.requireValid(LEAKAGE, report);
        Path file = runDir(project, report.runId()).resolve(LEAKAGE);
        AtomicFiles.write(file, Json.toBytes(report));
        return file;
    }

    /** A run's run.json, or empty when the run does not exist. */
    public Optional<RunRecord> find(String project, String runId) {
        Path file = runDir(project, runId).resolve(RunFolder.RUN);
        return Files.exists(file) ? Optional.of(ArtifactReader.read(file, RunRecord.class)) : Optional.empty();
    }

    /** Reads and validates a run's run.json. */
    public RunRecord load(String project, String runId) {
        return ArtifactReader.read(runDir(project, runId).resolve(RunFolder.RUN), RunRecord.class);
    }
}
