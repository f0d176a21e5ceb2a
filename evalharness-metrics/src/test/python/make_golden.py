#!/usr/bin/env python3
"""Writes the golden metric values the Java tests compare against, computed by scikit-learn.

Run from the repository root with Debian's scikit-learn (apt-get install python3-sklearn):

    /usr/bin/python3 evalharness-metrics/src/test/python/make_golden.py

The output is committed, so the build never needs Python. Inputs are generated from fixed seeds and
written into the golden file together with the expected values.
"""
import json
import pathlib

import numpy as np
import sklearn
from sklearn import metrics

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "golden" / "binary_classification.json"


def case(name, actual, score, threshold=0.5):
    actual = np.asarray(actual, dtype=int)
    score = np.asarray(score, dtype=float)
    predicted = (score >= threshold).astype(int)
    expected = {
        "accuracy": metrics.accuracy_score(actual, predicted),
        "precision": metrics.precision_score(actual, predicted, zero_division=0),
        "recall": metrics.recall_score(actual, predicted, zero_division=0),
        "f1": metrics.f1_score(actual, predicted, zero_division=0),
    }
    curve = None
    if len(set(actual.tolist())) == 2:
        expected["roc_auc"] = metrics.roc_auc_score(actual, score)
        fpr, tpr, _ = metrics.roc_curve(actual, score, drop_intermediate=False)
        curve = {"fpr": fpr.tolist(), "tpr": tpr.tolist()}
    return {
        "name": name,
        "threshold": threshold,
        "actual": actual.tolist(),
        "score": score.tolist(),
        "expected": {k: float(v) for k, v in expected.items()},
        "roc_curve": curve,
        "confusion_matrix": metrics.confusion_matrix(actual, predicted, labels=[0, 1]).tolist(),
    }


def main():
    rng = np.random.RandomState(20261123)
    cases = []

    n = 300
    actual = (rng.rand(n) < 0.3).astype(int)
    score = np.clip(0.35 * actual + rng.rand(n) * 0.7, 0, 1)
    cases.append(case("random_300_continuous", actual, score))

    # Scores rounded to one decimal: many ties, which ROC-AUC must count as half.
    cases.append(case("random_300_tied_scores", actual, np.round(score, 1)))

    actual = (rng.rand(57) < 0.5).astype(int)
    cases.append(case("all_scores_equal", actual, np.full(57, 0.3)))
    cases.append(case("perfect_separation", actual, actual * 0.8 + 0.1))
    cases.append(case("perfectly_wrong", actual, (1 - actual) * 0.8 + 0.1))
    cases.append(case("threshold_0_3", actual, np.round(rng.rand(57), 2), threshold=0.3))

    # The most-frequent baseline: one constant score, no row predicted positive.
    actual = (rng.rand(100) < 0.3).astype(int)
    cases.append(case("constant_no_positive_predictions", actual, np.full(100, 0.3)))

    cases.append(case("one_class_only", np.zeros(10, dtype=int), np.linspace(0, 1, 10)))

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"generator": "scikit-learn " + sklearn.__version__, "cases": cases}, indent=1) + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
