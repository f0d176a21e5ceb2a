/**
 * Model cards of trained runs, in the Featrix Sphere format: {@link io.modellab.tracker.card.ModelCards} writes
 * {@code model_card.json} and {@code model_card.html} beside a finished run's run.json, from its files, its training
 * rows and its pipeline's {@link io.modellab.evalharness.core.spi.ModelDescription}. Each section follows a rule
 * documented on the class that makes it; nothing the run cannot know is filled in.
 */
package io.modellab.tracker.card;
