// SPDX-License-Identifier: Apache-2.0
package dev.headroom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The layers of README's architecture sketch and the rules between them, in one place so that {@link LayerTest}
 * applies them to the code and {@link LayerRulesTest} shows that they catch what they are meant to catch.
 *
 * <pre>
 * model, files, layout                          depend on nothing of ours
 * workspace, measure, analysis                  -> model
 * bridge (parser-bridge)                        -> CDT only
 * ingest                                        -> bridge, workspace, measure, model
 * calibrate, export, refactor, diff             -> analysis, model (calibrate also ingest, measure, workspace)
 * session                                       -> ingest, workspace, measure, analysis, export, refactor, diff
 * cli, ui                                       -> session, analysis, model (cli also export, calibrate; ui layout)
 * launcher (dev.headroom)                       -> cli, ui
 * </pre>
 */
final class Layers {
    /** Every layer and the packages it is made of. */
    static final Map<String, String> PACKAGES = new LinkedHashMap<>();

    static {
        PACKAGES.put("model", "dev.headroom.model..");
        PACKAGES.put("files", "dev.headroom.files..");
        PACKAGES.put("layout", "dev.headroom.layout..");
        PACKAGES.put("workspace", "dev.headroom.workspace..");
        PACKAGES.put("measure", "dev.headroom.measure..");
        PACKAGES.put("analysis", "dev.headroom.analysis..");
        PACKAGES.put("bridge", "dev.headroom.bridge..");
        PACKAGES.put("ingest", "dev.headroom.ingest..");
        PACKAGES.put("calibrate", "dev.headroom.calibrate..");
        PACKAGES.put("export", "dev.headroom.export..");
        PACKAGES.put("refactor", "dev.headroom.refactor..");
        PACKAGES.put("diff", "dev.headroom.diff..");
        PACKAGES.put("session", "dev.headroom.session..");
        PACKAGES.put("cli", "dev.headroom.cli..");
        PACKAGES.put("ui", "dev.headroom.ui..");
        PACKAGES.put("launcher", "dev.headroom");
    }

    private Layers() {
    }

    /** A class in a package no layer names is a layer nobody decided on; it fails rather than escaping the rules. */
    static final ArchRule EVERY_CLASS_IN_A_LAYER = classes().that().resideInAPackage("dev.headroom..")
            .should().resideInAnyPackage(PACKAGES.values().toArray(String[]::new))
            .because("every package lies in a layer the architecture names (README, Architecture)");

    static final ArchRule ARROWS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy(PACKAGES.get("model"))
            .layer("files").definedBy(PACKAGES.get("files"))
            .layer("layout").definedBy(PACKAGES.get("layout"))
            .layer("workspace").definedBy(PACKAGES.get("workspace"))
            .layer("measure").definedBy(PACKAGES.get("measure"))
            .layer("analysis").definedBy(PACKAGES.get("analysis"))
            .layer("bridge").definedBy(PACKAGES.get("bridge"))
            .layer("ingest").definedBy(PACKAGES.get("ingest"))
            .layer("calibrate").definedBy(PACKAGES.get("calibrate"))
            .layer("export").definedBy(PACKAGES.get("export"))
            // The refactor workbench and the revision compare have their rooms before their code.
            .optionalLayer("refactor").definedBy(PACKAGES.get("refactor"))
            .optionalLayer("diff").definedBy(PACKAGES.get("diff"))
            .layer("session").definedBy(PACKAGES.get("session"))
            .layer("cli").definedBy(PACKAGES.get("cli"))
            .layer("ui").definedBy(PACKAGES.get("ui"))
            .layer("launcher").definedBy(PACKAGES.get("launcher"))
            .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("session").mayOnlyBeAccessedByLayers("cli", "ui")
            .whereLayer("calibrate").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("refactor").mayOnlyBeAccessedByLayers("diff", "session", "cli", "ui")
            .whereLayer("diff").mayOnlyBeAccessedByLayers("session", "cli", "ui")
            .whereLayer("export").mayOnlyBeAccessedByLayers("session", "cli", "ui", "diff")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("session", "calibrate")
            .whereLayer("bridge").mayOnlyBeAccessedByLayers("ingest")
            .whereLayer("workspace").mayOnlyBeAccessedByLayers("ingest", "calibrate", "session")
            .whereLayer("measure").mayOnlyBeAccessedByLayers("ingest", "calibrate", "session")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("calibrate", "export", "refactor", "diff", "session",
                    "cli", "ui")
            .whereLayer("layout").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("model").mayOnlyBeAccessedByLayers("workspace", "measure", "analysis", "ingest", "calibrate",
                    "export", "refactor", "diff", "session", "cli", "ui")
            .whereLayer("files").mayOnlyBeAccessedByLayers("workspace", "measure", "analysis", "ingest", "calibrate",
                    "export", "refactor", "diff", "session", "cli", "ui")
            // A tree held in memory is mounted where the parser reads (decision 0017); the workspace reader and the
            // revision trees resolve and mount through that one registry, nothing else of the bridge.
            .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                    PACKAGES.get("workspace"), PACKAGES.get("diff")),
                    com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                            dev.headroom.bridge.FileMounts.class)
                            .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo(
                                    dev.headroom.bridge.FileMounts.Mount.class)))
            .because("dependencies point one way: model <- analysis <- {refactor, diff} <- session <- {cli, ui};"
                    + " session is the only road from the front ends into ingest, workspace and measure");

    /** A graph algorithm, as opposed to the immutable records its results are made of. */
    private static final DescribedPredicate<JavaClass> GRAPH_ALGORITHM = new DescribedPredicate<>(
            "graph algorithms (JGraphT, or classes of analysis.graph that are not result records)") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().startsWith("org.jgrapht")
                    || (c.getPackageName().startsWith("dev.headroom.analysis.graph") && !c.isRecord());
        }
    };

    static final ArchRule FRONT_ENDS_COMPOSE_NO_ALGORITHMS = noClasses()
            .that().resideInAnyPackage("dev.headroom.cli..", "dev.headroom.ui..")
            .should().dependOnClassesThat(GRAPH_ALGORITHM)
            .because("the front ends render results; graph algorithms are composed in analysis and session, once");

    static final ArchRule ONLY_THE_BRIDGE_SEES_CDT = noClasses().that().resideInAPackage("dev.headroom..")
            .and().resideOutsideOfPackage("dev.headroom.bridge..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.cdt..")
            .because("CDT stays behind parser-bridge; the app sees only its records");

    static final ArchRule ONLY_UI_SEES_JAVAFX = noClasses().that().resideOutsideOfPackage("dev.headroom.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the model, analysis and layout are tested without a screen");

    static final ArchRule ONLY_CLI_SEES_PICOCLI = noClasses().that().resideOutsideOfPackage("dev.headroom.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the command line is a thin shell over the session");

    static final ArchRule ONLY_CLI_AND_LAUNCHER_TOUCH_THE_PROCESS = noClasses()
            .that().resideInAPackage("dev.headroom..")
            .and().resideOutsideOfPackage("dev.headroom.cli..")
            .and().doNotHaveFullyQualifiedName("dev.headroom.Launcher")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(System.class, "exit", int.class)
            .because("layers below report through results and listeners; only the command line and the launcher"
                    + " own the process's streams and exit code");
}
