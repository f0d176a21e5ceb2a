#!/usr/bin/env bash
# Times the XGBoost template's training on credit-g in Java and, when Debian's python3-xgboost is installed, Python
# xgboost on the same encoded train matrix with the same settings. Medians on a shared 2-core machine: read the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am -DskipTests package
java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" io.modellab.benchmarks.XGBoostTrainingTime .
if /usr/bin/python3 -c 'import xgboost' 2>/dev/null; then
  /usr/bin/python3 benchmarks/python/time_xgboost.py benchmarks/target/credit-g-train-encoded.csv
else
  echo "python3-xgboost is not installed: skipping the Python timing (apt-get install python3-xgboost)"
fi
