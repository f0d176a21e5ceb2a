#!/usr/bin/env python3
"""Golden values for the classification metric suite, computed by scikit-learn (and numpy where
scikit-learn has no function: expected calibration error, specificity from multilabel_confusion_matrix).

    /usr/bin/python3 evalharness-metrics/src/test/python/make_golden_classification.py

Writes src/test/resources/golden/classification.json: every case holds its inputs (labels, actual class
indices, class probabilities, optional sample weights, threshold) and the expected values. Committed, so CI
never needs Python.
"""
import json
import pathlib

import numpy as np
import sklearn
from sklearn import metrics
from sklearn.calibration import calibration_curve

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "golden" / "classification.json"
N_BINS = 10


def calibration(y, p, w):
    """Uniform bins as calibration_curve(strategy='uniform') assigns them, weighted by w."""
    bins = np.linspace(0.0, 1.0, N_BINS + 1)
    ids = np.searchsorted(bins[1:-1], p)
    wsum = np.bincount(ids, weights=w, minlength=N_BINS)
    true = np.bincount(ids, weights=w * y, minlength=N_BINS)
    pred = np.bincount(ids, weights=w * p, minlength=N_BINS)
    nz = wsum > 0
    prob_true = true[nz] / wsum[nz]
    prob_pred = pred[nz] / wsum[nz]
    ece = float(np.sum(wsum[nz] / wsum.sum() * np.abs(prob_true - prob_pred)))
    return prob_true, prob_pred, ece


def best_f1(y, s, w):
    precision, recall, thresholds = metrics.precision_recall_curve(y, s, sample_weight=w)
    with np.errstate(divide="ignore", invalid="ignore"):
        f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)
    i = int(np.argmax(f1[:-1]))
    t = float(thresholds[i])
    return t, float(f1[i]), float(metrics.accuracy_score(y, (s >= t).astype(int), sample_weight=w))


