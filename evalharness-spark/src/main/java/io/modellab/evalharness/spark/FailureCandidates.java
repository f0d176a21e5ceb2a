package io.modellab.evalharness.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A failure rule's first {@code limit} rows in the rule's order, kept as a bounded, mergeable heap: a partition keeps
 * its own first {@code limit}, and merging two keeps the first {@code limit} of both, so the result is the first
 * {@code limit} of all rows whatever the partitioning. Ties in confidence go to the smaller id (as strings, as the
 * single machine's {@code FailureSelector} orders its row ids), so the order is total for unique ids.
 */
final class FailureCandidates implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One row as the failure rules and the example need it.
     *
     * @param id the id cell as a string
     * @param positive whether the actual label is the positive one
     * @param score the score
     * @param confidence the probability of the predicted label
     * @param features the feature cells ({@code null}: missing)
     */
    record Candidate(String id, boolean positive, double score, double confidence, String[] features)
            implements Serializable {
    }

    private static final Comparator<Candidate> LEAST_CONFIDENT_FIRST = Comparator
            .comparingDouble(Candidate::confidence).thenComparing(Candidate::id);
    private static final Comparator<Candidate> MOST_CONFIDENT_FIRST = Comparator
            .comparingDouble((Candidate c) -> -c.confidence()).thenComparing(Candidate::id);

    private final int limit;
    private final boolean mostConfidentFirst;
    /** At most {@code limit} candidates in the rule's order (a list: comparators do not serialize). */
    private final ArrayList<Candidate> kept = new ArrayList<>();

    FailureCandidates(int limit, boolean mostConfidentFirst) {
        this.limit = limit;
        this.mostConfidentFirst = mostConfidentFirst;
    }

    private Comparator<Candidate> order() {
        return mostConfidentFirst ? MOST_CONFIDENT_FIRST : LEAST_CONFIDENT_FIRST;
    }

    /** Whether a row with this confidence and id would be kept: checked before building its candidate. */
    boolean wouldKeep(double confidence, String id) {
        if (kept.size() < limit) {
            return true;
        }
        if (limit == 0) {
            return false;
        }
        // Kept when it comes before the last one kept, in the rule's order.
        return order().compare(new Candidate(id, false, 0, confidence, null), kept.get(kept.size() - 1)) < 0;
    }

    void offer(Candidate candidate) {
        if (limit == 0) {
            return;
        }
        int at = Collections.binarySearch(kept, candidate, order());
        kept.add(at >= 0 ? at : -at - 1, candidate);
        if (kept.size() > limit) {
            kept.remove(kept.size() - 1);
        }
    }

    void merge(FailureCandidates other) {
        other.kept.forEach(this::offer);
    }

    List<Candidate> candidates() {
        return new ArrayList<>(kept);
    }
}
