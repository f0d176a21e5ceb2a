package io.modellab.tracker.ranking;

import io.modellab.evalharness.core.data.Retriever;
import io.modellab.evalharness.core.data.Retriever.ScoredDoc;
import io.modellab.evalharness.core.schema.BaselineCheck;
import io.modellab.evalharness.core.schema.BaselineMetrics;
import io.modellab.evalharness.core.schema.CodeVersion;
import io.modellab.evalharness.core.schema.DatasetRef;
import io.modellab.evalharness.core.schema.ModelRole;
import io.modellab.evalharness.core.ReproSteps;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one ranking evaluation needs: which run, on which data version from which code, the judged queries and the
 * system's candidates for each; and, to time and stress the system, the system itself.
 *
 * @param project the project
 * @param runId the run being evaluated
 * @param model the system's name, e.g. {@code bm25_body}
 * @param role baseline or improved
 * @param dataset the dataset version the queries and documents come from
 * @param codeVersion the commit
 * @param seed the run's seed (bootstrap and stress corruptions)
 * @param queries the judged queries, ids unique
 * @param candidates per query id, the system's candidates (document id and score), in any order; the evaluator
 *     ranks them by score, ties by document id. Every query has an entry, possibly empty.
 * @param depth the most candidates the system was asked for per query
 * @param titles document id to title, for failure examples (documents without one show their id only)
 * @param termDocFrequency per query id, the mean number of documents that contain each of its terms (the term
 *     density slices); {@code null} to leave those slices out
 * @param baselineCheck for an improved run, the baseline-first verdict; {@code null} for a baseline
 * @param baseline the baseline's metrics, given exactly when the verdict is OK
 * @param repro the commands repro.md shows
 * @param retriever the system that made {@code candidates}, to time it and stress its queries and depth;
 *     {@code null} for none (no stress.json, no latency)
 * @param shifts stress tests of the system itself (parameters, missing fields); only with a retriever
 */
public record RankingRequest(String project, String runId, String model, ModelRole role, DatasetRef dataset,
                             CodeVersion codeVersion, long seed, List<JudgedQuery> queries,
                             Map<String, List<ScoredDoc>> candidates, int depth, Map<String, String> titles,
                             Map<String, Double> termDocFrequency, BaselineCheck baselineCheck,
                             BaselineMetrics baseline, ReproSteps repro, Retriever retriever,
                             List<SystemShift> shifts) {

    /** Checks the request and copies its collections. */
    public RankingRequest {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(codeVersion, "codeVersion: a run without a code version is invalid");
        Objects.requireNonNull(repro, "repro");
        queries = List.copyOf(queries);
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("run " + runId + ": empty input: no queries to evaluate");
        }
        if (depth < 1) {
            throw new IllegalArgumentException("run " + runId + ": depth must be at least 1, got " + depth);
        }
        Set<String> ids = new HashSet<>();
        for (JudgedQuery q : queries) {
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException("run " + runId + ": query id " + q.id() + " appears twice");
            }
            List<ScoredDoc> list = candidates.get(q.id());
            if (list == null) {
                throw new IllegalArgumentException("run " + runId + ": query " + q.id() + " has no candidate list"
                        + " (give an empty list when the system returned nothing)");
            }
            if (list.size() > depth) {
                throw new IllegalArgumentException("run " + runId + ": query " + q.id() + " has " + list.size()
                        + " candidates, more than the depth " + depth);
            }
            Set<String> docs = new HashSet<>();
            for (ScoredDoc d : list) {
                if (!docs.add(d.docId())) {
                    throw new IllegalArgumentException("run " + runId + ": query " + q.id() + " lists document "
                            + d.docId() + " twice");
                }
            }
        }
        if (candidates.size() != queries.size()) {
            throw new IllegalArgumentException("run " + runId + ": " + candidates.size() + " candidate lists for "
                    + queries.size() + " queries; every list must belong to a judged query");
        }
        Map<String, List<ScoredDoc>> copy = new LinkedHashMap<>();
        candidates.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        candidates = Collections.unmodifiableMap(copy);
        titles = titles == null ? Map.of() : Map.copyOf(titles);
        termDocFrequency = termDocFrequency == null ? null : Map.copyOf(termDocFrequency);
        shifts = shifts == null ? List.of() : List.copyOf(shifts);
        if (!shifts.isEmpty() && retriever == null) {
            throw new IllegalArgumentException("run " + runId + ": system shifts stress a retriever, but none was given");
        }
        if (role == ModelRole.IMPROVED && baselineCheck == null) {
            throw new IllegalArgumentException("run " + runId + " is an improved run but has no baseline-first check:"
                    + " resolve its baseline first (RunRules.resolveBaseline)");
        }
        if (role == ModelRole.BASELINE && (baselineCheck != null || baseline != null)) {
            throw new IllegalArgumentException("run " + runId + " is a baseline and cannot have a baseline of its own");
        }
        if (baselineCheck != null && baselineCheck.ok() != (baseline != null)) {
            throw new IllegalArgumentException("run " + runId + ": the baseline's metrics are given exactly when the"
                    + " baseline-first check is OK, but the check is " + baselineCheck.status());
        }
    }
}