def case(name, labels, actual, proba, weights=None, threshold=0.5, positive=1):
    actual = np.asarray(actual, dtype=int)
    proba = np.asarray(proba, dtype=float)
    k = len(labels)
    w = None if weights is None else np.asarray(weights, dtype=float)
    ww = np.ones(len(actual)) if w is None else w
    idx = list(range(k))
    e = {}
    if k == 2:
        score = proba[:, positive]
        y = (actual == positive).astype(int)
        pred = (score >= threshold).astype(int)
        e["accuracy"] = metrics.accuracy_score(y, pred, sample_weight=w)
        e["balanced_accuracy"] = metrics.balanced_accuracy_score(y, pred, sample_weight=w)
        for avg in ("binary", "macro", "weighted"):
            kw = dict(sample_weight=w, zero_division=0, average=avg)
            e["precision_" + avg] = metrics.precision_score(y, pred, **kw)
            e["recall_" + avg] = metrics.recall_score(y, pred, **kw)
            e["f1_" + avg] = metrics.f1_score(y, pred, **kw)
        mcm = metrics.multilabel_confusion_matrix(y, pred, sample_weight=w, labels=[0, 1])
        cm = metrics.confusion_matrix(y, pred, sample_weight=w, labels=[0, 1])
        if len(set(y.tolist())) == 2:
            e["roc_auc"] = metrics.roc_auc_score(y, score, sample_weight=w)
            e["average_precision"] = metrics.average_precision_score(y, score, sample_weight=w)
            t, f1, acc = best_f1(y, score, w)
            e["best_f1_threshold"], e["best_f1"], e["accuracy_at_best_f1"] = t, f1, acc
        e["brier"] = metrics.brier_score_loss(y, score, sample_weight=w)
        prob_true, prob_pred, ece = calibration(y, score, ww)
        if w is None:
            t_sk, p_sk = calibration_curve(y, score, n_bins=N_BINS, strategy="uniform")
            assert np.allclose(t_sk, prob_true) and np.allclose(p_sk, prob_pred)
        e["ece"] = ece
        curve = {"prob_true": prob_true.tolist(), "prob_pred": prob_pred.tolist()}
        if y.sum() > 0:
            pr_p, pr_r, pr_t = metrics.precision_recall_curve(y, score, sample_weight=w)
            curve["pr_precision"] = pr_p.tolist()
            curve["pr_recall"] = pr_r.tolist()
            curve["pr_thresholds"] = pr_t.tolist()
        # per class in label order (index 0 = negative, 1 = positive)
        per_class_pred = pred
        per_class_y = y
    else:
        pred = np.argmax(proba, axis=1)
        per_class_pred = pred
        per_class_y = actual
        e["accuracy"] = metrics.accuracy_score(actual, pred, sample_weight=w)
        e["balanced_accuracy"] = metrics.balanced_accuracy_score(actual, pred, sample_weight=w)
        for avg in ("macro", "weighted"):
            # No labels argument: scikit-learn averages over the labels present in actual or predicted.
            kw = dict(sample_weight=w, zero_division=0, average=avg)
            e["precision_" + avg] = metrics.precision_score(actual, pred, **kw)
            e["recall_" + avg] = metrics.recall_score(actual, pred, **kw)
            e["f1_" + avg] = metrics.f1_score(actual, pred, **kw)
        mcm = metrics.multilabel_confusion_matrix(actual, pred, sample_weight=w, labels=idx)
        cm = metrics.confusion_matrix(actual, pred, sample_weight=w, labels=idx)
        if len(set(actual.tolist())) == k:
            for avg in ("macro", "weighted"):
                e["roc_auc_ovr_" + avg] = metrics.roc_auc_score(actual, proba, multi_class="ovr", average=avg,
                                                                sample_weight=w, labels=idx)
        curve = None
    e["log_loss"] = metrics.log_loss(actual, proba, sample_weight=w, labels=idx)
    # Specificity has no scikit-learn function: one-vs-rest from multilabel_confusion_matrix, averaged like the
    # others (macro over labels present in actual or predicted, weighted by support).
    spec = np.array([m[0, 0] / (m[0, 0] + m[0, 1]) if (m[0, 0] + m[0, 1]) > 0 else 0.0 for m in mcm])
    present = np.array([((per_class_y == c).any() or (per_class_pred == c).any()) for c in range(k)])
    support = np.array([ww[per_class_y == c].sum() for c in range(k)])
    e["specificity_macro"] = float(spec[present].mean())
    e["specificity_weighted"] = float((spec * support).sum() / support.sum())
    kw = dict(sample_weight=w, zero_division=0, average=None, labels=[0, 1] if k == 2 else idx)
    per = {
        "precision": metrics.precision_score(per_class_y, per_class_pred, **kw).tolist(),
        "recall": metrics.recall_score(per_class_y, per_class_pred, **kw).tolist(),
        "f1": metrics.f1_score(per_class_y, per_class_pred, **kw).tolist(),
        "specificity": [float(m[0, 0] / (m[0, 0] + m[0, 1])) if (m[0, 0] + m[0, 1]) > 0 else 0.0 for m in mcm],
        "support": [float(ww[per_class_y == c].sum()) for c in range(k)],
    }
    return {
        "name": name,
        "labels": labels,
        "actual": actual.tolist(),
        "proba": proba.tolist(),
        "weights": None if w is None else w.tolist(),
        "threshold": threshold,
        "positive": positive,
        "expected": {key: float(v) for key, v in e.items()},
        "per_class": per,
        "confusion_matrix": cm.astype(float).tolist(),
        "calibration": curve,
    }


def binary_proba(score):
    score = np.asarray(score, dtype=float)
    return np.column_stack([1 - score, score])


def dirichletish(rng, n, k, actual, strength):
    logits = rng.normal(size=(n, k))
    logits[np.arange(n), actual] += strength
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


