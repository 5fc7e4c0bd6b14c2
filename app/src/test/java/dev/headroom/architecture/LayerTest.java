// SPDX-License-Identifier: Apache-2.0
package dev.headroom.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of README's architecture sketch, checked on every build. */
@AnalyzeClasses(packages = "dev.headroom", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("model").definedBy("dev.headroom.model..")
            .layer("workspace").definedBy("dev.headroom.workspace..")
            .layer("ingest").definedBy("dev.headroom.ingest..")
            .layer("analysis").definedBy("dev.headroom.analysis..")
            .layer("layout").definedBy("dev.headroom.layout..")
            .layer("export").definedBy("dev.headroom.export..")
            .layer("measure").definedBy("dev.headroom.measure..")
            .layer("calibrate").definedBy("dev.headroom.calibrate..")
            .layer("cli").definedBy("dev.headroom.cli..")
            .layer("ui").definedBy("dev.headroom.ui..")
            .layer("launcher").definedBy("dev.headroom")
            .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
            .whereLayer("calibrate").mayOnlyBeAccessedByLayers("cli", "ui")
            .whereLayer("ingest").mayOnlyBeAccessedByLayers("cli", "ui", "calibrate")
            .whereLayer("export").mayOnlyBeAccessedByLayers("cli", "ui")
            .whereLayer("measure").mayOnlyBeAccessedByLayers("ingest", "calibrate", "cli", "ui")
            .whereLayer("workspace").mayOnlyBeAccessedByLayers("ingest", "calibrate", "cli", "ui")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("calibrate", "cli", "ui", "export")
            .whereLayer("layout").mayOnlyBeAccessedByLayers("ui")
            .whereLayer("model").mayOnlyBeAccessedByLayers("ingest", "analysis", "export", "calibrate", "cli", "ui", "measure")
            .because("dependencies point one way: model <- analysis <- {cli, ui}; measure (running clang) stands"
                    + " alone; calibrate joins ingest, measure and analysis for the cost-model fit; layout stands"
                    + " alone");

    @ArchTest
    static final ArchRule onlyTheBridgeSeesCdt = noClasses().that().resideInAPackage("dev.headroom..")
            .and().resideOutsideOfPackage("dev.headroom.bridge..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.cdt..")
            .because("CDT stays behind parser-bridge; the app sees only its records");

    @ArchTest
    static final ArchRule onlyIngestSeesTheBridge = noClasses().that().resideOutsideOfPackages("dev.headroom.ingest..", "dev.headroom.bridge..")
            .and().resideInAPackage("dev.headroom..")
            .should().dependOnClassesThat().resideInAPackage("dev.headroom.bridge..")
            .allowEmptyShould(true)
            .because("ingest is the one package that talks to parser-bridge");

    @ArchTest
    static final ArchRule onlyUiSeesJavaFx = noClasses().that().resideOutsideOfPackage("dev.headroom.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("the model, analysis and layout are tested without a screen");

    @ArchTest
    static final ArchRule onlyCliSeesPicocli = noClasses().that().resideOutsideOfPackage("dev.headroom.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the command line is a thin shell over the analysis");
}
