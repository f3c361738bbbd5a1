package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.sandbox.PracticeHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

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
        assertThat(m.kind.get()).isEqualTo(PracticeModel.Kind.ERROR);
        assertThat(m.message.get()).contains("must verify").contains(f.hub.dedicatedEmail()).endsWith(".");
        m.verifyEmail();
        assertThat(m.kind.get()).isEqualTo(PracticeModel.Kind.INFO);
        m.acceptInvite();
        assertThat(m.kind.get()).isEqualTo(PracticeModel.Kind.INFO);
        assertThat(m.message.get()).contains("accepted the invite");
    }

    @Test
    void aTokenNeedsAVerifiedEmailAndIsShownWithItsScope() {
        f = new Fixture(PracticeHub.start(), dir);
        PracticeModel m = new PracticeModel(f.wizard, f.hub);
        // Docker Hub's default permission, so a practice run meets the classic mistake (issue 11).
        assertThat(m.scope.get().label).isEqualTo("Public Repo Read-only");
        m.createToken();
        assertThat(m.kind.get()).isEqualTo(PracticeModel.Kind.ERROR);
        assertThat(m.token.get()).isEmpty();
        m.verifyEmail();
        m.createToken();
        assertThat(m.token.get()).startsWith("dckr_pat_");
        assertThat(m.message.get()).contains("Public Repo Read-only").contains("needs Read-only")
                .doesNotContain(m.token.get());
    }
}
