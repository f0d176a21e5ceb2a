/**
 * JMH benchmarks of the hot paths (not deployed): ROC-AUC on a million rows, the bootstrap of ROC-AUC (the
 * one-pass Poisson path against the straightforward resample-counts-and-pass version), the multinomial bootstrap
 * of a confusion-count metric, and the whole binary metric suite. {@code benchmarks/run.sh} runs them and, when
 * Debian's python3-sklearn is installed, times scikit-learn on the same synthetic data
 * ({@code benchmarks/python/time_sklearn.py}).
 *
 * <p>{@link io.modellab.benchmarks.IngestHeap} (not JMH) measures the heap a large dataset ingest holds:
 * {@code benchmarks/ingest-heap.sh [MB] [split] [Xmx]} generates a seeded CSV and ingests it under a small heap limit.
 */
package io.modellab.benchmarks;
