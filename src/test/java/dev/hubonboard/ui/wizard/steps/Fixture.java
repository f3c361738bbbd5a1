package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.owner.OwnerSignIn;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import dev.hubonboard.ui.wizard.WizardModel;

import java.nio.file.Path;
import java.util.Optional;

/** A wizard over the practice Hub with work run at once on the test's thread, and step 1 done. */
final class Fixture implements AutoCloseable {
    final PracticeHub hub;
    final WizardModel wizard;

    Fixture(PracticeHub hub, Path dir) {
        this(hub, Endpoints.practice(hub.hubUrl().toString(), hub.registryUrl().toString()), dir);
    }

    Fixture(PracticeHub hub, Endpoints endpoints, Path dir) {
        this.hub = hub;
        AppContext context = new AppContext(endpoints, HttpTransport.standard(), new MemorySecretStore(),
                new ProgressStore(dir), SyncTaskExecutor.immediate(), Optional.of(hub));
        this.wizard = new WizardModel(context);
    }

    /** Step 1 done in this mode with this invitee; in the API modes the owner is signed in with the OAT. */
    Onboarding prerequisitesDone(OwnerMode mode, Invitee invitee) throws Exception {
        Onboarding o = open();
        o.chooseOwnerMode(mode);
        o.setInvitee(invitee);
        o.start(Step.PREREQUISITES);
        o.complete(Step.PREREQUISITES);
        if (mode != OwnerMode.MANUAL) {
            signIn();
        }
        wizard.shownProperty().set(Step.INVITE);
        return o;
    }

    /** The wizard opens the practice organization (tasks run at once here). */
    Onboarding open() {
        Onboarding[] opened = new Onboarding[1];
        wizard.open(hub.org(), o -> opened[0] = o);
        return opened[0];
    }

    void signIn() throws Exception {
        wizard.session().ownerSession(((OwnerSignIn.SignedIn) wizard.context().ownerActions().signIn(
                OwnerMode.ORGANIZATION_ACCESS_TOKEN, hub.org(), null, hub.organizationAccessToken())).session());
    }

    @Override
    public void close() {
        wizard.flushSaves();
        hub.close();
    }
}
