/**
 * A JUnit 5 extension for tests that write artifacts: {@link io.modellab.assertj.junit.ArtifactsRoot} gives a test a
 * fresh artifacts root, {@link io.modellab.assertj.junit.ModelLabExtension} deletes it when the test passes and keeps
 * it when the test fails, with its path in the failure message.
 */
package io.modellab.assertj.junit;
