package io.modellab.assertj.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a {@link java.nio.file.Path} parameter of a test, or of its {@code @BeforeEach} or {@code @AfterEach}
 * methods, that receives the test's own fresh artifacts root from {@link ModelLabExtension}: empty when the test
 * starts, deleted when it passes, kept when it fails, with its path added to the failure message.
 *
 * <pre>{@code
 * @Test
 * void myModelIsGoodEnough(@ArtifactsRoot Path artifacts) {
 *     Path evalDir = new EvalHarness(EvalOptions.DEFAULTS).evaluateAndWrite(artifacts, request);
 *     assertThatEvalFolder(evalDir).metric("roc_auc").isAtLeast(0.75);
 * }
 * }</pre>
 *
 * <p>The annotation registers the extension itself; {@code @ExtendWith(ModelLabExtension.class)} on the class does
 * the same and reads better when several methods use it.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ModelLabExtension.class)
public @interface ArtifactsRoot {
}
