package org.renkei.app.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the layers apart: domain and matcher free of JavaFX and SQL, no SQL in the UI, no package cycles. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.renkei.app");
    }

    @Test
    void domainAndMatcherKnowNoJavaFxAndNoSql() {
        noClasses().that().resideInAnyPackage("..app.domain..", "..app.match..", "..app.referral..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..")
                .check(classes);
    }

    @Test
    void onlyTheUiKnowsJavaFx() {
        noClasses().that().resideOutsideOfPackages("..app.ui..", "org.renkei.app")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void uiHasNoSqlAndNoRepositories() {
        noClasses().that().resideInAnyPackage("..app.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    @Test
    void sqlLivesInTheStore() {
        noClasses().that().resideOutsideOfPackages("..app.store..", "..app.importing..", "..app.search..",
                        "..app.facility..", "..app.cases..", "..app.audit..", "..app.backup..",
                        "..app.knowledge..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
                .check(classes);
    }

    @Test
    void lettersAndSummaryArePureWriters() {
        noClasses().that().resideInAnyPackage("org.renkei.app.export", "..app.export.letter..", "..app.export.summary..",
                        "..app.export.profile..")
                .should().dependOnClassesThat().resideInAnyPackage("..app.store..", "..app.ui..", "..app.cli..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.renkei.app.(*)..").should().beFreeOfCycles().check(classes);
    }
}
