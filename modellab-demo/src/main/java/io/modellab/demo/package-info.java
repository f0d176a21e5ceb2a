/**
 * The README's demo: the bundled credit-g dataset ingested as a dataset version of the project (with its explorer
 * page), a most-frequent baseline and a logistic regression, each trained on the version's seeded stratified split,
 * evaluated into its own eval folder, with the paths printed; {@link io.modellab.demo.JargonDemo}, the ranking demo;
 * and {@link io.modellab.demo.CpuDemo}, the regression demo (cpu: mean, least squares, XGBoost).
 * Not deployed; it shows the in-process API end to end.
 */
package io.modellab.demo;
