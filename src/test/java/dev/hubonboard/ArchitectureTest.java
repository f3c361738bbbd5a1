package dev.hubonboard;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.hubonboard.ui.kit.Tone;
import javafx.application.Platform;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The arrows point one way: ui/cli → onboarding/defender → check → hub/registry/secrets → net (defender also →
 * azure → net); nothing below ui uses
 * JavaFX; and a view-model never depends on a page or a JavaFX node. Inside ui and onboarding, each room touches only
 * the rooms the README's "For developers" map names. Read by ArchUnit from the compiled classes, so static imports
 * and fully qualified names count too.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.hubonboard");

    /** What each package must never use. */
    @ParameterizedTest(name = "{0} never uses {1}")
    @CsvSource(delimiter = ';', value = {
            // Azure Resource Manager sits beside hub: it uses net only.
            "azure; hub registry check onboarding secrets defender cli ui sandbox",
            "net; azure hub registry check onboarding secrets defender cli ui sandbox files",
            // The one small-file store sits under everything that saves a file: it uses nothing of ours.
            "files; net azure hub registry check onboarding secrets defender cli ui sandbox",
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

    /**
     * The rooms inside ui and onboarding. ui/app (start, window, the context) may touch every room; the screens
     * (wizard, connections, connector) share kit and task; onboarding's domain knows neither its store nor the
     * owner's actions, and those two do not know each other.
     */
    @ParameterizedTest(name = "{0} never uses {1}")
    @CsvSource(delimiter = ';', value = {
            "ui.task; ui.app ui.wizard ui.connections ui.connector ui.kit",
            "ui.kit; ui.app ui.wizard ui.connections ui.connector",
            "ui.connector; ui.app ui.wizard ui.connections",
            "ui.connections; ui.wizard",
            "ui.wizard; ui.connections",
            "onboarding.store; onboarding.owner",
            "onboarding.owner; onboarding.store"})
    void roomsTouchOnlyTheirNeighbours(String from, String forbidden) {
        String[] targets = Arrays.stream(forbidden.split(" ")).map(p -> "dev.hubonboard." + p + "..")
                .toArray(String[]::new);
        noClasses().that().resideInAPackage("dev.hubonboard." + from + "..")
                .should().dependOnClassesThat().resideInAnyPackage(targets)
                .check(MAIN);
    }

    @Test
    void theOnboardingDomainKnowsNeitherItsStoreNorTheOwnersActions() {
        noClasses().that().resideInAPackage("dev.hubonboard.onboarding")
                .should().dependOnClassesThat().resideInAnyPackage("dev.hubonboard.onboarding.store..",
                        "dev.hubonboard.onboarding.owner..")
                .check(MAIN);
    }

    /** Issue 20, item 2: the wizard makes and owns its step models; a page is handed its model and makes none. */
    @Test
    void pagesMakeNoViewModels() {
        noClasses().that().haveSimpleNameEndingWith("Page")
                .should().callConstructorWhere(describe("a view-model's constructor",
                        call -> call.getTargetOwner().getSimpleName().endsWith("Model")))
                .check(MAIN);
    }

    /** A screen reaches the app's room only through what the app hands down: the context and the session's secrets. */
    @Test
    void screensUseOfTheAppOnlyItsContext() {
        noClasses().that().resideInAnyPackage("dev.hubonboard.ui.wizard..", "dev.hubonboard.ui.connections..",
                        "dev.hubonboard.ui.connector..")
                .should().dependOnClassesThat(describe("an ui/app class other than AppContext or SessionSecrets",
                        c -> c.getPackageName().equals("dev.hubonboard.ui.app")
                                && !c.getSimpleName().matches("AppContext|SessionSecrets")
                                && !c.getName().startsWith("dev.hubonboard.ui.app.AppContext$")))
                .check(MAIN);
    }

    /**
     * Pages, views, dialogs and panels build nodes and bind them: the HTTP clients (net, hub, registry, Azure's CLI
     * and ARM), and the keychain are the models'. A keychain entry's name ({@code SecretKey}) is a value, not a client.
     */
    @Test
    void pagesImportNoClients() {
        noClasses().that().haveNameMatching("dev\\.hubonboard\\.ui\\..*(Page|View|Dialog|Pane|Panel|Window)(\\$.*)?")
                .should().dependOnClassesThat(describe("a client (net, hub, registry, the keychain, Azure's CLI or ARM)",
                        c -> c.getPackageName().matches("dev\\.hubonboard\\.(net|hub|registry)(\\..*)?")
                                || c.getPackageName().startsWith("dev.hubonboard.secrets")
                                        && !c.getSimpleName().equals("SecretKey")
                                || c.getPackageName().equals("dev.hubonboard.azure")
                                        && c.getSimpleName().matches("Arm|ArmClient|AzureCli|AzureSignIn")))
                .check(MAIN);
    }

    /**
     * Threads belong to ui/task (the app's executor, its lanes and its end of life), except the layers below the ui
     * that keep their own: net (HTTP calls, parallel requests), secrets (time-limited keychain calls), azure (the az
     * process's output) and sandbox (the practice servers). Nowhere else does a class construct a Thread or an
     * ExecutorService, call Thread.start/ofPlatform/ofVirtual/startVirtualThread, Executors' factories,
     * CompletableFuture's *Async methods or Platform.runLater. Waiting (a latch, join) and Thread.interrupted stay
     * allowed.
     */
    @Test
    void threadsOnlyInTheTaskRoomAndTheLayersThatKeepTheirOwn() {
        noClasses().that().resideOutsideOfPackages("dev.hubonboard.ui.task..", "dev.hubonboard.net..",
                        "dev.hubonboard.secrets..", "dev.hubonboard.azure..", "dev.hubonboard.sandbox..")
                .should().callCodeUnitWhere(describe("it makes a thread or an executor, or queues on the JavaFX thread",
                        call -> {
                            JavaClass owner = call.getTargetOwner();
                            String name = call.getName();
                            return owner.isAssignableTo(Thread.class) && (name.equals("<init>")
                                    || name.matches("start|ofPlatform|ofVirtual|startVirtualThread"))
                                    || owner.isAssignableTo(ExecutorService.class) && name.equals("<init>")
                                    || owner.isEquivalentTo(Executors.class)
                                    || owner.isEquivalentTo(CompletableFuture.class) && name.endsWith("Async")
                                    || owner.isEquivalentTo(Platform.class) && name.equals("runLater");
                        }))
                .check(MAIN);
    }

    /**
     * One tone type ({@code ui/kit/Tone}) says how a line of words looks, in every view-model and view; the domain's
     * levels (Problem.Severity, PreFlight.Level, TokenExpiry.Level, ReportSummary.Verdict) become a tone in Tone
     * alone. No other enum under ui is named for that job.
     */
    @Test
    void oneToneTypeInTheUi() {
        noClasses().that().resideInAPackage("dev.hubonboard.ui..").and().areEnums()
                .and().doNotHaveFullyQualifiedName(Tone.class.getName())
                .should().haveSimpleNameEndingWith("Tone").orShould().haveSimpleName("Kind")
                .orShould().haveSimpleName("Level").orShould().haveSimpleName("Severity")
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
