// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class WorkspaceDependenciesTest {

    @Test
    void workspaceStaysFreeOfUiCliAndParserTypes() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.headroom.workspace");

        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..", "picocli..", "org.eclipse.cdt..")
                .because("the CLI and the UI both load workspaces, and only parser-bridge may see CDT")
                .check(classes);
    }
}
