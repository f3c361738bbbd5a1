package dev.hubonboard.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code --token-stdin} (issue 20, item 8): typed at a terminal the token is read without echo; from a pipe, one
 * line, as before. The terminal is a stand-in: what can be tested is the choice and the pipe path.
 */
class TokenInputTest {
    private static final String TOKEN = "dckr_pat_abcdefghijklmnopqrstuvwxyz0";

    /** A terminal that records its prompts and answers with what the person "typed". */
    private static final class TypedAt implements TokenInput.Terminal {
        final List<String> prompts = new ArrayList<>();
        final String typed;

        TypedAt(String typed) {
            this.typed = typed;
        }

        @Override
        public boolean interactive() {
            return true;
        }

        @Override
        public char[] readHidden(String prompt) {
            prompts.add(prompt);
            return typed == null ? null : typed.toCharArray();
        }
    }

    /** Fails the test if anything reads it: at a terminal the token must come through the no-echo path. */
    private static final InputStream UNTOUCHED = new InputStream() {
        @Override
        public int read() {
            throw new AssertionError("standard input was read directly, with echo");
        }
    };

    private static InputStream pipe(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void atATerminalTheTokenIsReadWithoutEcho() throws Exception {
        TypedAt terminal = new TypedAt("  " + TOKEN + " ");
        assertThat(TokenInput.read(UNTOUCHED, terminal, "--token-stdin")).isEqualTo(TOKEN);
        assertThat(terminal.prompts).containsExactly("Token (input hidden): ");
    }

    @Test
    void fromAPipeTheFirstLineIsTheTokenAsBefore() throws Exception {
        assertThat(TokenInput.read(pipe("  " + TOKEN + "  \nsecond line\n"), TokenInput.Terminal.NONE,
                "--token-stdin")).isEqualTo(TOKEN);
        assertThat(TokenInput.read(pipe(TOKEN), TokenInput.Terminal.NONE, "--token-stdin")).isEqualTo(TOKEN);
        assertThatThrownBy(() -> TokenInput.read(pipe(""), TokenInput.Terminal.NONE, "--token-stdin"))
                .hasMessageStartingWith("--token-stdin: no token on standard input");
        assertThatThrownBy(() -> TokenInput.read(UNTOUCHED, new TypedAt(null), "--token-stdin"))
                .hasMessageStartingWith("--token-stdin: no token on standard input");
    }

    @Test
    void onlyTheProcesssOwnStandardInputCanBeATerminal() {
        assertThat(TokenInput.Terminal.of(pipe(TOKEN)).interactive()).isFalse();
        // Under the test runner standard input is a pipe: the system's answer is "not a terminal" here too.
        assertThat(TokenInput.Terminal.of(System.in).interactive()).isEqualTo(System.console() != null
                && System.console().isTerminal());
    }

    @Test
    void checkTakesTheTerminalPathWhenStandardInputIsOne() {
        TypedAt terminal = new TypedAt(TOKEN);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = new CheckCommand(UNTOUCHED, new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8), (org, user) -> null,
                new CheckCapture()::fastTransport, CheckCommand.ExpectedSource.NONE, terminal)
                .run(List.of("--org", "acme", "--username", "scanner", "--token-stdin", "--hub-url",
                        "http://127.0.0.1:9", "--registry-url", "http://127.0.0.1:9"));
        assertThat(terminal.prompts).hasSize(1);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(3); // read, then nothing listens on 9
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(TOKEN);
    }
}
