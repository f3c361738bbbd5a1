package dev.hubonboard.cli;

import dev.hubonboard.cli.CheckCommand.UsageException;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where {@code --token-stdin} reads the token: from a pipe, one line as it comes; typed at a terminal, without echo
 * (so it is not left on the screen, in a screen recording or in the terminal's scroll-back).
 */
final class TokenInput {
    private TokenInput() {
    }

    /** Whether standard input is a person at a terminal, and how to read from it without echo. */
    interface Terminal {
        boolean interactive();

        /** One line typed without echo, or null at the end of input. */
        char[] readHidden(String prompt);

        /** Never a terminal: what tests and every input other than the process's own standard input get. */
        Terminal NONE = new Terminal() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public char[] readHidden(String prompt) {
                throw new IllegalStateException("not a terminal");
            }
        };

        /** This process's console when standard input and output are a terminal ({@link Console#isTerminal}). */
        static Terminal system() {
            Console console = System.console();
            if (console == null || !console.isTerminal()) {
                return NONE;
            }
            return new Terminal() {
                @Override
                public boolean interactive() {
                    return true;
                }

                @Override
                public char[] readHidden(String prompt) {
                    return console.readPassword("%s", prompt);
                }
            };
        }

        /** Only the process's own standard input can be the terminal. */
        static Terminal of(InputStream stdin) {
            return stdin == System.in ? system() : NONE;
        }
    }

    /**
     * The token: trimmed, one line.
     *
     * @param option the option to name in a message ({@code --token-stdin})
     */
    static String read(InputStream stdin, Terminal terminal, String option) throws UsageException {
        String line;
        if (terminal.interactive()) {
            char[] typed = terminal.readHidden("Token (input hidden): ");
            line = typed == null ? null : new String(typed);
            if (typed != null) {
                Arrays.fill(typed, '\0');
            }
        } else {
            try {
                // Read as bytes, so a pipe needs no terminal setting at all.
                line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                throw new UsageException(option + ": standard input could not be read.");
            }
        }
        if (line == null || line.isBlank()) {
            throw new UsageException(option + ": no token on standard input; pipe the token in, "
                    + "for example from a secret manager, or type it when asked.");
        }
        return line.strip();
    }
}
