#!/usr/bin/env python3
"""Times Python xgboost (Debian's python3-xgboost) on the credit-g train matrix that XGBoostTrainingTime wrote
(the template's encoding of the same 700 train rows), with the template's settings: 50 trees, depth 6, eta 0.3,
binary:logistic, one thread. DMatrix construction plus training, like Tribuo's train; median of 21 runs after 5
warm-up runs. Absent one-hot indicators are 0 here, while Tribuo hands XGBoost a sparse matrix; the trees are the
same size either way.
"""
import statistics
import sys
import time

import numpy as np
import xgboost as xgb

path = sys.argv[1] if len(sys.argv) > 1 else "benchmarks/target/credit-g-train-encoded.csv"
matrix = np.loadtxt(path, delimiter=",", skiprows=1)
x, y = matrix[:, :-1], matrix[:, -1]
params = {"objective": "binary:logistic", "eta": 0.3, "max_depth": 6, "min_child_weight": 1, "subsample": 1,
          "colsample_bytree": 1, "lambda": 1, "alpha": 0, "gamma": 0, "nthread": 1, "seed": 42, "verbosity": 0}


def train():
    xgb.train(params, xgb.DMatrix(x, label=y), num_boost_round=50)


t0 = time.perf_counter()
train()
first = (time.perf_counter() - t0) * 1000
for _ in range(4):
    train()
times = []
for _ in range(21):
    t0 = time.perf_counter()
    train()
    times.append((time.perf_counter() - t0) * 1000)
print(f"python xgboost {xgb.__version__}, {x.shape[0]} rows x {x.shape[1]} columns: first {first:.1f} ms, "
      f"median of 21 warm runs {statistics.median(times):.1f} ms (min {min(times):.1f}, max {max(times):.1f})")
