package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState.Status;
import dev.hubonboard.sandbox.PracticeHub.Scope;
import dev.hubonboard.ui.task.SyncTaskExecutor;
import dev.hubonboard.ui.kit.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The token step's logic, without a screen. */
class TokenModelTest {
    @TempDir
    Path dir;
    StepFixture f;
    TokenModel model;
    final AtomicInteger advanced = new AtomicInteger();
    static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @BeforeEach
    void setUp() {
        f = new StepFixture(dir, SyncTaskExecutor.immediate());
        model = new TokenModel(f.wizard, TODAY);
        model.load();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private void proceed() {
        model.proceed(advanced::incrementAndGet);
    }

    @Test
    void organizationAccessTokenIsRefused() {
        model.dockerId.set(f.hub.dedicatedUsername());
        model.token.set(f.hub.organizationAccessToken());
        assertThat(model.tokenVerdict().get().isAcceptable()).isFalse();
        assertThat(model.tokenVerdict().get().first().orElseThrow().message())
                .contains("organization access token").contains("personal access token")
                .doesNotContain(f.hub.organizationAccessToken());
        assertThat(model.canProceed().get()).isFalse();
    }

    @Test
    void emailAsDockerIdIsRefused() {
        model.dockerId.set(f.hub.dedicatedEmail());
        model.token.set(f.hub.createToken(Scope.READ));
        assertThat(model.dockerIdVerdict().get().first().orElseThrow().message()).contains("not e-mail");
        assertThat(model.canProceed().get()).isFalse();
    }

    @Test
    void pastedTokenIsTrimmedAndKeptInMemoryOnly() {
        String token = f.hub.createToken(Scope.READ);
        assertThat(TokenModel.cleanPaste("  " + token + " \r\n")).isEqualTo(token);
        model.dockerId.set(" " + f.hub.dedicatedUsername() + " ");
        model.token.set("\t" + token + "\n");
        assertThat(model.canProceed().get()).isTrue();
        proceed();
        assertThat(advanced).hasValue(1);
        assertThat(f.wizard.session().dedicatedToken()).contains(token);
        assertThat(f.onboarding.dedicatedDockerId()).contains(f.hub.dedicatedUsername());
        assertThat(f.onboarding.state(Step.TOKEN).status()).isEqualTo(Status.DONE);
        assertThat(f.keychain.entries()).isEmpty(); // not before Finish
        f.wizard.flushSaves();
        assertThat(f.onboarding.toString()).doesNotContain(token);
        assertThat(model.toString()).doesNotContain(token);
    }

    @Test
    void passwordLookingTokenIsWarnedButAccepted() {
        model.dockerId.set(f.hub.dedicatedUsername());
        model.token.set("Summer2026!");
        assertThat(model.tokenVerdict().get().isAcceptable()).isTrue();
        assertThat(model.tokenVerdict().get().first().orElseThrow().message())
                .contains("looks like a password").doesNotContain("Summer2026!");
        assertThat(model.canProceed().get()).isTrue();
    }

    @Test
    void dockerIdIsPrefilledFromTheOnboarding() {
        f.onboarding.setDedicatedDockerId(f.hub.dedicatedUsername());
        TokenModel fresh = new TokenModel(f.wizard, TODAY);
        fresh.load();
        assertThat(fresh.dockerId.get()).isEqualTo(f.hub.dedicatedUsername());
        assertThat(fresh.token.get()).isEmpty(); // nothing in memory yet
    }

    @Test
    void aDifferentTokenReopensTheTokenStepAndTheLaterOnes() {
        f.testDone();
        assertThat(f.onboarding.state(Step.CONNECTION_TEST).status()).isEqualTo(Status.DONE);
        model.load();
        String other = f.hub.createToken(Scope.READ);
        model.token.set(other);
        proceed();
        assertThat(f.wizard.session().dedicatedToken()).contains(other);
        assertThat(f.onboarding.state(Step.TOKEN).status()).isEqualTo(Status.DONE);
        assertThat(f.onboarding.state(Step.CONNECTION_TEST).status()).isEqualTo(Status.NOT_STARTED);
    }

    @Test
    void theSameTokenAgainKeepsTheTestDone() {
        f.testDone();
        model.load();
        proceed();
        assertThat(advanced).hasValue(1);
        assertThat(f.onboarding.state(Step.CONNECTION_TEST).status()).isEqualTo(Status.DONE);
    }

    @Test
    void expiryDateIsKeptAndAPastDateBlocks() {
        model.dockerId.set(f.hub.dedicatedUsername());
        model.token.set(f.hub.createToken(Scope.READ));
        model.expiry.set(LocalDate.of(2026, 2, 1));
        assertThat(model.expiryProblem().get()).contains("has passed");
        assertThat(model.canProceed().get()).isFalse();
        model.expiry.set(LocalDate.of(2026, 5, 30));
        assertThat(model.canProceed().get()).isTrue();
        proceed();
        assertThat(f.onboarding.tokenExpiry()).contains(LocalDate.of(2026, 5, 30));
        model.expiry.set(null); // "No expiry"
        proceed();
        assertThat(f.onboarding.tokenExpiry()).isEmpty();
    }

    @Test
    void anErrorKeepsWhatWasTyped() {
        Onboarding early = Onboarding.begin(f.hub.org()); // prerequisites not done: the token step cannot start
        f.wizard.use(early);
        String token = f.hub.createToken(Scope.READ);
        model.dockerId.set(f.hub.dedicatedUsername());
        model.token.set(token);
        proceed();
        assertThat(advanced).hasValue(0);
        assertThat(model.error.get()).contains("cannot start yet").doesNotContain(token);
        assertThat(model.token.get()).isEqualTo(token);
        assertThat(model.dockerId.get()).isEqualTo(f.hub.dedicatedUsername());
        assertThat(f.wizard.session().dedicatedToken()).isEmpty();
    }

    @Test
    void revealedTokenIsHiddenWhenThePageIsLeft() {
        f.wizard.shownProperty().set(Step.TOKEN);
        model.revealed.set(true);
        f.wizard.shownProperty().set(Step.CONNECTION_TEST);
        assertThat(model.revealed.get()).isFalse();
    }

    @Test
    void tokenPageLinkOpensDockerHubsTokenSettings() {
        List<String> opened = new ArrayList<>();
        Links.use(opened::add);
        try {
            model.openTokenPage();
        } finally {
            Links.use(u -> { });
        }
        assertThat(opened).containsExactly("https://hub.docker.com/settings/personal-access-tokens");
    }
}
