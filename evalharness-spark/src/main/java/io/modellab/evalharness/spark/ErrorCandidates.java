package io.modellab.evalharness.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * One ordering's first {@code limit} rows as a bounded, mergeable list: a partition keeps its own first
 * {@code limit}, and merging keeps the first {@code limit} of both, so the result is the first {@code limit} of all
 * rows whatever the partitioning. Rows are ordered by a number ascending, ties to the smaller id as a string (the
 * single machine's row ids are strings), a total order for unique ids. It keeps a regression failure rule's rows
 * (the number: minus the absolute error, the error, or minus the error) and the scatter plots' sample (the number:
 * a hash of the seed and the row key).
 */
final class ErrorCandidates implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One row as a failure example or a plotted point needs it.
     *
     * @param order the number the rows are ordered by, ascending
     * @param id the id cell as a string
     * @param actual the target
     * @param predicted the prediction
     * @param features the feature cells ({@code null}: missing), or {@code null} when not kept
     */
    record Candidate(double order, String id, double actual, double predicted, String[] features)
            implements Serializable {
    }

    private static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::order)
            .thenComparing(Candidate::id);

    private final int limit;
    private final ArrayList<Candidate> kept = new ArrayList<>();

    ErrorCandidates(int limit) {
        this.limit = limit;
    }

    /** Whether a row with this number and id would be kept: checked before building its candidate. */
    boolean wouldKeep(double order, String id) {
        if (kept.size() < limit) {
            return true;
        }
        if (limit == 0) {
            return false;
        }
        return ORDER.compare(new Candidate(order, id, 0, 0, null), kept.get(kept.size() - 1)) < 0;
    }

    void offer(Candidate candidate) {
        if (limit == 0) {
            return;
        }
        int at = Collections.binarySearch(kept, candidate, ORDER);
        kept.add(at >= 0 ? at : -at - 1, candidate);
        if (kept.size() > limit) {
            kept.remove(kept.size() - 1);
        }
    }

    void merge(ErrorCandidates other) {
        other.kept.forEach(this::offer);
    }

    /** The rows kept, in order. */
    List<Candidate> candidates() {
        return new ArrayList<>(kept);
    }
}
