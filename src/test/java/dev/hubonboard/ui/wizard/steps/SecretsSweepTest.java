package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.owner.OwnerSignIn;
import dev.hubonboard.ui.app.AppModel;
import dev.hubonboard.ui.app.SecretSweep;
import dev.hubonboard.ui.connections.ConnectionsModel;
import dev.hubonboard.ui.connector.CreateConnectorModel;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import dev.hubonboard.ui.wizard.WizardModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, item 4: the session's secrets (the dedicated user's token, the owner's OAT and Docker Hub session, the
 * Azure access token) live in one holder with one forget. After each moment that must forget them, a walk over
 * everything reachable from the app's models (reflection: fields, collections, properties, captured values) finds
 * none of them.
 */
class SecretsSweepTest {
    @TempDir
    Path dir;
    StepFixture f;
    AppModel app;
    ConnectionsModel connections;
    final List<String> secrets = new ArrayList<>();
    final Map<String, Object> roots = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        connections = new ConnectionsModel(f.wizard.context());
        app = new AppModel(f.wizard.context(), connections, f.hub.org());
        roots.put("app", app);
        roots.put("connections", connections);
        roots.put("wizard", f.wizard);
        roots.put("context", f.wizard.context());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private List<String> leftOver() {
        return SecretSweep.holding(secrets, roots);
    }

    /** The owner signs in with the organization access token, as step 1 does: the OAT and the session are secrets. */
    private void ownerSignedIn() throws Exception {
        String oat = f.hub.organizationAccessToken();
        OwnerSignIn in = f.wizard.context().ownerActions().signIn(OwnerMode.ORGANIZATION_ACCESS_TOKEN, f.hub.org(),
                null, oat);
        AccessToken session = ((OwnerSignIn.SignedIn) in).session();
        f.wizard.session().useFor(f.hub.org());
        f.wizard.session().ownerSession(session);
        secrets.add(oat);
        secrets.add(session.value());
    }

    /** The connector dialog signs in to (practice) Azure: its access token is a secret. */
    private CreateConnectorModel azureSignedIn(FinishModel finish) {
        CreateConnectorModel dialog = finish.connectorModel();
        dialog.start();
        String azure = f.wizard.context().defender().practiceAzure().orElseThrow().accessToken();
        secrets.add(azure);
        roots.put("open dialog", dialog);
        assertThat(leftOver()).as("the sweep finds the Azure token while the dialog is open").isNotEmpty();
        roots.remove("open dialog");
        return dialog;
    }

    /** A token through a real connection test, as step 5 runs it. */
    private ConnectionTestModel tested() {
        String token = f.tokenDone(dev.hubonboard.sandbox.PracticeHub.Scope.READ);
        secrets.add(token);
        ConnectionTestModel test = new ConnectionTestModel(f.wizard);
        f.onboarding.start(Step.CONNECTION_TEST);
        test.run();
        assertThat(test.report.get()).as("the test ran").isNotNull();
        roots.put("test step", test);
        assertThat(leftOver()).as("the sweep finds the token while it is meant to be held").isNotEmpty();
        return test;
    }

    @Test
    void enterANewTokenLeavesNoTokenInTheTestStep() {
        ConnectionTestModel test = tested();
        test.enterNewToken();
        assertThat(leftOver()).isEmpty();
    }

    @Test
    void closingTheWizardLeavesNoToken() {
        tested();
        FinishModel finish = new FinishModel(f.wizard);
        roots.put("finish step", finish);
        finish.shown();
        finish.copyToken();
        f.wizard.close();
        assertThat(leftOver()).isEmpty();
    }

    @Test
    void closingTheConnectorDialogDropsTheAzureToken() {
        f.testDone();
        FinishModel finish = new FinishModel(f.wizard);
        roots.put("finish step", finish);
        CreateConnectorModel dialog = azureSignedIn(finish);
        dialog.close();
        assertThat(leftOver()).isEmpty();
    }

    @Test
    void doneForgetsEverySecretOfTheSession() throws Exception {
        ownerSignedIn();
        secrets.add(f.testDone());
        FinishModel finish = new FinishModel(f.wizard);
        roots.put("finish step", finish);
        azureSignedIn(finish); // the dialog left open behind Done: its token is the session's, dropped with it
        f.wizard.shownProperty().set(Step.FINISH);
        finish.shown(); // the token into the keychain: Done may be pressed
        f.wizard.next();
        assertThat(f.wizard.doneProperty().get()).as("Done was pressed").isTrue();
        assertThat(leftOver()).isEmpty();
    }

    @Test
    void switchingOrganizationDropsTheOwnersSessionAndAzure() throws Exception {
        f.testDone();
        ownerSignedIn();
        FinishModel finish = new FinishModel(f.wizard);
        roots.put("finish step", finish);
        azureSignedIn(finish).close();
        azureSignedIn(finish); // signed in again, dialog still open
        f.wizard.session().forgetToken(); // the wizard closed on the first organization
        f.wizard.session().useFor("another-org");
        assertThat(leftOver()).isEmpty();
    }

    @Test
    void quittingForgetsEverything() throws Exception {
        f.wizard.close(); // the app opens its own wizard below
        roots.remove("wizard");
        ownerSignedIn();
        app.openWizard(f.onboarding);
        WizardModel w = app.wizardProperty().get();
        secrets.add(f.tokenDone(dev.hubonboard.sandbox.PracticeHub.Scope.READ));
        ConnectionTestModel test = new ConnectionTestModel(w);
        f.onboarding.start(Step.CONNECTION_TEST);
        test.run();
        roots.put("test step", test);
        FinishModel finish = new FinishModel(w);
        roots.put("finish step", finish);
        azureSignedIn(finish);
        assertThat(leftOver()).as("all three are held before quitting").isNotEmpty();
        app.quit();
        assertThat(leftOver()).isEmpty();
    }
}
