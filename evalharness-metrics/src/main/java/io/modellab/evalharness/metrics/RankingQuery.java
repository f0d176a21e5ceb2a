package io.modellab.evalharness.metrics;

/**
 * One query's candidates: the score the system gave each, and each one's graded relevance (0 = not relevant).
 *
 * @param queryId the query's id
 * @param scores one score per candidate, higher ranks first
 * @param relevance one relevance per candidate, at least 0
 */
public record RankingQuery(String queryId, double[] scores, double[] relevance) {

    /** Checks the arrays and copies them. */
    public RankingQuery {
        if (scores.length == 0) {
            throw new IllegalArgumentException("query " + queryId + " has no candidates");
        }
        if (scores.length != relevance.length) {
            throw new IllegalArgumentException("query " + queryId + " has " + scores.length + " scores but "
                    + relevance.length + " relevance values");
        }
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new IllegalArgumentException("query " + queryId + " candidate " + i + ": score " + scores[i]
                        + ", expected a finite number");
            }
            if (!(relevance[i] >= 0 && Double.isFinite(relevance[i]))) {
                throw new IllegalArgumentException("query " + queryId + " candidate " + i + ": relevance " + relevance[i]
                        + ", expected a finite number >= 0");
            }
        }
        scores = scores.clone();
        relevance = relevance.clone();
    }

    /** Number of candidates. */
    public int size() {
        return scores.length;
    }
}
