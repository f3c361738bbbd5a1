package dev.hubonboard.ui.wizard;

import dev.hubonboard.check.CheckId;
import dev.hubonboard.check.CheckResult;
import dev.hubonboard.check.Outcome;
import dev.hubonboard.check.Report;
import dev.hubonboard.check.RepositoryCounts;
import dev.hubonboard.onboarding.LastTest;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.Step;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The step list marks step 4 to redo when the test failed on the token: decided by the report, not by words. */
class TokenToRedoTest {
    private static Onboarding failedTest(boolean unreachable, String reason) {
        Onboarding o = Onboarding.begin("acme-corp");
        o.chooseOwnerMode(OwnerMode.MANUAL);
        o.setInvitee(dev.hubonboard.onboarding.Invitee.byEmail("scanner@acme.example"));
        o.setDedicatedDockerId("acmescanner");
        for (Step s : new Step[] {Step.PREREQUISITES, Step.INVITE, Step.EMAIL_VERIFICATION, Step.TOKEN}) {
            o.start(s);
            o.complete(s);
        }
        o.start(Step.CONNECTION_TEST);
        Report r = new Report("acme-corp", "acmescanner", List.of(new CheckResult(CheckId.CREDENTIALS, Outcome.FAIL,
                "Refused.", "")), RepositoryCounts.NONE, Optional.empty(), unreachable, Instant.now());
        o.recordConnectionReport(LastTest.saved(r));
        o.fail(Step.CONNECTION_TEST, reason);
        return o;
    }

    @Test
    void aTestThatRanAndWasNotReadyMeansANewTokenWhateverTheReasonSays() {
        assertThat(StepList.tokenToRedo(failedTest(false, "Docker Hub could not be reached (words only)"))).isTrue();
    }

    @Test
    void anUnreachableHubIsNotTheTokensFaultWhateverTheReasonSays() {
        assertThat(StepList.tokenToRedo(failedTest(true, "The credentials check failed."))).isFalse();
    }
}
