#!/usr/bin/env bash
# Builds the benchmarks and runs JMH (all benchmarks, or those matching $1, any further arguments going to JMH, e.g.
# -p rows=1000000 -f 1 -wi 2 -i 5), then, when Debian's python3-sklearn is installed, times scikit-learn on the same
# synthetic data for the ratios.
# Figures are medians of a noisy 2-core machine: read them as ratios within one run.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am -DskipTests package
java -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" org.openjdk.jmh.Main "${1:-MetricBenchmarks}" "${@:2}" \
  -rf json -rff benchmarks/target/jmh.json
if /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
  /usr/bin/python3 benchmarks/python/time_sklearn.py
else
  echo "python3-sklearn is not installed: skipping the scikit-learn timings (apt-get install python3-sklearn)"
fi
