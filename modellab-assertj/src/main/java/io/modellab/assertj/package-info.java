/**
 * JUnit 5 and AssertJ assertions on eval results, eval folders on disk, runs and comparisons, with one entry
 * point {@code ModelLabAssertions.assertThat(...)} and failure messages that name the metric, the run, the value,
 * the interval and the expected bound.
 *
 * <p>This module is filled by the assertions issue; it holds no code yet.
 */
package io.modellab.assertj;
