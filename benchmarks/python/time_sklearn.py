#!/usr/bin/env python3
"""Times scikit-learn on the synthetic data of MetricBenchmarks (30 % positives, same score shape), the way users
write it: roc_auc_score on all rows, and a Python loop of resample-and-recompute for the bootstrap. Long loops run
fewer replicates and are scaled to B = 1000 (the scale is printed). Medians of repeated runs.
"""
import json
import statistics
import time

import numpy as np
import sklearn
from sklearn.metrics import accuracy_score, roc_auc_score


def data(n, seed=42):
    rng = np.random.default_rng(seed)
    y = rng.random(n) < 0.3
    s = np.round(np.where(y, 0.25, 0.0) + rng.random(n) * 0.75, 6)
    return y.astype(int), s


def timed(fn, repeats):
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def bootstrap_loop(y, s, metric, b, seed=7):
    rng = np.random.default_rng(seed)
    n = len(y)
    out = []
    for _ in range(b):
        idx = rng.integers(0, n, n)
        out.append(metric(y[idx], s[idx]))
    return np.percentile(out, [2.5, 97.5])


def main():
    results = {"scikit-learn": sklearn.__version__}
    y, s = data(1_000_000)
    results["roc_auc_1M_s"] = timed(lambda: roc_auc_score(y, s), 5)
    y1, s1 = data(100_000)
    results["bootstrap_roc_auc_B1000_100k_s"] = timed(lambda: bootstrap_loop(y1, s1, roc_auc_score, 100), 3) * 10
    results["bootstrap_roc_auc_B1000_1M_s"] = timed(lambda: bootstrap_loop(y, s, roc_auc_score, 10), 1) * 100
    pred = (s1 >= 0.5).astype(int)
    results["bootstrap_accuracy_B1000_100k_s"] = timed(
        lambda: bootstrap_loop(y1, pred, accuracy_score, 200), 3) * 5
    results["note"] = "bootstrap figures ran B=100 (100k), B=10 (1M) and B=200 (accuracy) and are scaled to B=1000"
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
