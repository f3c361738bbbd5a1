package dev.hubonboard.onboarding;

import dev.hubonboard.check.Report;
import dev.hubonboard.check.RepositoryCounts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TokenViewTest {
    private static Report report(RepositoryCounts counts) {
        return new Report("acme", "scanner", List.of(), counts, Optional.empty(), false, Instant.EPOCH);
    }

    @Test
    void manualModeIsAskedToCompareTheTokensPrivateCount() {
        String hint = TokenView.compareWithDockerHub(report(new RepositoryCounts(5, 3, 2, 3, null, true,
                List.of())));
        assertThat(hint).startsWith("The token sees 3 private repositories of acme")
                .contains("https://hub.docker.com/repositories/acme").contains("Compare");
    }

    @Test
    void aRefusedListingSaysThereIsNoCountAndHowToGiveTheList() {
        String hint = TokenView.compareWithDockerHub(report(new RepositoryCounts(0, 0, 0, 0, null, false,
                List.of())));
        assertThat(hint).contains("did not let this token list").contains("--repositories");
    }

    @Test
    void theRepositoriesThatCannotBePulledAreListed() {
        assertThat(TokenView.notPullable(report(new RepositoryCounts(3, 3, 0, 2, 3, true,
                List.of("acme/web"))))).containsExactly("acme/web");
    }
}
