package io.modellab.evalharness.spark;

import io.modellab.evalharness.slicing.QueryFailures;
import java.io.Serializable;

/**
 * One query's part of the ranking evaluation, made on an executor from its candidates and judgments: what the
 * aggregation folds in, never the query's rows.
 *
 * @param key the bootstrap key of its id ({@link RowKeys#ofString})
 * @param values every metric at every K ({@code RankingMetrics.perQuery}), NaN where undefined
 * @param buckets its bucket in each slice family of {@code QuerySlices.FAMILIES}, -1 for none
 * @param failure what the failure rules need, or {@code null} when it has no relevant document
 */
record QueryOutcome(long key, double[] values, int[] buckets, QueryFailures.Query failure) implements Serializable {
}
