package org.renkei.app.match;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The matcher is pure domain code: no JavaFX, no SQL, no other app package. */
class MatchArchitectureTest {

    @Test
    void matchPackageStaysPure() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.renkei.app.match");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "javax.sql..",
                "org.h2..", "org.renkei.app.store..", "org.renkei.app.ui..", "org.renkei.app.cli..")
                .check(classes);
    }
}
