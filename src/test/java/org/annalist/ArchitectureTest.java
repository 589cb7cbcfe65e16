package org.annalist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core runs headless and in batch: it must never depend on JavaFX or on the UI. */
@AnalyzeClasses(packages = "org.annalist", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] CORE = {"org.annalist.text..", "org.annalist.task..", "org.annalist.corpus..",
        "org.annalist.time..", "org.annalist.actors..", "org.annalist.events..", "org.annalist.analysis..",
        "org.annalist.project..", "org.annalist.export..", "org.annalist.render..", "org.annalist.timeline..",
        "org.annalist.graph..", "org.annalist.bench..", "org.annalist.io..", "org.annalist.logging..",
        "org.annalist.keydates.."};

    @ArchTest
    static final ArchRule coreHasNoJavaFx = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                    "org.kordamp.ikonli..")
            .because("the core must run headless and in batch");

    @ArchTest
    static final ArchRule coreDoesNotKnowTheUi = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.annalist.ui..", "org.annalist.cli..");
}
