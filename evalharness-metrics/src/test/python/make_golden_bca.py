#!/usr/bin/env python3
"""Golden BCa intervals: given bootstrap replicates and jackknife values, the interval scipy computes.

Run from the repository root with Debian's SciPy (apt-get install python3-scipy):

    /usr/bin/python3 evalharness-metrics/src/test/python/make_golden_bca.py

scipy.stats.bootstrap(method='BCa') draws its own resamples, so the Java test cannot reproduce its output from
the data. What it can reproduce is the formula: each case here records the replicates (scipy's
bootstrap_distribution) and the jackknife values, and the interval scipy read off them. The script checks that
the formula written out below (z0 from the share of replicates below the point estimate, ties half; the
jackknife acceleration; the adjusted levels; numpy's linear percentile) gives scipy's interval to 1e-12, and its
z0, acceleration and levels are written as well. Cases marked "formula only" have replicates and jackknife values
drawn directly, to reach what real statistics rarely do (strong skew, a level of 0.8, weighted jackknife values).

A case's jackknife may be given as distinct values with weights (how many left-out rows give each value); the
formula then counts each value that many times, which is how the Java side's confusion-count jackknife works.
"""
import json
import pathlib

import numpy as np
import scipy
from scipy import stats

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "golden" / "bca.json"
RESAMPLES = 999


def bca(point, replicates, jack_values, jack_weights, level):
    """The BCa interval written out, with scipy.stats.norm for Phi and its inverse."""
    replicates = np.asarray(replicates, dtype=float)
    t = np.repeat(np.asarray(jack_values, dtype=float), np.asarray(jack_weights, dtype=int))
    share = (np.count_nonzero(replicates < point) + np.count_nonzero(replicates <= point)) / (2 * len(replicates))
    z0 = stats.norm.ppf(share)
    d = t.mean() - t
    a = np.sum(d ** 3) / (6 * np.sum(d ** 2) ** 1.5)
    z = stats.norm.ppf((1 - level) / 2)
    levels = [stats.norm.cdf(z0 + (z0 + zz) / (1 - a * (z0 + zz))) for zz in (z, -z)]
    lower, upper = np.percentile(replicates, [100 * levels[0], 100 * levels[1]])
    return {"lower": float(lower), "upper": float(upper), "bias_correction": float(z0), "acceleration": float(a),
            "lower_level": float(levels[0]), "upper_level": float(levels[1])}


def case(name, point, replicates, jack_values, level, jack_weights=None, reference="formula only"):
    jack_weights = [1] * len(jack_values) if jack_weights is None else [int(w) for w in jack_weights]
    return {"name": name, "reference": reference, "confidence_level": level, "point_estimate": float(point),
            "replicates": [float(v) for v in replicates], "jackknife_values": [float(v) for v in jack_values],
            "jackknife_weights": jack_weights,
            "expected": bca(point, replicates, jack_values, jack_weights, level)}


def from_scipy(name, data, statistic, level, seed):
    """scipy's BCa of statistic(data), with the replicates it drew and the statistic's leave-one-out values."""
    data = np.asarray(data, dtype=float)
    result = stats.bootstrap((data,), statistic, method="BCa", n_resamples=RESAMPLES, confidence_level=level,
                             random_state=np.random.RandomState(seed))
    point = float(statistic(data, axis=-1))
    jackknife = [float(statistic(np.delete(data, i), axis=-1)) for i in range(len(data))]
    c = case(name, point, result.bootstrap_distribution, jackknife, level,
             reference="scipy " + scipy.__version__ + " stats.bootstrap(method='BCa')")
    scipy_interval = [float(result.confidence_interval.low), float(result.confidence_interval.high)]
    formula = [c["expected"]["lower"], c["expected"]["upper"]]
    assert np.allclose(formula, scipy_interval, rtol=1e-12, atol=0), (name, formula, scipy_interval)
    c["expected"]["lower"], c["expected"]["upper"] = scipy_interval
    return c, data


def main():
    rng = np.random.RandomState(20261123)
    cases = []

    c, _ = from_scipy("mean of 40 exponential values", rng.exponential(size=40), np.mean, 0.95, 1)
    cases.append(c)
    c, _ = from_scipy("variance of 30 lognormal values, 90 %", rng.lognormal(size=30), np.var, 0.9, 2)
    cases.append(c)
    c, _ = from_scipy("median of 25 values (ties with the point estimate)", np.round(-rng.exponential(size=25), 1),
                      np.median, 0.95, 3)
    cases.append(c)

    # A proportion: replicates tie with the point estimate, and the jackknife has two distinct values.
    correct = (rng.rand(50) < 0.8).astype(float)
    c, data = from_scipy("share of 50 binary values", correct, np.mean, 0.95, 4)
    cases.append(c)
    hits, n = int(data.sum()), len(data)
    compressed = case("share of 50 binary values, jackknife as two weighted values", c["point_estimate"],
                      c["replicates"], [(hits - 1) / (n - 1), hits / (n - 1)], 0.95, jack_weights=[hits, n - hits],
                      reference=c["reference"])
    assert np.allclose([compressed["expected"]["lower"], compressed["expected"]["upper"]],
                       [c["expected"]["lower"], c["expected"]["upper"]], rtol=1e-12, atol=0)
    cases.append(compressed)

    # Formula only: strong right skew in both, a point estimate off the replicates' centre, level 0.8.
    replicates = rng.gamma(2.0, 1.0, size=RESAMPLES)
    jack = 3 - rng.gamma(1.0, 0.05, size=60)
    cases.append(case("gamma replicates, skewed jackknife, 80 %", 1.5, replicates, jack, 0.8))
    # Formula only: weighted jackknife values with skew to the left, level 0.99.
    cases.append(case("normal replicates, weighted jackknife, 99 %", 0.1, rng.normal(size=RESAMPLES),
                      [0.2, 0.1, 0.05, -0.5], 0.99, jack_weights=[40, 30, 20, 3]))

    OUT.write_text(json.dumps({"generator": "scipy " + scipy.__version__, "cases": cases}) + "\n")
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
