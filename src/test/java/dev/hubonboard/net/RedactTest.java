package dev.hubonboard.net;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The one redaction (issue 20, items 3 and 8): mask first, then shorten; a server's words made printable. */
class RedactTest {
    private static final String PASSWORD = "Pa55-SECRET-password-4711";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJTRUNSRVQifQ.U0VDUkVUc2ln";

    @Test
    void aSecretStraddlingTheCutIsMaskedWholeBeforeTheTextIsShortened() {
        // The cut at 60 falls in the middle of each secret: shortened first, neither half would be recognised.
        String padding = "x".repeat(50);
        for (String secret : List.of(PASSWORD, JWT)) {
            String text = padding + " " + secret + " tail";
            String out = Redact.forPeople(text, 60, List.of(PASSWORD));
            assertThat(out).as(secret).startsWith(padding + " ***").doesNotContain(secret.substring(0, 8))
                    .doesNotContain(secret.substring(secret.length() - 8));
            assertThat(out.length()).isLessThanOrEqualTo(60);
        }
    }

    @Test
    void shorteningCutsAtTheLimitWithAnEllipsisAndNeverInsideACharacter() {
        assertThat(Redact.shortened("abcdef", 6)).isEqualTo("abcdef");
        assertThat(Redact.shortened("abcdefg", 6)).isEqualTo("abcde…");
        assertThat(Redact.shortened("abcd\uD83D\uDE00xyz", 6)).isEqualTo("abcd…"); // the emoji is not halved
    }

    @Test
    void secretsAreMaskedLongestFirstAndShortOnesAreLeftAlone() {
        assertThat(Redact.secrets("user:Pa55-SECRET and Pa55-SECRET", List.of("Pa55-SECRET", "user:Pa55-SECRET")))
                .isEqualTo("*** and ***");
        assertThat(Redact.secrets("a t in text", List.of("t"))).isEqualTo("a t in text");
        assertThat(Redact.secrets("see dckr_pat_abcDEF123_-x here", List.of())).isEqualTo("see *** here");
    }

    @Test
    void printableRemovesEscapeSequencesAndControlCharacters() {
        String hostile = "denied\u001B[2J\u001B[31mRED\u001B[0m\r\u0007over\u001B]0;title\u0007 \u009B31mC1 "
                + "\u202Egnp.exe\nnext\tcol\u007F";
        String out = Redact.printable(hostile);
        assertThat(out).isEqualTo("deniedRED over C1 gnp.exe next col");
        assertThat(out.chars()).noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x202E);
    }

    @Test
    void forPeopleStripsThenMasksThenShortens() {
        // A BEL inside a token would hide it from the mask if the mask ran first.
        String out = Redact.forPeople("bad dckr_pat_abc\u0007DEF123 end", 100, List.of());
        assertThat(out).isEqualTo("bad *** end");
    }
}
