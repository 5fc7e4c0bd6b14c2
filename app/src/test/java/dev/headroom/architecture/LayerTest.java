// SPDX-License-Identifier: Apache-2.0
package dev.headroom.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of README's architecture sketch, checked on every build; the rules live in {@link Layers}. */
@AnalyzeClasses(packages = "dev.headroom", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerTest {

    @ArchTest
    static final ArchRule everyClassLiesInADeclaredLayer = Layers.EVERY_CLASS_IN_A_LAYER;

    @ArchTest
    static final ArchRule layers = Layers.ARROWS;

    @ArchTest
    static final ArchRule frontEndsComposeNoAlgorithms = Layers.FRONT_ENDS_COMPOSE_NO_ALGORITHMS;

    @ArchTest
    static final ArchRule onlyTheBridgeSeesCdt = Layers.ONLY_THE_BRIDGE_SEES_CDT;

    @ArchTest
    static final ArchRule onlyUiSeesJavaFx = Layers.ONLY_UI_SEES_JAVAFX;

    @ArchTest
    static final ArchRule onlyCliSeesPicocli = Layers.ONLY_CLI_SEES_PICOCLI;

    @ArchTest
    static final ArchRule onlyCliAndLauncherTouchTheProcess = Layers.ONLY_CLI_AND_LAUNCHER_TOUCH_THE_PROCESS;
}
