/**
 * Reading and writing the artifact contract.
 *
 * <ul>
 *   <li>{@link io.modellab.evalharness.core.io.Json}: the one Jackson configuration (component order, map keys
 *       sorted, two-space indent, {@code \n} line ends), so the same record always gives the same bytes;</li>
 *   <li>{@link io.modellab.evalharness.core.io.ArtifactReader}: reads a file into its record and validates it,
 *       throwing {@link io.modellab.evalharness.core.io.InvalidArtifactException} with the JSON path of every
 *       bad field;</li>
 *   <li>{@link io.modellab.evalharness.core.io.ModelCardFiles}: reads any model card tolerantly and writes ours after
 *       the strict check;</li>
 *   <li>{@link io.modellab.evalharness.core.io.AtomicFiles} and
 *       {@link io.modellab.evalharness.core.io.EvalFolderWriter}: every write goes to a temporary sibling that is
 *       renamed into place, so a crash leaves the old state or the new one, never half of one.</li>
 * </ul>
 */
package io.modellab.evalharness.core.io;
