package dev.hubonboard.reliability;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What a message shown to a user must never look like. */
final class Messages {
    /** Class names, stack frames, markup: the signs of a message written for a developer, not a user. */
    private static final Pattern JUNK = Pattern.compile(
            "[A-Z][A-Za-z]*(Exception|Error)\\b|\\bat [a-z]+\\.[a-z]|\\bjava\\.[a-z]|okhttp3\\.|okio\\.|</?[a-zA-Z]+[ >]"
                    + "|\\{\\s*\"|\\bnull\\b");

    private Messages() {
    }

    static void assertPlain(String where, String message) {
        assertThat(message).as(where + ": message").isNotBlank();
        assertThat(message).as(where + ": message is one paragraph").doesNotContain("\n");
        assertThat(message.length()).as(where + ": message length").isLessThan(700);
        assertThat(JUNK.matcher(message).find()).as(where + ": developer junk in \"" + message + "\"").isFalse();
    }
}
