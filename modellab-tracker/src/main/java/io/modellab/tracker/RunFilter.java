package io.modellab.tracker;

import io.modellab.evalharness.core.schema.RunKind;
import io.modellab.evalharness.core.schema.RunRecord;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which runs {@link RunStore#list(String, RunFilter)} returns. Every criterion left {@code null} matches every run;
 * the criteria that are set must all hold.
 *
 * <pre>{@code
 * store.list("credit-g-demo", RunFilter.ALL.states(RunState.DONE).dataset("credit-g", "v1").tag("sweep:3"));
 * }</pre>
 *
 * @param states the states a run may be in
 * @param datasetName the dataset's name
 * @param datasetVersion the dataset version
 * @param tag a tag the run carries
 * @param kind train or eval
 */
public record RunFilter(Set<RunState> states, String datasetName, String datasetVersion, String tag, RunKind kind) {

    /** Every run. */
    public static final RunFilter ALL = new RunFilter(null, null, null, null, null);

    /** Copies the states. */
    public RunFilter {
        states = states == null ? null : Set.copyOf(states);
    }

    /** Only runs in one of these states. */
    public RunFilter states(RunState first, RunState... more) {
        return new RunFilter(EnumSet.of(first, more), datasetName, datasetVersion, tag, kind);
    }

    /** Only runs on this dataset version. */
    public RunFilter dataset(String name, String version) {
        return new RunFilter(states, name, version, tag, kind);
    }

    /** Only runs that carry this tag. */
    public RunFilter tag(String required) {
        return new RunFilter(states, datasetName, datasetVersion, required, kind);
    }

    /** Only runs of this kind. */
    public RunFilter kind(RunKind required) {
        return new RunFilter(states, datasetName, datasetVersion, tag, required);
    }

    /** Whether the run's record matches everything but the state (checked without touching its folder). */
    boolean matchesRecord(RunRecord run) {
        return (datasetName == null || datasetName.equals(run.dataset().name()))
                && (datasetVersion == null || datasetVersion.equals(run.dataset().version()))
                && (tag == null || run.tags().contains(tag))
                && (kind == null || kind == run.kind());
    }

    /** Whether a run in this state is wanted. */
    boolean matchesState(RunState state) {
        return states == null || states.contains(state);
    }
}
