/**
 * The README's demo: the bundled credit-g dataset ingested as a dataset version of the project (with its explorer
 * page), a most-frequent baseline and a logistic regression, each trained on the version's seeded stratified split,
 * evaluated into its own eval folder, with the paths printed.
 * Not deployed; it shows the in-process API end to end.
 */
package io.modellab.demo;
