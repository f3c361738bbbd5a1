package dev.hubonboard.ui.app;

import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.store.AppMode;
import dev.hubonboard.onboarding.store.ProgressStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 21, item 7: a practice onboarding moved aside at a real start is said, not done without a word. */
class SavedProgressTest {
    @TempDir
    Path config;

    private static Onboarding started(String org, String email) {
        Onboarding o = Onboarding.begin(org);
        o.chooseOwnerMode(OwnerMode.MANUAL);
        o.setInvitee(Invitee.byEmail(email));
        o.start(Step.PREREQUISITES);
        return o;
    }

    @Test
    void aMovedPracticeOnboardingIsSaid() throws Exception {
        new ProgressStore(config).save(started("acme-corp", "scanner@acme.example"));
        SavedProgress opened = SavedProgress.open(AppMode.REAL, config);
        assertThat(opened.notice()).isPresent();
        assertThat(opened.notice().get()).contains("acme-corp").contains(AppMode.PRACTICE.folder(config).toString())
                .contains("--sandbox");
        assertThat(opened.store().load("acme-corp")).isEmpty();
        assertThat(SavedProgress.open(AppMode.REAL, config).notice()).as("said once").isEmpty();
    }

    @Test
    void nothingMovedNothingSaid() throws Exception {
        new ProgressStore(config).save(started("acme-corp", "scanner@acme-corp.com")); // a real organization of that name
        assertThat(SavedProgress.open(AppMode.REAL, config).notice()).isEmpty();
        assertThat(SavedProgress.open(AppMode.PRACTICE, config).notice()).isEmpty();
    }
}
