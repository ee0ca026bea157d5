package org.zhifa.workstation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of docs/architecture.md: a package may use only the packages listed above it. */
@AnalyzeClasses(packages = "org.zhifa.workstation", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {
    private static final String ROOT = "org.zhifa.workstation.";

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("domain").definedBy(ROOT + "domain..")
            .layer("store").definedBy(ROOT + "store..")
            .layer("cases").definedBy(ROOT + "cases..")
            .layer("documents").definedBy(ROOT + "documents..")
            .layer("review").definedBy(ROOT + "review..")
            .layer("exchange").definedBy(ROOT + "exchange..")
            .layer("stats").definedBy(ROOT + "stats..")
            .layer("ui").definedBy(ROOT + "ui..")
            .layer("cli").definedBy(ROOT + "cli..")
            .layer("app").definedBy(ROOT + "app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("stats").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("exchange").mayOnlyBeAccessedByLayers("stats", "ui", "cli", "app")
            .whereLayer("review").mayOnlyBeAccessedByLayers("exchange", "stats", "ui", "cli", "app")
            .whereLayer("documents").mayOnlyBeAccessedByLayers("review", "exchange", "stats", "ui", "cli", "app")
            .whereLayer("cases").mayOnlyBeAccessedByLayers("documents", "review", "exchange", "stats", "ui", "cli", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("cases", "documents", "review", "exchange", "stats", "app")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule domainUsesNoFramework = noClasses().that().resideInAPackage(ROOT + "domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "org.apache.poi..",
                    "org.openpdf..", "com.lowagie..", "com.fasterxml..", "picocli..", "org.flywaydb..", "org.h2..",
                    "java.sql..", "org.slf4j..", "org.controlsfx..")
            .because("domain is pure Java (DESIGN.md: Layers)");

    @ArchTest
    static final ArchRule onlyStoreUsesJooq = noClasses().that().resideOutsideOfPackage(ROOT + "store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "org.h2..")
            .because("only the store talks to the database");

    @ArchTest
    static final ArchRule noSqlOutsideStore = noClasses().that().resideOutsideOfPackage(ROOT + "store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule uiAndCliDoNotTouchStore = noClasses().that().resideInAnyPackage(ROOT + "ui..", ROOT + "cli..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + "store..");

    @ArchTest
    static final ArchRule storeHasNoJavaFx = noClasses().that().resideInAnyPackage(ROOT + "store..", ROOT + "cases..",
                    ROOT + "documents..", ROOT + "review..", ROOT + "exchange..", ROOT + "stats..", ROOT + "cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching(ROOT + "(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenScreens = slices().matching(ROOT + "ui.(*)..").should().beFreeOfCycles()
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noCyclesInDomain = slices().matching(ROOT + "domain.(*)..").should().beFreeOfCycles();
}
