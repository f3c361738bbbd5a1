package dev.hubonboard.ui.wizard;

import dev.hubonboard.ui.app.AppContext;
import dev.hubonboard.ui.app.AppModel;
import dev.hubonboard.ui.app.SessionSecrets;
import dev.hubonboard.ui.kit.FakeClipboard;
import dev.hubonboard.ui.kit.SecretClipboard;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.store.LoadProblem;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.owner.OwnerSignIn;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.store.ProgressStoreException;
import dev.hubonboard.onboarding.store.ProgressWriter;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.ui.connections.ConnectionsModel;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The wizard's life without a screen: listeners, the disk, and the owner's session (issue 13, bugs 5, 6, 7). */
class WizardLifecycleTest {
    @TempDir
    Path dir;
    final PracticeHub hub = PracticeHub.start();

    final List<ProgressWriter> writers = new ArrayList<>();

    @AfterEach
    void stop() {
        writers.forEach(ProgressWriter::flush); // nothing is still writing into the folder JUnit deletes
        hub.close();
    }

    /** A disk that notes every read made outside a task (on "the JavaFX thread") and can hang its writes. */
    static final class WatchedDisk extends ProgressStore {
        final List<String> readsOutsideTasks = new ArrayList<>();
        final CountDownLatch writesMayFinish = new CountDownLatch(1);
        final Thread fxThread = Thread.currentThread();
        volatile boolean hang;
        /** A save asked for while the disk hung has been written. */
        volatile boolean hungSaveWritten;

        WatchedDisk(Path dir) {
            super(dir);
        }

        @Override
        public synchronized Optional<Onboarding> load(String organization) throws ProgressStoreException {
            note("load");
            return super.load(organization);
        }

        @Override
        public synchronized Listing list() throws ProgressStoreException {
            note("list");
            return super.list();
        }

