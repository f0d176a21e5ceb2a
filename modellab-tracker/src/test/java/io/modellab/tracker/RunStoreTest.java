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
import io.modellab.evalharness.core.RunIds;
import io.modellab.evalharness.core.schema.RunKind;
import io.modellab.evalharness.core.schema.RunOwner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunStoreTest {

    static final SplitRef SPLIT = new SplitRef("stratified 70/30 seed 7", "ef".repeat(32));

    @TempDir
    Path root;

    static RunRecord running(String project) {
        return running(project, EvalHarnessTest.RUN);
    }

    static RunRecord running(String project, String runId) {
        return new RunRecord(SchemaVersion.CURRENT, runId, project, "model", ModelRole.BASELINE,
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

    @Test
    void runsAreListedOldestFirstAndFilteredByStateDatasetTagAndKind() {
        RunStore store = new RunStore(root);
        Random random = new Random(1);
        String first = RunWriter.writeOne(store, "proj", "a", 0, random);
        String second = RunWriter.writeOne(store, "proj", "a", 1, random);
        RunHandle failing = RunHandle.start(store, running("proj").withTags(List.of("broken")), Clock.systemUTC());
        failing.failed(new IllegalStateException("training diverged"));

        // Ids sort by start second; two runs in one second sort by their random suffix.
        assertThat(store.list("proj")).extracting(RunEntry::runId).isSorted()
                .containsExactlyInAnyOrder(EvalHarnessTest.RUN, first, second);
        assertThat(store.list("proj", RunFilter.ALL.states(RunState.DONE))).extracting(RunEntry::runId)
                .containsExactlyInAnyOrder(first, second);
        assertThat(store.list("proj", RunFilter.ALL.states(RunState.FAILED)).get(0).run().statusReason())
                .isEqualTo("training diverged");
        assertThat(store.list("proj", RunFilter.ALL.tag("seq:1"))).extracting(RunEntry::runId).containsExactly(second);
        assertThat(store.list("proj", RunFilter.ALL.kind(RunKind.EVAL))).extracting(RunEntry::runId)
                .containsExactly(second);
        assertThat(store.list("proj", RunFilter.ALL.dataset(EvalHarnessTest.DATA.name(), EvalHarnessTest.DATA.version())))
                .hasSize(3);
        assertThat(store.list("proj", RunFilter.ALL.dataset(EvalHarnessTest.DATA.name(), "another version"))).isEmpty();
        assertThat(store.list("no-such-project")).isEmpty();
    }

    @Test
    void aRunWhoseProcessIsGoneIsStaleUntilRecoveredAsFailed() {
        RunStore store = new RunStore(root);
        RunOwner self = RunOwner.current();
        // Our own pid with another start time: the process that started the run is gone and its pid reused.
        RunOwner gone = new RunOwner(self.pid(), self.host(),
                Instant.parse(self.processStartedAt()).minusSeconds(3600).toString());
        RunHandle.start(store, running("proj").withOwner(gone), Clock.systemUTC());
        String live = RunWriter.writeOne(store, "proj", "a", 0, new Random(1));
        RunHandle alive = RunHandle.start(store, running("proj", "run-20261123-120000-00000002"),
                Clock.systemUTC());

        assertThat(store.list("proj", RunFilter.ALL.states(RunState.STALE))).singleElement()
                .satisfies(e -> assertThat(e.problem()).isEqualTo(gone.describe() + " is gone"));
        assertThat(store.detail("proj", alive.record().runId()).state()).isEqualTo(RunState.RUNNING);

        Clock later = Clock.fixed(Instant.parse("2026-11-23T12:00:05Z"), ZoneOffset.UTC);
        assertThat(store.recoverStale("proj", later)).extracting(RunEntry::runId).containsExactly(EvalHarnessTest.RUN);
        RunRecord recovered = store.load("proj", EvalHarnessTest.RUN);
        assertThat(recovered.status()).isEqualTo(RunStatus.FAILED);
        assertThat(recovered.statusReason()).isEqualTo("stale: " + gone.describe() + " is gone");
        assertThat(recovered.timings().durationMillis()).isEqualTo(5000L);
        assertThat(store.detail("proj", live).state()).isEqualTo(RunState.DONE);
    }

    @Test
    void aDoneRunWithAMissingOrChangedFileReadsIncomplete() throws Exception {
        RunStore store = new RunStore(root);
        Random random = new Random(1);
        String truncated = RunWriter.writeOne(store, "proj", "a", 0, random);
        String changed = RunWriter.writeOne(store, "proj", "a", 1, random);
        String deleted = RunWriter.writeOne(store, "proj", "a", 2, random);
        Path weights = store.runDir("proj", truncated).resolve("model/weights.bin");
        Files.write(weights, new byte[(int) Files.size(weights) - 1]);
        Path summary = store.runDir("proj", changed).resolve("eval/summary.json");
        Files.writeString(summary, Files.readString(summary).replace('{', '['));
        Files.delete(store.runDir("proj", deleted).resolve("eval/metrics.txt"));

        Map<String, RunState> states = new java.util.HashMap<>();
        store.list("proj").forEach(e -> states.put(e.runId(), e.state()));
        assertThat(states).containsExactlyInAnyOrderEntriesOf(Map.of(truncated, RunState.INCOMPLETE,
                changed, RunState.DONE, deleted, RunState.INCOMPLETE));
        assertThat(store.detail("proj", truncated).problem()).startsWith("artifact model/weights.bin has ");
        assertThat(store.detail("proj", changed).state()).as("same size, other bytes").isEqualTo(RunState.INCOMPLETE);
        assertThat(store.detail("proj", changed).problem()).startsWith("artifact eval/summary.json has SHA-256 ");
        assertThat(store.detail("proj", deleted).problem()).isEqualTo("artifact eval/metrics.txt is missing");
    }

    @Test
    void theLogHoldsTheRunsLifeAndClosesWithIt() throws Exception {
        RunStore store = new RunStore(root);
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:02Z"), ZoneOffset.UTC);
        RunHandle run = RunHandle.start(store, running("proj"), clock);
        run.log("training on 700 rows");
        run.progress().progress("bootstrap roc_auc", 1000, 1000);
        run.done();

        List<String> lines = Files.readAllLines(store.runDir("proj", EvalHarnessTest.RUN).resolve(RunStore.LOG),
                StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("2026-11-23T12:00:02Z run " + EvalHarnessTest.RUN + " RUNNING (train, model model, process ");
        assertThat(lines.subList(1, 4)).containsExactly("2026-11-23T12:00:02Z training on 700 rows",
                "2026-11-23T12:00:02Z bootstrap roc_auc done: 1000", "2026-11-23T12:00:02Z run " + EvalHarnessTest.RUN + " DONE");
        assertThat(store.load("proj", EvalHarnessTest.RUN).artifacts()).extracting(a -> a.path())
                .containsExactly(RunStore.LOG);
        assertThatThrownBy(() -> run.log("too late")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("its log is closed");
        assertThatThrownBy(run::done).isInstanceOf(IllegalStateException.class).hasMessageContaining("already DONE");
    }

    @Test
    void aRunIdIsCreatedOnceAndNeverNamesAReservedFolder() {
        RunStore store = new RunStore(root);
        RunHandle.start(store, running("proj"), Clock.systemUTC()).done();

        assertThatThrownBy(() -> RunHandle.start(store, running("proj"), Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already exists");
        for (String reserved : List.of("datasets", "compare", "index.html", "project.json", ".lock", "logs")) {
            assertThat(RunIds.FORMAT.matcher(reserved).matches()).as(reserved).isFalse();
        }
        assertThat(RunIds.newRunId(Instant.parse("2026-11-23T12:00:00Z"))).startsWith("run-20261123-120000-");
    }

    @Test
    void aHandleClosedWithoutDoneMarksTheRunFailed() {
        RunStore store = new RunStore(root);
        try (RunHandle run = RunHandle.start(store, running("proj"), Clock.systemUTC())) {
            run.log("about to throw");
        }
        assertThat(store.load("proj", EvalHarnessTest.RUN).statusReason())
                .isEqualTo("the run handle was closed before done() or failed()");
    }

    @Test
    void aRunFailedOnDiskMeanwhileCannotBecomeDoneAndItsHandleCanStillRecordWhy() {
        RunStore store = new RunStore(root);
        RunHandle run = RunHandle.start(store, running("proj"), Clock.systemUTC());
        RunRecord onDisk = store.load("proj", EvalHarnessTest.RUN);
        store.save(onDisk.finish(RunStatus.FAILED, "stale: taken for dead", onDisk.timings()));

        assertThatThrownBy(run::done).isInstanceOf(IllegalStateException.class)
                .hasMessage("run " + EvalHarnessTest.RUN + " is FAILED on disk (stale: taken for dead), so it cannot become DONE");
        assertThat(run.isRunning()).isTrue();
        run.failed("finished after being taken for dead");

        assertThat(store.load("proj", EvalHarnessTest.RUN).statusReason()).isEqualTo("finished after being taken for dead");
        assertThat(run.isRunning()).isFalse();
    }

    @Test
    void aRunFailedOnDiskMeanwhileIsNeverUpdatedBackToRunning() {
        RunStore store = new RunStore(root);
        RunHandle run = RunHandle.start(store, running("proj"), Clock.systemUTC());
        RunRecord onDisk = store.load("proj", EvalHarnessTest.RUN);
        store.save(onDisk.finish(RunStatus.FAILED, "stale: taken for dead", onDisk.timings()));

        assertThatThrownBy(() -> run.update(r -> r.withTags(java.util.List.of("late"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("run " + EvalHarnessTest.RUN + " is FAILED on disk (stale: taken for dead), so it cannot be updated");
        assertThat(store.load("proj", EvalHarnessTest.RUN).status()).isEqualTo(RunStatus.FAILED);
        assertThat(store.load("proj", EvalHarnessTest.RUN).tags()).isEmpty();
        run.failed("finished after being taken for dead");
    }
}
