package dev.hubonboard.hub;

import dev.hubonboard.net.ServiceException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The Hub's error words in a message (issue 20, item 8): masked before they are shortened, so no part of a secret
 * that straddles the cut survives, and without control characters.
 */
class ServerWordsTest extends HubServerTest {
    private static final String PASSWORD = "Pa55-SECRET-password-4711";

    @Test
    void aPasswordEchoedAcrossTheCutIsMaskedWhole() {
        // The detail is quoted up to 300 characters: put the password across character 300.
        String before = "x".repeat(300 - 10);
        enqueue(401, "{\"detail\":\"" + before + " " + PASSWORD + " and more\"}");
        ServiceException e = assertThrows(BadCredentialsException.class,
                () -> client.createAccessToken("alice", PASSWORD));
        for (String shown : new String[] {e.getMessage(), e.detail()}) {
            assertThat(shown).contains(before + " ***").doesNotContain("Pa55-SEC").doesNotContain("Pa55");
        }
        assertThat(e.detail().length()).isLessThanOrEqualTo(300);
    }

    @Test
    void escapeSequencesInTheDetailDoNotReachTheMessage() {
        enqueue(403, "{\"detail\":\"no\\u001b[2J\\u001b[31m access\\r\\u0007here\"}");
        ServiceException e = assertThrows(ForbiddenException.class, () -> client.members(TOKEN, "acme", null));
        assertThat(e.getMessage()).contains("no access here").doesNotContain("\u001b").doesNotContain("\r")
                .doesNotContain("\u0007");
        assertThat(e.detail()).isEqualTo("no access here");
    }
}
