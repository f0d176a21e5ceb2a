#!/usr/bin/env bash
# Times the Spark path (local[2], Parquet) against the single-machine path on the same generated rows, once:
# benchmarks/spark-throughput.sh [rows, default 10000000] [resamples, default 100]. Needs about 6 GB of heap.
# The ranking case: benchmarks/spark-throughput.sh ranking [queries, default 100000] [candidates per query, default
# 100] [resamples, default 100]. The regression case: benchmarks/spark-throughput.sh regression [rows, default
# 1000000] [resamples, default 100].
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am -DskipTests package
flags=$(sed -n '/<spark.jvmFlags>/,/<\/spark.jvmFlags>/p' evalharness-spark/pom.xml | sed 's/<[^>]*>//g' | tr -s ' \n' ' ')
main=io.modellab.benchmarks.SparkThroughput
if [ "${1:-}" = ranking ]; then
  main=io.modellab.benchmarks.SparkRankingThroughput
  shift
elif [ "${1:-}" = regression ]; then
  main=io.modellab.benchmarks.SparkRegressionThroughput
  shift
fi
java -Xmx8g $flags -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" "$main" "$@"
