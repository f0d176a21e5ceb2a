package io.modellab.evalharness.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.modellab.evalharness.core.schema.MetricValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Ranking metrics against {@code golden/ranking.json} (make_golden_ranking.py; NDCG from scikit-learn). */
class GoldenRankingTest {

    static List<Golden.Case> cases() {
        return Golden.cases("ranking.json", 10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyMetricAtEveryKMatches(Golden.Case tc) {
        JsonNode c = tc.json();
        List<RankingQuery> queries = new ArrayList<>();
        c.get("queries").forEach(q -> queries.add(new RankingQuery(q.get("query").asText(),
                Golden.doubles(q.get("scores")), Golden.doubles(q.get("relevance")))));
        int[] ks = new int[c.get("ks").size()];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = c.get("ks").get(i).asInt();
        }

        List<MetricValue> metrics = RankingMetrics.compute(queries, ks);

        assertThat(metrics).hasSize(ks.length * RankingMetrics.METRICS.size());
        c.get("expected").fields().forEachRemaining(e ->
                Golden.close(e.getKey(), MetricValue.valueOf(metrics, e.getKey()), e.getValue().asDouble()));
        int without = c.get("queries_without_relevant").asInt();
        MetricValue recall = metrics.get(0);
        assertThat(recall.note()).isEqualTo(without == 0 ? null : "mean over the " + (queries.size() - without) + " of "
                + queries.size() + " queries that have a relevant candidate");
    }

    @Test
    void badQueriesAreNamed() {
        assertThatThrownBy(() -> new RankingQuery("q7", new double[] {1, 2}, new double[] {1}))
                .hasMessage("query q7 has 2 scores but 1 relevance values");
        assertThatThrownBy(() -> new RankingQuery("q7", new double[] {1, Double.NaN}, new double[] {1, 0}))
                .hasMessage("query q7 candidate 1: score NaN, expected a finite number");
        assertThatThrownBy(() -> new RankingQuery("q7", new double[] {1}, new double[] {-1}))
                .hasMessage("query q7 candidate 0: relevance -1.0, expected a finite number >= 0");
        assertThatThrownBy(() -> RankingMetrics.compute(List.of(), 5)).hasMessage("empty input: no queries to score");
    }
}
