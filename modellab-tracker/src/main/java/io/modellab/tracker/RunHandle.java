package io.modellab.tracker;

import io.modellab.evalharness.core.schema.RunRecord;
import io.modellab.evalharness.core.schema.RunStatus;
import io.modellab.evalharness.core.schema.RunTimings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * A run in progress: saved RUNNING when it starts, then DONE, or FAILED with the reason. Every change is written
 * to run.json at once, so a crash leaves the run RUNNING, which readers take as crashed.
 *
 * <pre>{@code
 * RunHandle run = RunHandle.start(store, record, Clock.systemUTC());
 * try {
 *     ... train, check rules, evaluate ...
 *     run.done();
 * } catch (RuntimeException e) {
 *     run.failed(e);
 *     throw e;
 * }
 * }</pre>
 */
public final class RunHandle {

    private final RunStore store;
    private final Clock clock;
    private final Instant start;
    private RunRecord record;

    private RunHandle(RunStore store, Clock clock, RunRecord record) {
        this.store = store;
        this.clock = clock;
        this.start = Instant.parse(record.timings().startedAt());
        this.record = record;
    }

    /** Saves {@code running} (status RUNNING) and returns its handle. */
    public static RunHandle start(RunStore store, RunRecord running, Clock clock) {
        if (running.status() != RunStatus.RUNNING) {
            throw new IllegalArgumentException("run " + running.runId() + " starts as RUNNING, not " + running.status());
        }
        store.save(running);
        return new RunHandle(store, clock, running);
    }

    /** The run as last saved. */
    public RunRecord record() {
        return record;
    }

    /** Changes the record (for example with the baseline-first verdict) and saves it. */
    public RunRecord update(UnaryOperator<RunRecord> change) {
        RunRecord changed = change.apply(record);
        store.save(changed);
        record = changed;
        return changed;
    }

    /** Saves the run as DONE. */
    public void done() {
        finish(RunStatus.DONE, null);
    }

    /**
     * Saves the run as FAILED with the error's message as its reason. If that save fails too, its error is added
     * to {@code error} as suppressed, so the original cause is never lost.
     */
    public void failed(Throwable error) {
        try {
            finish(RunStatus.FAILED, error.getMessage() == null ? error.toString() : error.getMessage());
        } catch (RuntimeException saveFailed) {
            error.addSuppressed(saveFailed);
        }
    }

    private void finish(RunStatus status, String reason) {
        Instant end = clock.instant();
        update(r -> r.finish(status, reason,
                new RunTimings(start.toString(), end.toString(), Duration.between(start, end).toMillis())));
    }
}
