// SPDX-License-Identifier: Apache-2.0
package dev.headroom.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.headroom.architecture.probe.UndeclaredPackageProbe;
import dev.headroom.refactor.probe.RefactorSeesUiProbe;
import dev.headroom.session.probe.SessionPrintsProbe;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The layer rules catch what they are meant to catch: probe classes (test code, kept out of {@link LayerTest}'s
 * import) break each rule once, and the rules pass without them.
 */
class LayerRulesTest {
    /** Imported once: importing the classes is most of what these tests cost. */
    static final JavaClasses WITH_PROBES = mainWith(UndeclaredPackageProbe.class, RefactorSeesUiProbe.class,
            SessionPrintsProbe.class);
    /** The main classes, and of the test classes only {@code probes}. */
    static JavaClasses mainWith(Class<?>... probes) {
        Set<String> wanted = Arrays.stream(probes).map(p -> "/" + p.getName().replace('.', '/') + ".class").collect(Collectors.toSet());
        ImportOption mainOrProbe = location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
                || wanted.stream().anyMatch(location::contains);
        return new ClassFileImporter().withImportOption(mainOrProbe).importPackages("dev.headroom");
    }

    @Test
    void aClassInAPackageNoLayerNamesFails() {
        EvaluationResult result = Layers.EVERY_CLASS_IN_A_LAYER.evaluate(WITH_PROBES);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains(UndeclaredPackageProbe.class.getName()),
                result.getFailureReport().toString());
    }

    @Test
    void refactorImportingTheExplorerFails() {
        EvaluationResult result = Layers.ARROWS.evaluate(WITH_PROBES);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains(RefactorSeesUiProbe.class.getName()));
    }

    @Test
    void printingBelowTheCommandLineFails() {
        EvaluationResult result = Layers.ONLY_CLI_AND_LAUNCHER_TOUCH_THE_PROCESS.evaluate(WITH_PROBES);
        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().toString().contains(SessionPrintsProbe.class.getName()));
    }

    @Test
    void theMainCodeAloneBreaksNoRule() {
        JavaClasses main = mainWith();
        assertFalse(Layers.EVERY_CLASS_IN_A_LAYER.evaluate(main).hasViolation());
        assertFalse(Layers.ARROWS.evaluate(main).hasViolation());
        assertFalse(Layers.ONLY_CLI_AND_LAUNCHER_TOUCH_THE_PROCESS.evaluate(main).hasViolation());
    }
}
