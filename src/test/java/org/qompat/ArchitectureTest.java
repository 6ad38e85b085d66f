package org.qompat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: ui/cli/report → engine → model ← io; JavaFX only in ui (app.Main, the launcher, stays
 * JavaFX-free so the CLI never loads the toolkit). */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.qompat");
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.qompat.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.qompat.io..", "org.qompat.engine..",
                        "org.qompat.ui..", "org.qompat.cli..", "org.qompat.report..", "org.qompat.app..")
                .check(classes);
    }

    @Test
    void modelDoesNoIo() {
        noClasses().that().resideInAPackage("org.qompat.model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..",
                        "com.fasterxml..", "javafx..")
                .check(classes);
    }

    @Test
    void engineIsPureOfIoAndUi() {
        noClasses().that().resideInAPackage("org.qompat.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.qompat.io..", "org.qompat.ui..",
                        "org.qompat.cli..", "org.qompat.report..", "javafx..")
                .check(classes);
    }

    @Test
    void ioKnowsOnlyTheModel() {
        noClasses().that().resideInAPackage("org.qompat.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.qompat.engine..", "org.qompat.ui..",
                        "org.qompat.cli..", "org.qompat.report..", "javafx..")
                .check(classes);
    }

    @Test
    void javafxOnlyInUi() {
        noClasses().that().resideOutsideOfPackage("org.qompat.ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void cliAndReportDoNotReachIntoUi() {
        noClasses().that().resideInAnyPackage("org.qompat.cli..", "org.qompat.report..")
                .should().dependOnClassesThat().resideInAPackage("org.qompat.ui..")
                .check(classes);
    }
}