        @Override
        public Optional<LoadProblem> save(Snapshot snapshot) throws ProgressStoreException {
            boolean hung = hang;
            if (hung) {
                try {
                    writesMayFinish.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Optional<LoadProblem> written = super.save(snapshot);
            hungSaveWritten |= hung;
            return written;
        }

        /**
         * The test's thread stands in for the JavaFX thread; the synchronous executor runs tasks on it too, so a read
         * there counts unless a task is running. Reads on any other thread (the save lane's) are off it by definition.
         */
        private void note(String what) {
            if (Thread.currentThread() == fxThread && !SyncTaskExecutor.inTask()) {
                readsOutsideTasks.add(what);
            }
        }
    }

    AppContext context(ProgressStore store, SyncTaskExecutor executor) {
        ProgressWriter writer = new ProgressWriter(store, executor.saves());
        writers.add(writer);
        return new AppContext(() -> Endpoints.practice(hub.hubUrl().toString(), hub.registryUrl().toString()),
                HttpTransport::standard, new MemorySecretStore(), writer, executor,
                new SessionSecrets(new SecretClipboard(new FakeClipboard(), (d, a) -> () -> { })), Optional.of(hub));
    }


    /** Bug 7: a replaced onboarding no longer reaches the wizard (before, removeListener removed nothing). */
    @Test
    void anOnboardingThatWasReplacedIsNoLongerWatchedNorSaved() throws Exception {
        WizardModel wizard = new WizardModel(context(new ProgressStore(dir), SyncTaskExecutor.immediate()));
        Onboarding first = Onboarding.begin("first-org");
        wizard.use(first);
        stepOneDone(first); // saved from here on
        wizard.use(Onboarding.begin("second-org"));
        int revision = wizard.revisionProperty().get();
        first.setDedicatedDockerId("latescanner");
        wizard.flushSaves();
        assertThat(wizard.revisionProperty().get()).isEqualTo(revision);
        assertThat(new ProgressStore(dir).load("first-org").orElseThrow().dedicatedDockerId()).isEmpty();
    }

    private static void stepOneDone(Onboarding o) {
        o.chooseOwnerMode(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        o.setInvitee(Invitee.byEmail("scanner@" + o.organization() + ".example"));
        if (o.state(Step.PREREQUISITES).status() != dev.hubonboard.onboarding.StepState.Status.IN_PROGRESS) {
            o.start(Step.PREREQUISITES);
        }
        o.complete(Step.PREREQUISITES);
    }

    /** Issue 14, item 3: an onboarding is saved once its first step has succeeded, not from the first keystroke. */
    @Test
    void aMistypedOrganizationWhoseSignInFailedLeavesNoFile() throws Exception {
        WizardModel wizard = new WizardModel(context(new ProgressStore(dir), SyncTaskExecutor.immediate()));
        var step1 = new dev.hubonboard.ui.wizard.steps.PrerequisitesModelProbe(wizard);
        step1.fill("acme-crop", hub.dedicatedEmail()); // a typo; no owner session: the sign-in fails
        step1.next();
        wizard.flushSaves();
        assertThat(new ProgressStore(dir).list().onboardings()).isEmpty();
        Onboarding o = wizard.onboarding();
        stepOneDone(o);
        wizard.flushSaves();
        assertThat(new ProgressStore(dir).load("acme-crop")).isPresent();
    }

    /** Bug 5: Next on step 1 reads the saved progress inside a task, never on the JavaFX thread. */
    @Test
    void openingAnOrganizationReadsTheDiskOffTheFxThread() {
        WatchedDisk disk = new WatchedDisk(dir);
        WizardModel wizard = new WizardModel(context(disk, SyncTaskExecutor.immediate()));
        Onboarding[] opened = new Onboarding[1];
        wizard.open("acme-corp", o -> opened[0] = o);
        assertThat(opened[0].organization()).isEqualTo("acme-corp");
        assertThat(disk.readsOutsideTasks).isEmpty();
    }

    /** Bug 5: closing the wizard never waits for the disk and never sets the caller's interrupt flag. */
    @Test
    void closingTheWizardNeitherWaitsForSavesNorInterruptsTheFxThread() throws Exception {
        WatchedDisk disk = new WatchedDisk(dir);
        SyncTaskExecutor executor = SyncTaskExecutor.immediate();
        AppContext context = context(disk, executor);
        AppModel app = new AppModel(context, new ConnectionsModel(context), hub.org());
        app.start(new ProgressStore.Listing(List.of(), List.of()));
        WizardModel wizard = app.wizardProperty().get();
        disk.hang = true; // a disk that does not answer
        Onboarding o = Onboarding.begin(hub.org());
        stepOneDone(o);
        wizard.use(o);
        app.closeWizard();
        // Close returned while the disk still holds the save: it did not wait (one that waited would return only
        // after the 20 s hang, with the save over). No clock is read.
        assertThat(disk.hungSaveWritten).as("the save is still in the hung disk").isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(disk.readsOutsideTasks).isEmpty();
        disk.writesMayFinish.countDown();
        context.writer().flush();
        assertThat(disk.hungSaveWritten).as("a save was asked for while the disk hung, and is written now").isTrue();
        // the listing ran after the save, on the writer: Connections now lists the organization
        assertThat(app.screenProperty().get()).isEqualTo(AppModel.Screen.HOME);
        assertThat(app.connections().rows()).hasSize(1);
    }

    /** Bug 6: the owner's session is captured when the work starts; forgetting it meanwhile cannot break the work. */
    @Test
    void theOwnersSessionIsCapturedWhenTheCheckStarts() throws Exception {
        SyncTaskExecutor held = SyncTaskExecutor.held();
        WizardModel wizard = new WizardModel(context(new ProgressStore(dir), held));
        wizard.use(Onboarding.begin(hub.org()));
        wizard.session().ownerSession(((OwnerSignIn.SignedIn) wizard.context().ownerActions().signIn(
                OwnerMode.ORGANIZATION_ACCESS_TOKEN, hub.org(), null, hub.organizationAccessToken())).session());
        var step1 = new dev.hubonboard.ui.wizard.steps.PrerequisitesModelProbe(wizard);
        step1.fill(hub.org(), hub.dedicatedEmail());
        step1.next();
        assertThat(held.waiting()).as("the check is running").isEqualTo(1);
        wizard.session().ownerSession(null); // the FX thread drops the session meanwhile
        held.runAll();
        assertThat(step1.findings()).noneMatch(f -> f.contains("unexpected") || f.contains("NoSuchElement"));
        assertThat(wizard.onboarding().state(Step.PREREQUISITES).status())
                .isEqualTo(dev.hubonboard.onboarding.StepState.Status.DONE);
    }
}
