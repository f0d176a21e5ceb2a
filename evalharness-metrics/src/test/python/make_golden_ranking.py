#!/usr/bin/env python3
"""Golden values for the ranking metrics.

    /usr/bin/python3 evalharness-metrics/src/test/python/make_golden_ranking.py

NDCG@K is scikit-learn's ndcg_score (linear gains, log2 discount, tied scores averaged, a query without any
relevant item scores 0), computed per query and averaged over queries. Recall@K, MRR@K, MAP@K and hit rate are
written out here in numpy, ranking by score with ties in candidate order (a stable sort), over queries with at
least one relevant item (relevance > 0); the count of queries without one is recorded. Precision@K is averaged
over all queries (it is 0, not undefined, without a relevant item).
"""
import json
import pathlib

import numpy as np
import sklearn
from sklearn.metrics import ndcg_score

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "golden" / "ranking.json"
KS = [1, 3, 5, 10]


def per_query(scores, relevance, k):
    order = np.argsort(-np.asarray(scores), kind="stable")
    rel = np.asarray(relevance)[order] > 0
    n_rel = int(rel.sum())
    top = rel[:k]
    hits = int(top.sum())
    first = np.flatnonzero(top)
    precisions = np.cumsum(top) / np.arange(1, len(top) + 1)
    ap = float(np.sum(precisions[top]) / min(n_rel, k)) if n_rel else None
    return {
        "recall": hits / n_rel if n_rel else None,
        "precision": hits / k,
        "mrr": (1.0 / (first[0] + 1) if len(first) else 0.0) if n_rel else None,
        "map": ap,
        "hit_rate": (1.0 if hits else 0.0) if n_rel else None,
    }


def case(name, queries):
    expected = {}
    for k in KS:
        rows = [per_query(q["scores"], q["relevance"], k) for q in queries]
        for metric in ("recall", "precision", "mrr", "map", "hit_rate"):
            values = [r[metric] for r in rows if r[metric] is not None]
            expected[f"{metric}@{k}"] = float(np.mean(values))
        ndcgs = [ndcg_score([q["relevance"]], [q["scores"]], k=k) if len(q["scores"]) > 1 else
                 (1.0 if q["relevance"][0] > 0 else 0.0) for q in queries]
        expected[f"ndcg@{k}"] = float(np.mean(ndcgs))
    return {"name": name, "ks": KS, "queries": queries, "expected": expected,
            "queries_without_relevant": sum(1 for q in queries if max(q["relevance"]) <= 0)}


def queries(rng, n, size_low, size_high, graded, tie_decimals, empty_share):
    out = []
    for q in range(n):
        size = int(rng.randint(size_low, size_high + 1))
        rel = rng.choice([0, 1, 2, 3], size=size, p=[0.7, 0.15, 0.1, 0.05]) if graded else \
            (rng.rand(size) < 0.2).astype(int)
        if rng.rand() < empty_share:
            rel = np.zeros(size, dtype=int)
        scores = rel * 0.3 + rng.rand(size)
        if tie_decimals is not None:
            scores = np.round(scores, tie_decimals)
        out.append({"query": f"q{q}", "scores": scores.tolist(), "relevance": rel.astype(float).tolist()})
    return out


def main():
    rng = np.random.RandomState(99)
    cases = [
        case("binary_relevance_20_queries", queries(rng, 20, 10, 30, False, None, 0.0)),
        case("graded_relevance_50_queries", queries(rng, 50, 5, 40, True, None, 0.0)),
        case("graded_with_tied_scores", queries(rng, 40, 8, 25, True, 1, 0.0)),
        case("binary_with_tied_scores", queries(rng, 30, 8, 25, False, 1, 0.0)),
        case("some_queries_without_relevant", queries(rng, 30, 5, 20, True, None, 0.3)),
        case("short_lists_shorter_than_k", queries(rng, 25, 2, 6, True, 2, 0.0)),
        case("many_queries_long_lists", queries(rng, 200, 50, 100, True, 2, 0.05)),
        case("perfect_ranking", [{"query": "a", "scores": [3.0, 2.0, 1.0, 0.0], "relevance": [3.0, 2.0, 1.0, 0.0]},
                                 {"query": "b", "scores": [1.0, 0.5, 0.2], "relevance": [1.0, 0.0, 0.0]}]),
        case("worst_ranking", [{"query": "a", "scores": [0.0, 1.0, 2.0, 3.0], "relevance": [3.0, 2.0, 1.0, 0.0]}]),
        case("all_scores_tied", [{"query": "a", "scores": [0.5] * 6, "relevance": [0.0, 2.0, 0.0, 1.0, 0.0, 0.0]}]),
    ]
    OUT.write_text(json.dumps({"generator": "scikit-learn " + sklearn.__version__, "cases": cases}) + "\n")
    print("wrote", OUT, len(cases), "cases")


if __name__ == "__main__":
    main()
