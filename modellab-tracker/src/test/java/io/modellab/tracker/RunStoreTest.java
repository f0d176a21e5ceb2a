package io.modellab.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.io.InvalidArtifactException;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.schema.RunEnvironment;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import io.modellab.evalharness.core.schema.SchemaVersion;
import io.modellab.evalharness.core.schema.SplitRef;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {

    static final SplitRef SPLIT = new SplitRef("stratified 70/30 seed 7", "ef".repeat(32));

    @TempDir
    Path root;

    static RunRecord running(String project) {
        return new RunRecord(SchemaVersion.CURRENT, EvalHarnessTest.RUN, project, "model", ModelRole.BASELINE,
                RunStatus.RUNNING, null, 7L, EvalHarnessTest.CODE, EvalHarnessTest.DATA, SPLIT, null, null, Map.of("k", 1),
                new RunTimings("2026-11-23T12:00:00Z", null, null), RunEnvironment.current("test"));
    }

    @Test
    void aRunMovesFromRunningToDoneInPlace() {
        RunStore store = new RunStore(root);
        RunRecord run = running("proj");

        store.save(run);
        assertThat(store.load("proj", run.runId()).status()).isEqualTo(RunStatus.RUNNING);
        store.save(run.finish(RunStatus.DONE, null, new RunTimings("2026-11-23T12:00:00Z", "2026-11-23T12:00:01Z", 1000L)));

        assertThat(store.load("proj", run.runId()).status()).isEqualTo(RunStatus.DONE);
        assertThat(root.resolve("proj").resolve(run.runId()).resolve("run.json")).exists();
    }

    @Test
    void anInvalidRunIsNotWrittenAndUnsafeProjectsAreRefused() {
        RunStore store = new RunStore(root);
        RunRecord noDataset = new RunRecord(SchemaVersion.CURRENT, EvalHarnessTest.RUN, "proj", "m", ModelRole.BASELINE,
                RunStatus.RUNNING, null, 7L, EvalHarnessTest.CODE, null, SPLIT, null, null, Map.of(),
                new RunTimings("2026-11-23T12:00:00Z", null, null), RunEnvironment.current("test"));

        assertThatThrownBy(() -> store.save(noDataset)).isInstanceOf(InvalidArtifactException.class)
                .hasMessage("run.json is invalid (1 problem):\n  $.dataset: must not be null");
        assertThat(root.resolve("proj")).doesNotExist();
        assertThatThrownBy(() -> store.save(running("../escape"))).hasMessageContaining("project name \"../escape\" is not allowed");
    }
}
