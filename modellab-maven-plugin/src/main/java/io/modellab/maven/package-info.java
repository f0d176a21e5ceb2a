/**
 * The Maven plugin ({@code mvn modellab:...}): {@code eval} trains a baseline and a candidate (a template or the
 * project's own {@link io.modellab.evalharness.core.spi.EvalPipeline}) as tracked runs, writes their eval folders,
 * reports and comparison, and fails the build on a broken rule or a missed gate (phase {@code verify}); {@code train}
 * (phase {@code package}) trains the same two as tracked runs without evaluating them, each saving its model,
 * inference signature, predictions sample and log, and fails the build on a broken leakage rule or a missing code
 * version (both goals take the same experiment parameters, {@link io.modellab.maven.AbstractExperimentMojo});
 * {@code profile} ingests a dataset
 * version and writes its explorer page; {@code check} applies the gates to an existing run; {@code compare}, {@code report} and {@code repro} wrap compare mode, the HTML pages and repro
 * packs.
 *
 * <p>A broken rule (no leakage, baseline first, a run without a code version) or a missed gate is a
 * {@link org.apache.maven.plugin.MojoFailureException} whose message has one line per violation, naming the rule or
 * gate, the run and the numbers; a misconfiguration (an unreadable gate, an unknown template or metric, a pipeline
 * class that cannot be loaded) is a {@link org.apache.maven.plugin.MojoExecutionException}.
 */
package io.modellab.maven;
