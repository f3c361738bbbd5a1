package dev.hubonboard.onboarding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The `--repositories` file: its lines, its refusals (naming the line), and the file Connections writes. */
class RepositoryListTest {
    @TempDir
    Path dir;

    @Test
    void namesOrOrgSlashNamesBlankLinesAndCommentsIgnored() throws Exception {
        assertThat(RepositoryList.parse("acme", List.of("# header", "", "web", "acme/billing-api  # the API",
                "  worker  ", "web"))).containsExactly("web", "billing-api", "worker");
    }

    @Test
    void aBadLineIsNamedWithItsNumber() {
        assertThatThrownBy(() -> RepositoryList.parse("acme", List.of("web", "other/web")))
                .isInstanceOfSatisfying(RepositoryList.BadLine.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.getMessage()).startsWith("line 2").contains("not a repository of acme");
                });
        assertThatThrownBy(() -> RepositoryList.parse("acme", List.of("web app"))).hasMessageContaining("line 1");
        assertThatThrownBy(() -> RepositoryList.parse("acme", List.of("Web"))).hasMessageContaining("repository name");
        assertThatThrownBy(() -> RepositoryList.parse("acme", List.of("acme/a/b"))).hasMessageContaining("line 1");
    }

    @Test
    void aTokenPastedIntoTheFileIsNotEchoed() {
        assertThatThrownBy(() -> RepositoryList.parse("acme", List.of("dckr_pat_abcdefghijklmnopqrstuvwxyz0")))
                .isInstanceOfSatisfying(RepositoryList.BadLine.class,
                        e -> assertThat(e.getMessage()).doesNotContain("abcdefghij").contains("***")
                                .contains("looks like an access token"));
    }

    @Test
    void theWrittenFileReadsBackAsTheSameList() throws Exception {
        Path file = dir.resolve("acme-repositories.txt");
        RepositoryList.write(file, "acme", List.of("web", "billing-api"));
        assertThat(Files.readString(file)).startsWith("# Private repositories of acme").contains("acme/web\n");
        assertThat(RepositoryList.read("acme", file)).containsExactly("web", "billing-api");
    }

    @Test
    void theOnboardingKeepsValidNamesOnly() {
        Onboarding o = Onboarding.begin("acme");
        o.setExpectedRepositories(List.of("web", "web", "worker"));
        assertThat(o.expectedRepositories()).containsExactly("web", "worker");
        assertThatThrownBy(() -> o.setExpectedRepositories(List.of("acme/web")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
