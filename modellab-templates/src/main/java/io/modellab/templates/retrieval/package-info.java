/**
 * Retrieval templates on Apache Lucene 9 (Lucene 10 needs JDK 21; ModelLab runs on 17).
 *
 * <p>{@link io.modellab.templates.retrieval.Bm25Retriever}: BM25 over an in-memory index (ByteBuffersDirectory, one
 * segment) of documents with a title and a body, EnglishAnalyzer on both; body only (the baseline) or title with a
 * boost plus body. {@link io.modellab.templates.retrieval.HeadwordTask}: a glossary as known-item search, every
 * distinct headword a query, relevance 2 for the entries it heads and 1 for entries whose cross-references name it.
 * {@link io.modellab.templates.retrieval.RankingExperiment}: the dataset version, both systems as tracked runs
 * (baseline first), their eval folders with stress and latency, their reports, the comparison paired over queries,
 * and the run history page. No model is trained, so there is no split and no leakage check; the runs' split reference
 * says so.
 */
package io.modellab.templates.retrieval;
