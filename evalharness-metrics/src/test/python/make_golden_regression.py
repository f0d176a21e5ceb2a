#!/usr/bin/env python3
"""Golden values for the regression metrics, computed by scikit-learn.

    /usr/bin/python3 evalharness-metrics/src/test/python/make_golden_regression.py

MAPE is guarded against zero targets on the Java side (undefined instead of scikit-learn's huge value), so
cases with a zero target carry no "mape". max_error has no weights in scikit-learn; the Java side takes the
maximum over all rows, which weights do not change.
"""
import csv
import json
import pathlib

import numpy as np
import sklearn
from sklearn import metrics

HERE = pathlib.Path(__file__).resolve()
OUT = HERE.parents[1] / "resources" / "golden" / "regression.json"
CPU = HERE.parents[4] / "datasets" / "cpu.csv"


def case(name, y, p, w=None):
    y = np.asarray(y, dtype=float)
    p = np.asarray(p, dtype=float)
    e = {
        "mae": metrics.mean_absolute_error(y, p, sample_weight=w),
        "mse": metrics.mean_squared_error(y, p, sample_weight=w),
        "rmse": metrics.mean_squared_error(y, p, sample_weight=w, squared=False),
        "r2": metrics.r2_score(y, p, sample_weight=w),
        "median_absolute_error": metrics.median_absolute_error(y, p, sample_weight=w),
        "max_error": metrics.max_error(y, p),
        "explained_variance": metrics.explained_variance_score(y, p, sample_weight=w),
    }
    if np.all(y != 0):
        e["mape"] = metrics.mean_absolute_percentage_error(y, p, sample_weight=w)
    return {"name": name, "actual": y.tolist(), "predicted": p.tolist(),
            "weights": None if w is None else np.asarray(w, dtype=float).tolist(),
            "expected": {k: float(v) for k, v in e.items()}}


def main():
    rng = np.random.RandomState(7)
    cases = []
    for n, noise, weighted in [(50, 1.0, False), (50, 1.0, True), (501, 5.0, False), (500, 0.1, True),
                               (1000, 20.0, False), (7, 2.0, True), (200, 0.0, False)]:
        y = rng.normal(10, 4, n)
        p = y + rng.normal(0, noise, n)
        w = rng.uniform(0.1, 2.0, n).round(3) if weighted else None
        cases.append(case(f"gaussian_n{n}_noise{noise}_w{int(weighted)}", y, p, w))
    y = rng.normal(0, 1, 100)
    cases.append(case("constant_prediction_mean", y, np.full(100, y.mean())))
    cases.append(case("constant_target_imperfect", np.full(40, 3.0), 3.0 + rng.normal(0, 1, 40)))
    cases.append(case("constant_target_perfect", np.full(40, 3.0), np.full(40, 3.0)))
    y = np.round(rng.normal(0, 2, 80))
    cases.append(case("integer_targets_with_zeros", y, y + rng.normal(0, 0.5, 80)))
    y = rng.lognormal(3, 1, 300)
    p = y * rng.lognormal(0, 0.3, 300)
    p[:5] *= 10
    cases.append(case("skewed_with_outliers", y, p, rng.uniform(0.5, 1.5, 300).round(2)))
    w = np.ones(60)
    w[::3] = 0.0
    y = rng.normal(5, 1, 60)
    cases.append(case("some_zero_weights", y, y + rng.normal(0, 1, 60), w))
    with open(CPU) as f:
        rows = list(csv.DictReader(f))
    y = np.array([float(r["performance"]) for r in rows])
    x = np.array([float(r["MMAX"]) for r in rows])
    slope, intercept = np.polyfit(x, y, 1)
    cases.append(case("cpu_performance_from_mmax_line", y, slope * x + intercept))

    OUT.write_text(json.dumps({"generator": "scikit-learn " + sklearn.__version__, "cases": cases}) + "\n")
    print("wrote", OUT, len(cases), "cases")


if __name__ == "__main__":
    main()