def main():
    rng = np.random.RandomState(20261123)
    cases = []
    # Binary: sizes, prevalences, ties, weights, thresholds.
    for n, prevalence, decimals, weighted, threshold in [
        (300, 0.3, None, False, 0.5), (300, 0.3, 1, False, 0.5), (300, 0.3, 2, True, 0.5),
        (1000, 0.1, None, False, 0.5), (1000, 0.1, None, True, 0.3), (1000, 0.5, 1, False, 0.5),
        (57, 0.5, 2, False, 0.3), (57, 0.5, 2, True, 0.7), (200, 0.05, None, False, 0.5),
        (200, 0.05, 1, True, 0.2), (500, 0.4, 3, False, 0.5), (500, 0.4, 3, True, 0.5),
        (2000, 0.25, None, True, 0.5), (2000, 0.25, 1, True, 0.4), (31, 0.3, 1, False, 0.5),
        (100, 0.7, None, False, 0.5), (100, 0.7, 2, True, 0.6), (750, 0.15, None, False, 0.25),
    ]:
        y = (rng.rand(n) < prevalence).astype(int)
        score = np.clip(0.3 * y + rng.beta(2, 3, n) * 0.75, 0, 1)
        if decimals is not None:
            score = np.round(score, decimals)
        w = rng.uniform(0.2, 3.0, n).round(3) if weighted else None
        cases.append(case(f"binary_n{n}_p{prevalence}_r{decimals}_w{int(weighted)}_t{threshold}", ["good", "bad"], y,
                          binary_proba(score), w, threshold))
    # Binary degenerate.
    y = (rng.rand(57) < 0.5).astype(int)
    cases.append(case("binary_all_scores_equal", ["no", "yes"], y, binary_proba(np.full(57, 0.3))))
    cases.append(case("binary_perfect_separation", ["no", "yes"], y, binary_proba(y * 0.8 + 0.1)))
    cases.append(case("binary_perfectly_wrong", ["no", "yes"], y, binary_proba((1 - y) * 0.8 + 0.1)))
    cases.append(case("binary_scores_exactly_0_and_1", ["no", "yes"], y, binary_proba(y.astype(float))))
    y = (rng.rand(100) < 0.3).astype(int)
    cases.append(case("binary_constant_no_positive_predictions", ["good", "bad"], y, binary_proba(np.full(100, 0.3))))
    cases.append(case("binary_one_class_only", ["good", "bad"], np.zeros(10, dtype=int), binary_proba(np.linspace(0, 1, 10))))
    cases.append(case("binary_all_negative_and_predicted_negative", ["good", "bad"], np.zeros(12, dtype=int),
                      binary_proba(np.linspace(0, 0.4, 12))))
    cases.append(case("binary_one_positive_row", ["good", "bad"], np.eye(1, 40, 7, dtype=int)[0],
                      binary_proba(np.round(rng.rand(40), 2))))
    cases.append(case("binary_positive_is_index_0", ["bad", "good"], (rng.rand(80) < 0.6).astype(int),
                      binary_proba(np.round(rng.rand(80), 2)), positive=0))
    w = np.zeros(120)
    w[:60] = 1.0
    y = (rng.rand(120) < 0.4).astype(int)
    cases.append(case("binary_half_zero_weights", ["good", "bad"], y, binary_proba(np.round(rng.rand(120), 2)), w))
    # Multiclass.
    for n, k, strength, weighted, skew in [
        (300, 3, 1.0, False, False), (300, 3, 1.0, True, False), (600, 4, 1.5, False, True),
        (600, 4, 1.5, True, True), (150, 5, 0.5, False, False), (1000, 3, 3.0, False, True),
        (1000, 3, 3.0, True, False), (90, 3, 0.0, False, False), (400, 6, 1.0, True, True),
        (250, 4, 2.0, False, False),
    ]:
        p = np.array([0.6] + [0.4 / (k - 1)] * (k - 1)) if skew else np.ones(k) / k
        actual = rng.choice(k, size=n, p=p)
        proba = dirichletish(rng, n, k, actual, strength)
        w = rng.uniform(0.5, 2.0, n).round(3) if weighted else None
        cases.append(case(f"multiclass_n{n}_k{k}_s{strength}_w{int(weighted)}_skew{int(skew)}",
                          [f"c{i}" for i in range(k)], actual, proba, w))
    # Multiclass degenerate: a class never predicted, ties in argmax resolved to the first label.
    actual = rng.choice(3, size=60)
    proba = np.tile([0.5, 0.5, 0.0], (60, 1))
    cases.append(case("multiclass_argmax_tie_goes_to_first_label", ["a", "b", "c"], actual, proba))
    actual = rng.choice(3, size=60)
    proba = dirichletish(rng, 60, 3, actual, 1.0)
    proba[:, 2] = 0.0
    proba = proba / proba.sum(axis=1, keepdims=True)
    cases.append(case("multiclass_class_never_predicted", ["a", "b", "c"], actual, proba))
    actual = rng.choice(2, size=50)
    cases.append(case("multiclass_class_absent_from_actual", ["a", "b", "c"], actual, dirichletish(rng, 50, 3, actual, 1.0)))

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"generator": "scikit-learn " + sklearn.__version__, "calibration_bins": N_BINS,
                               "cases": cases}) + "\n")
    print("wrote", OUT, len(cases), "cases")


if __name__ == "__main__":
    main()
