package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.ui.kit.Tone;
import dev.hubonboard.check.CheckListener;
import dev.hubonboard.check.CheckTarget;
import dev.hubonboard.check.ConnectionTest;
import dev.hubonboard.check.Report;
import dev.hubonboard.net.BaseUrl;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.sandbox.HubScenario;
import dev.hubonboard.sandbox.PracticeHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The practice panel's logic: the practice Hub's refusals in words, the token shown once. */
class PracticeModelTest {
    @TempDir
    Path dir;
    private Fixture f;

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void acceptingBeforeVerifyingIsRefusedInWords() {
        f = new Fixture(PracticeHub.start(), dir);
        PracticeModel m = new PracticeModel(f.wizard, f.hub);
        m.acceptInvite();
        assertThat(m.tone.get()).isEqualTo(Tone.DANGER);
        assertThat(m.message.get()).contains("must verify").contains(f.hub.dedicatedEmail()).endsWith(".");
        m.verifyEmail();
        assertThat(m.tone.get()).isEqualTo(Tone.PLAIN);
        m.acceptInvite();
        assertThat(m.tone.get()).isEqualTo(Tone.PLAIN);
        assertThat(m.message.get()).contains("accepted the invite");
    }

    @Test
    void aTokenNeedsAVerifiedEmailAndIsShownWithItsScope() {
        f = new Fixture(PracticeHub.start(), dir);
        PracticeModel m = new PracticeModel(f.wizard, f.hub);
        // Docker Hub's default permission, so a practice run meets the classic mistake (issue 11).
        // Docker's current name (access-token reference); contract updated from the older "Public Repo Read-only".
        assertThat(m.scope.get().label).isEqualTo("Repo Public Read-only");
        m.createToken();
        assertThat(m.tone.get()).isEqualTo(Tone.DANGER);
        assertThat(m.token.get()).isEmpty();
        m.verifyEmail();
        m.createToken();
        assertThat(m.token.get()).startsWith("dckr_pat_");
        assertThat(m.message.get()).contains("Repo Public Read-only").contains("needs Repo Read-only")
                .doesNotContain(m.token.get());
    }

    /** The panel's case sets the practice Hub up as check --sandbox --scenario does: the test finds each exit code. */
    @Test
    void eachScenarioSetsThePracticeHubUpSoTheConnectionTestEndsWithItsExitCode() {
        f = new Fixture(PracticeHub.start(), dir);
        PracticeModel m = new PracticeModel(f.wizard, f.hub);
        assertThat(m.scenario.get()).isEqualTo(HubScenario.READY);
        for (HubScenario s : HubScenario.values()) {
            m.scenario.set(s);
            m.setUpScenario();
            assertThat(m.tone.get()).as(s.word()).isEqualTo(Tone.PLAIN);
            assertThat(m.token.get()).as(s.word()).startsWith("dckr_pat_");
            assertThat(m.message.get()).as(s.word()).startsWith("Practice Hub set up as " + s.word() + ": "
                    + s.models() + ".").endsWith("(check --sandbox --scenario " + s.word() + " ends with exit "
                    + s.exitCode() + ".)").doesNotContain(m.token.get());
            List<String> expected = s == HubScenario.NOT_MEMBER || s == HubScenario.LISTING_REFUSED
                    ? List.of("billing-api", "web", "worker") : List.of(); // the owner's list step 1 saves
            Report r = new ConnectionTest(HttpTransport.standard(), BaseUrl.parse("hub", f.hub.hubUrl().toString()),
                    BaseUrl.parse("registry", f.hub.registryUrl().toString())).run(new CheckTarget(f.hub.org(),
                    f.hub.dedicatedUsername(), m.token.get(), expected), new CheckListener() {
                    });
            assertThat(r.exitCode()).as(s.word()).isEqualTo(s.exitCode());
        }
    }

    @Test
    void hubDownSaysItStaysUnreachableAndAnotherCaseBringsItBack() {
        f = new Fixture(PracticeHub.start(), dir);
        PracticeModel m = new PracticeModel(f.wizard, f.hub);
        m.scenario.set(HubScenario.HUB_DOWN);
        m.setUpScenario();
        assertThat(f.hub.isOffline()).isTrue();
        assertThat(m.message.get()).contains("It stays unreachable until you set up another scenario.");
        m.scenario.set(HubScenario.PENDING_INVITE);
        m.setUpScenario();
        assertThat(f.hub.isOffline()).isFalse();
        assertThat(f.hub.isDedicatedUserMember()).isFalse();
        assertThat(m.message.get()).contains("Copy the token shown above into step 4 and run the connection test.");
    }

    /**
     * The token shown once stays while it may still be needed (created on step 3, step 4 not yet left, or step 4 left
     * without it entered) and goes once step 4 is left with it entered there, or when the session forgets its secrets.
     */
    @Test
    void thePracticeTokenGoesOnceStepFourIsLeftWithItEnteredOrTheSessionForgets() {
        f = new Fixture(PracticeHub.start(), dir);
        PracticeModel m = new PracticeModel(f.wizard, f.hub);
        m.verifyEmail();
        f.wizard.shownProperty().set(dev.hubonboard.onboarding.Step.EMAIL_VERIFICATION);
        m.createToken();
        String shown = m.token.get();

        f.wizard.shownProperty().set(dev.hubonboard.onboarding.Step.TOKEN);
        assertThat(m.token.get()).as("made on step 3, needed on step 4").isEqualTo(shown);
        f.wizard.shownProperty().set(dev.hubonboard.onboarding.Step.EMAIL_VERIFICATION);
        assertThat(m.token.get()).as("step 4 left without it entered").isEqualTo(shown);
        f.wizard.shownProperty().set(dev.hubonboard.onboarding.Step.TOKEN);
        f.wizard.session().dedicatedToken(shown); // Next on step 4 with it entered
        f.wizard.shownProperty().set(dev.hubonboard.onboarding.Step.CONNECTION_TEST);
        assertThat(m.token.get()).as("entered, and step 4 left").isEmpty();

        m.createToken();
        assertThat(m.token.get()).isNotEmpty();
        f.wizard.session().forget();
        assertThat(m.token.get()).as("the session forgot its secrets").isEmpty();
        m.dispose();
    }
}
