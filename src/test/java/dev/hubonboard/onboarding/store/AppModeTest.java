package dev.hubonboard.onboarding.store;

import dev.hubonboard.onboarding.Invitee;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.secrets.SecretStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Practice and real use keep their saved onboardings apart: neither lists, resumes or replaces the other's. */
class AppModeTest {
    @TempDir
    Path config;

    private static Onboarding started(String org) {
        Onboarding o = Onboarding.begin(org, Clock.systemUTC());
        return o;
    }

    @Test
    void aPracticeOnboardingIsNotVisibleInRealModeNorTheOtherWayRound() throws Exception {
        AppMode.PRACTICE.progress(config).save(started("acme-corp"));
        AppMode.REAL.progress(config).save(started("contoso"));

        ProgressStore.Listing real = AppMode.REAL.progress(config).list();
        assertThat(real.onboardings()).extracting(Onboarding::organization).containsExactly("contoso");
        assertThat(real.problems()).isEmpty();
        ProgressStore.Listing practice = AppMode.PRACTICE.progress(config).list();
        assertThat(practice.onboardings()).extracting(Onboarding::organization).containsExactly("acme-corp");
        assertThat(AppMode.REAL.progress(config).load("acme-corp")).isEmpty();
    }

    @Test
    void theSameOrganizationInBothModesIsTwoFiles() throws Exception {
        AppMode.PRACTICE.progress(config).save(started("acme-corp"));
        AppMode.REAL.progress(config).save(started("acme-corp"));
        AppMode.REAL.progress(config).delete("acme-corp");

        assertThat(AppMode.PRACTICE.progress(config).load("acme-corp")).isPresent();
    }

    @Test
    void thePracticeHubsFileIsNeverTakenForAnOnboarding() throws Exception {
        Path hubFile = AppMode.PRACTICE.practiceHubFile(config);
        Files.createDirectories(hubFile.getParent());
        Files.writeString(hubFile, "{\"version\":1}");

        for (AppMode mode : AppMode.values()) {
            ProgressStore.Listing l = mode.progress(config).list();
            assertThat(l.onboardings()).isEmpty();
            assertThat(l.problems()).as(mode + " moved nothing aside").isEmpty();
        }
        assertThat(hubFile).exists();
    }

    @Test
    void aPracticeOnboardingAnOlderVersionSavedAmongRealOnesMovesToPractice() throws Exception {
        Onboarding leftover = started("acme-corp");
        leftover.setInvitee(Invitee.byEmail("scanner@acme.example"));
        new ProgressStore(config).save(leftover);

        assertThat(AppMode.REAL.progress(config).list().onboardings()).isEmpty();
        assertThat(AppMode.PRACTICE.progress(config).load("acme-corp")).hasValueSatisfying(o -> assertThat(
                o.invitee()).contains(Invitee.byEmail("scanner@acme.example")));
    }

    @Test
    void aRealOrganizationThatHappensToBeCalledAcmeCorpStaysReal() throws Exception {
        Onboarding real = started("acme-corp");
        real.setInvitee(Invitee.byEmail("registry-scanner@acme-corp.com"));
        new ProgressStore(config).save(real);

        assertThat(AppMode.REAL.progress(config).list().onboardings()).extracting(Onboarding::organization)
                .containsExactly("acme-corp");
        assertThat(AppMode.PRACTICE.progress(config).list().onboardings()).isEmpty();
    }

    @Test
    void eachModeHasItsOwnFolderAndKeychainService() {
        assertThat(AppMode.REAL.folder(config)).isEqualTo(config);
        assertThat(AppMode.PRACTICE.folder(config)).isEqualTo(config.resolve("practice"));
        assertThat(AppMode.REAL.keychainService()).isEqualTo(SecretStore.SERVICE).isEqualTo("Hub Onboard");
        assertThat(AppMode.PRACTICE.keychainService()).isEqualTo("Hub Onboard (practice)");
        assertThat(AppMode.of(true)).isEqualTo(AppMode.PRACTICE);
        assertThat(AppMode.of(false)).isEqualTo(AppMode.REAL);
        assertThat(AppMode.PRACTICE.practiceHubFile(config)).startsWithRaw(config.resolve("practice"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppMode.REAL.practiceHubFile(config))
                .isInstanceOf(IllegalStateException.class);
    }
}
