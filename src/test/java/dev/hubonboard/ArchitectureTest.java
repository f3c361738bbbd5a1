package dev.hubonboard;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The arrows point one way: ui/cli → onboarding/defender → check → hub/registry/secrets → net (defender also →
 * azure → net); nothing below ui uses
 * JavaFX; and a view-model never depends on a page or a JavaFX node. Read by ArchUnit from the compiled classes, so
 * static imports and fully qualified names count too.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.hubonboard");

    /** What each package must never use. */
    @ParameterizedTest(name = "{0} never uses {1}")
    @CsvSource(delimiter = ';', value = {
            // Azure Resource Manager sits beside hub: it uses net only.
            "azure; hub registry check onboarding secrets defender cli ui sandbox",
            "net; azure hub registry check onboarding secrets defender cli ui sandbox",
            "hub; azure registry check onboarding secrets defender cli ui sandbox",
            "registry; azure hub check onboarding secrets defender cli ui sandbox",
            "secrets; azure hub registry check onboarding defender cli ui sandbox",
            "check; azure onboarding secrets defender cli ui sandbox",
            "onboarding; cli ui sandbox",
            "defender; cli ui sandbox",
            "sandbox; azure hub registry check onboarding secrets defender cli ui",
            "cli; ui"})
    void arrowsPointOneWay(String from, String forbidden) {
        String[] targets = Arrays.stream(forbidden.split(" ")).map(p -> "dev.hubonboard." + p + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("dev.hubonboard." + from + "..")
                .should().dependOnClassesThat().resideInAnyPackage(targets)
                .orShould().dependOnClassesThat().resideInAPackage("javafx..")
                .check(MAIN);
    }

    @Test
    void aViewModelNeverDependsOnAPageOrANode() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.hubonboard.ui..")
                .and().haveSimpleNameEndingWith("Model")
                .should().dependOnClassesThat(describe("a page, window, view, dialog or panel",
                        c -> c.getPackageName().startsWith("dev.hubonboard.ui") && c.getSimpleName().matches(
                                ".*(Page|Window|View|Dialog|Pane|Panel)")))
                .orShould().dependOnClassesThat().areAssignableTo(Node.class)
                .orShould().dependOnClassesThat().resideInAPackage("javafx.stage..");
        rule.check(MAIN);
    }
}
