package dev.hubonboard.onboarding;

import dev.hubonboard.cli.CheckCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Repository names by Docker's distribution reference grammar (issue 20, item 8): {@code __} and runs of {@code -}
 * are separators, so step 1 keeps such names (it used to throw while saving the owner's list, leaving the step
 * without an answer) and {@code --repositories} accepts them. The work is bounded by the length of the name.
 */
class RepositoryNameTest {
    @TempDir
    Path dir;

    private static final List<String> VALID = List.of("a", "web", "billing-api", "my__repo", "my--repo",
            "a---b", "a.b_c-d__e--f", "0x0", "v1.2", "a-b-c");
    private static final List<String> INVALID = List.of("", "-a", "a-", "_a", "a_", "a___b", "a..b", "a._b", "a_.b",
            "a__", "__a", "A", "a b", "a/b", "a:b", "a-_b", "a.-b", "a" + "b".repeat(255));

    @Test
    void theGrammarAcceptsDoubleUnderscoresAndDashRunsAndNothingElseNew() {
        assertThat(VALID).allMatch(RepositoryList::isName);
        assertThat(INVALID).noneMatch(RepositoryList::isName);
        assertThat(RepositoryList.isName("a" + "b".repeat(254))).as("255 characters").isTrue();
    }

    @Test
    void theOwnersListWithSuchNamesIsSavedAndTheFileAcceptsThem() throws Exception {
        Onboarding o = Onboarding.begin("acme");
        o.setExpectedRepositories(List.of("my__repo", "my--repo", "web"));
        assertThat(o.expectedRepositories()).containsExactly("my__repo", "my--repo", "web");

        assertThat(RepositoryList.parse("acme", List.of("acme/my__repo", "my--repo", "a---b")))
                .containsExactly("my__repo", "my--repo", "a---b");
        assertThatThrownBy(() -> RepositoryList.parse("acme", List.of("web", "my___repo")))
                .isInstanceOf(RepositoryList.BadLine.class).hasMessageContaining("line 2");
    }

    @Test
    void checkRepositoriesAcceptsThemBeforeAnyRequest() throws Exception {
        Path file = dir.resolve("repos.txt");
        Files.writeString(file, "acme/my__repo\nmy--repo\n");
        CheckCapture run = new CheckCapture();
        // Nothing listens on port 9: a refused line would be exit 2; accepted, the test goes on and cannot connect.
        run.run("dckr_pat_abcdefghijklmnopqrstuvwxyz0\n", (org, user) -> null, List.of("--org", "acme",
                "--username", "scanner", "--token-stdin", "--repositories", file.toString(), "--hub-url",
                "http://127.0.0.1:9", "--registry-url", "http://127.0.0.1:9"));
        assertThat(run.exitCode).as(run.stderr).isEqualTo(3);
        assertThat(run.stderr).doesNotContain("--repositories");
    }

    /** Reads of the name's characters: a matcher that backtracks reads some of them many times over. */
    private static final class CountingName implements CharSequence {
        private final String s;
        long reads;

        CountingName(String s) {
            this.s = s;
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return s.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return s.subSequence(start, end);
        }

        @Override
        public String toString() {
            return s;
        }
    }

    @Test
    void theWorkGrowsLinearlyWithTheLengthWhateverTheText() {
        // Near misses of every separator at the maximum length and at ten times it.
        for (int n : new int[] {255, 2550}) {
            for (String unit : List.of("a-", "a--", "a_", "a__", "a.", "a_-", "ab")) {
                String text = unit.repeat(n / unit.length()) + "!";
                CountingName name = new CountingName(text);
                assertThat(RepositoryList.grammar(name)).isFalse();
                assertThat(name.reads).as(unit + " × " + n).isLessThanOrEqualTo(4L * text.length());
            }
        }
    }
}
