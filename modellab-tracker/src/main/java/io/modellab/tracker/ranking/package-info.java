/**
 * The ranking (retrieval) evaluation: {@link io.modellab.tracker.ranking.RankingEvaluator} turns one system's
 * candidate lists for judged queries ({@link io.modellab.tracker.ranking.RankingRequest}) into a complete eval folder
 * with the classification path's guarantees (validated records, atomic writes, same request and seed give the same
 * bytes).
 *
 * <p>Defaults and limits: metrics at K = 1, 5, 10, 20, 100 (recall, precision, MRR, MAP, hit rate, NDCG with graded
 * relevance, from evalharness-metrics); headline NDCG@10, recall@10, MRR@10, MAP@10; BCa intervals over queries
 * (percentile above 5,000 queries); candidates ranked by score with ties broken by document id; a relevant document
 * the system did not return counts in the denominators and never inside a top K; a mean over queries is an exact
 * sum rounded once ({@code QueryMeans}, {@code ExactSums}), the same bits in any order, as on Spark. Query slices
 * (the slicing module's {@code QuerySlices}, which evalharness-spark shares): query terms 1 / 2 / 3+,
 * relevant documents 1 / 2-4 / 5+ (tail to head), mean term document frequency &lt;10 / 10-99 / 100+. Stress at
 * severities 0, 10, 20 and 40 %: query typos, dropped query terms, candidate depth halved per 10 %, and the system's
 * own {@link io.modellab.tracker.ranking.SystemShift}s. Latency of candidate generation (LatencyHarness, one query
 * per timed call) at depths 1 to the request's depth goes to the run folder's latency.json and
 * recall_vs_latency.png, outside the eval folder, because times are not reproducible.
 */
package io.modellab.tracker.ranking;
