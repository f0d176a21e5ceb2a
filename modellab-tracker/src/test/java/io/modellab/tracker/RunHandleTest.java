package io.modellab.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modellab.evalharness.core.rules.LeakageChecker;
import io.modellab.evalharness.core.rules.LeakageException;
import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHandleTest {

    @TempDir
    Path root;

    private static final Clock TWO_SECONDS_LATER = Clock.fixed(Instant.parse("2026-11-23T12:00:02Z"), ZoneOffset.UTC);

    @Test
    void aRunThatLeaksEndsFailedWithTheRuleTheRunAndTheEvidenceInRunJson() {
        RunStore store = new RunStore(root);
        RunHandle run = RunHandle.start(store, RunStoreTest.running("proj"), TWO_SECONDS_LATER);

        assertThatThrownBy(() -> {
            try {
                RunRules.checkLeakage(store, "proj", RunRulesTest.pipeline(List.of("1", "2", "3", "4")), LeakageChecker.standard());
            } catch (LeakageException e) {
                run.failed(e);
                throw e;
            }
        }).isInstanceOf(LeakageException.class);

        RunRecord saved = store.load("proj", EvalHarnessTest.RUN);
        assertThat(saved.status()).isEqualTo(RunStatus.FAILED);
        assertThat(saved.statusReason()).isEqualTo("leakage in run " + EvalHarnessTest.RUN
                + ":\n  rule fit_on_train_only failed: step 'scale x' (scaler) was fitted on 1 row outside train [4]");
        assertThat(saved.timings().durationMillis()).isEqualTo(2000L);
        assertThat(store.runDir("proj", EvalHarnessTest.RUN).resolve(RunStore.LEAKAGE)).exists();
    }

    @Test
    void aRunThatFinishesIsDone() {
        RunStore store = new RunStore(root);
        RunHandle run = RunHandle.start(store, RunStoreTest.running("proj"), TWO_SECONDS_LATER);

        run.done();

        assertThat(store.load("proj", EvalHarnessTest.RUN).status()).isEqualTo(RunStatus.DONE);
        assertThat(store.load("proj", EvalHarnessTest.RUN).timings().finishedAt()).isEqualTo("2026-11-23T12:00:02Z");
    }

    @Test
    void whenRecordingTheFailureFailsTooTheOriginalErrorKeepsBoth() throws Exception {
        RunStore store = new RunStore(root);
        RunHandle run = RunHandle.start(store, RunStoreTest.running("proj"), TWO_SECONDS_LATER);
        Path runDir = store.runDir("proj", EvalHarnessTest.RUN);
        try (var files = Files.walk(runDir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        Files.writeString(runDir, "a file where the run folder was");
        IllegalStateException original = new IllegalStateException("training diverged");

        run.failed(original);

        assertThat(original.getSuppressed()).hasSize(1);
        assertThat(original.getSuppressed()[0]).hasMessageContaining("cannot write");
    }
}
