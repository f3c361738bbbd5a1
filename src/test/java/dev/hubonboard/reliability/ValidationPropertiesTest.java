package dev.hubonboard.reliability;

import dev.hubonboard.net.BaseUrl;
import dev.hubonboard.onboarding.Problem;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Verdict;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static dev.hubonboard.reliability.Gen.DIGITS;
import static dev.hubonboard.reliability.Gen.LOWER;
import static dev.hubonboard.reliability.Gen.UPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The documented rules of every input validator, over thousands of generated inputs (see {@link Gen}). */
class ValidationPropertiesTest {
    static final AtomicLong TRIED = new AtomicLong();

    private static void forAll(String property, int tries, Gen.Property check) {
        Gen.forAll(property, tries, TRIED, check);
    }

    // ---- generators ----

    /** Awkward things to paste: empty, whitespace, separators, quotes, backslashes, look-alikes, very long. */
    private static final String[] TRICKY = {"", " ", "   ", "\t", "\n", "\r\n", "\u00a0", "\u200b", "@", "@@", "a@", "@a",
            "a@b", "a@b.c", "\"", "'", ",", ";", "\\", "\\\\", "\"quoted\"", "a,b", "a b", "null", "\u0000", "\ufeff",
            "İ", "ı", "ß", "Ａｃｍｅ", "😀", "\ud800", "abc\u0301", "x".repeat(1000), " ".repeat(300), "a".repeat(255),
            "a".repeat(256), "@".repeat(100)};

    /** Anything a user could paste: ASCII, control characters, unicode look-alikes, very long runs. */
    static String anything(Gen g) {
        return g.either(
                () -> g.anyString(0, 80),
                () -> g.string(Gen.PRINTABLE_ASCII, 0, 80),
                () -> g.string("aZ09@._-+ \t\n/\\\"'ßİıＡ\u200b\u00a0,", 0, 40),
                () -> g.string(Gen.ASCII, 250, 400),
                () -> g.oneOf(TRICKY),
                () -> null);
    }

    static String validDockerId(Gen g) {
        return g.string(LOWER + DIGITS, 4, 30);
    }

    static String validOrganization(Gen g) {
        String edge = LOWER + DIGITS;
        return g.string(edge, 1, 1) + g.string(LOWER + DIGITS + "-_", 0, 253) + g.string(edge, 1, 1);
    }

    static String validEmail(Gen g) {
        String local = g.filter(() -> g.string(LOWER + DIGITS + "._+-", 1, 30),
                s -> !s.startsWith(".") && !s.endsWith(".") && !s.contains(".."));
        String label = g.string(LOWER + DIGITS, 1, 20);
        String tld = g.string(LOWER, 2, 10);
        return local + "@" + label + "." + tld;
    }

    static String token(Gen g) {
        String padding = g.oneOf("", " ", "\n", "\t ", "\r\n");
        String prefix = g.oneOf("dckr_pat_", "dckr_oat_", "", "dckr_", "DCKR_PAT_", "pat_");
        String body = g.string(LOWER + UPPER + DIGITS + "_-!$ ", 12, 60);
        String trailing = g.oneOf("", " ", "\n", "\t ", "\r\n");
        return padding + prefix + body + trailing;
    }

    // ---- Docker ID ----

    @Test
    void dockerIdNeverThrowsAndOnlyAcceptsTheRule() {
        forAll("dockerIdNeverThrowsAndOnlyAcceptsTheRule", 2000, g -> {
            String input = g.input("input", anything(g));
            Verdict v = Validation.dockerId(input);
            assertWellFormed(v);
            if (v.isAcceptable()) {
                assertThat(Validation.trim(input)).matches("[a-z0-9]{4,30}");
            }
        });
    }

    @Test
    void anythingWithAtIsRefusedAsDockerIdWithNotEmail() {
        forAll("anythingWithAtIsRefusedAsDockerIdWithNotEmail", 1500, g -> {
            String before = g.input("before", anything(g));
            String after = g.input("after", anything(g));
            String input = (before == null ? "" : before) + "@" + (after == null ? "" : after);
            Verdict v = Validation.dockerId(input);
            assertThat(v.isAcceptable()).isFalse();
            assertThat(v.errors().getFirst().message()).contains("Docker ID, not e-mail");
        });
    }

    @Test
    void validDockerIdsAreAcceptedEvenWithSurroundingSpace() {
        forAll("validDockerIdsAreAcceptedEvenWithSurroundingSpace", 1500, g -> {
            String id = g.input("id", validDockerId(g));
            boolean pad = g.input("pad", g.bool());
            assertThat(Validation.dockerId(pad ? "  " + id + "\t" : id).isClean()).isTrue();
            assertThat(Validation.invitee(id).isClean()).isTrue();
        });
    }

    // ---- organization ----

    @Test
    void organizationNeverThrowsAndOnlyAcceptsTheRule() {
        forAll("organizationNeverThrowsAndOnlyAcceptsTheRule", 2000, g -> {
            String input = g.input("input", anything(g));
            Verdict v = Validation.organization(input);
            assertWellFormed(v);
            if (v.isAcceptable()) {
                assertThat(Validation.trim(input)).matches("[a-z0-9][a-z0-9_-]{0,253}[a-z0-9]");
            }
            if (input != null && input.contains("@")) {
                assertThat(v.isAcceptable()).isFalse();
            }
        });
    }

    @Test
    void validOrganizationsAreAccepted() {
        forAll("validOrganizationsAreAccepted", 1500, g -> {
            String org = g.input("org", validOrganization(g));
            assertThat(Validation.organization(org).isClean()).as(org).isTrue();
        });
    }

    // ---- e-mail and invitee ----

    @Test
    void emailNeverThrowsAndNeedsAnAt() {
        forAll("emailNeverThrowsAndNeedsAnAt", 2000, g -> {
            String input = g.input("input", anything(g));
            Verdict v = Validation.email(input);
            assertWellFormed(v);
            if (input == null || !input.contains("@")) {
                assertThat(v.isAcceptable()).isFalse();
            }
        });
    }

    @Test
    void generatedEmailsAreAcceptable() {
        forAll("generatedEmailsAreAcceptable", 1500, g -> {
            String email = g.input("email", validEmail(g));
            assertThat(Validation.email(email).isAcceptable()).as(email).isTrue();
            assertThat(Validation.invitee(email).isAcceptable()).as(email).isTrue();
        });
    }

    @Test
    void inviteeFollowsEmailOrDockerIdRules() {
        forAll("inviteeFollowsEmailOrDockerIdRules", 2000, g -> {
            String input = g.input("input", anything(g));
            Verdict v = Validation.invitee(input);
            assertWellFormed(v);
            String t = Validation.trim(input);
            if (!t.isEmpty()) {
                Verdict expected = t.contains("@") ? Validation.email(t) : Validation.dockerId(t);
                assertThat(v.isAcceptable()).isEqualTo(expected.isAcceptable());
            }
        });
    }

    // ---- token ----

    @Test
    void tokenMessagesNeverContainTheToken() {
        forAll("tokenMessagesNeverContainTheToken", 3000, g -> {
            String token = g.input("token", token(g));
            Verdict v = Validation.token(token);
            assertWellFormed(v);
            String trimmed = token.strip();
            if (trimmed.replaceFirst("^(?i)dckr_(pat|oat)_", "").length() < 8) {
                return; // only a known prefix is left, which messages name on purpose
            }
            for (Problem p : v.problems()) {
                assertThat(p.message()).doesNotContain(trimmed);
                // nor any long piece of it (a message quoting "the first 20 characters" would still leak)
                String body = trimmed.replaceFirst("^dckr_(pat|oat)_", "");
                if (body.length() >= 12) {
                    assertThat(p.message()).doesNotContain(body.substring(0, 12));
                }
            }
            assertThat(v.toString()).doesNotContain(trimmed);
            if (trimmed.startsWith("dckr_oat_")) {
                assertThat(v.isAcceptable()).as("an organization token is refused").isFalse();
            }
        });
    }

    @Test
    void anyTokenNeverThrows() {
        forAll("anyTokenNeverThrows", 1500, g -> {
            String input = g.input("input", anything(g));
            Verdict v = Validation.token(input);
            assertWellFormed(v);
            String t = Validation.trim(input);
            if (t.length() >= 8) {
                v.problems().forEach(p -> assertThat(p.message()).doesNotContain(t));
            }
        });
    }

    // ---- BaseUrl ----

    static String url(Gen g) {
        return g.either(
                () -> structuredUrl(g),
                () -> "  " + structuredUrl(g) + " ",
                () -> anything(g));
    }

    private static String structuredUrl(Gen g) {
        String scheme = g.oneOf("https://", "http://", "HTTPS://", "ftp://", "", "//", "https:/");
        String host = g.oneOf("hub.docker.com", "localhost", "LOCALHOST", "127.0.0.1", "127.8.9.1",
                "[::1]", "[::ffff:127.0.0.1]", "10.0.0.1", "0.0.0.0", "cafe", "beef", "1.2.3.4.5", "127.1",
                "localhost.", "evil.localhost", "user:pw@127.0.0.1", "", "ex ample.com", "xn--nxasmq6b.com");
        String port = g.oneOf("", ":0", ":443", ":8080", ":99999", ":x");
        String path = g.oneOf("", "/", "/v2/", "/?a=b", "#frag", "/%zz");
        return scheme + host + port + path;
    }

    @Test
    void baseUrlIsHttpsOrLoopbackOrAFieldNamedRefusal() {
        forAll("baseUrlIsHttpsOrLoopbackOrAFieldNamedRefusal", 3000, g -> {
            String url = g.input("url", url(g));
            HttpUrl parsed;
            try {
                parsed = BaseUrl.parse("--hub-url", url);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).startsWith("--hub-url: ");
                assertThat(e.getMessage()).doesNotContainPattern("\\p{Cntrl}").hasSizeLessThan(250);
                return;
            } catch (RuntimeException e) {
                fail("BaseUrl.parse(" + url + ") threw " + e);
                return;
            }
            assertThat(parsed.isHttps() || parsed.host().equals("localhost") || parsed.host().startsWith("127.")
                    || parsed.host().equals("::1")).as(url + " -> " + parsed).isTrue();
        });
    }

    @Test
    void namesOtherThanLocalhostAreNeverLoopback() {
        forAll("namesOtherThanLocalhostAreNeverLoopback", 1000, g -> {
            String name = g.input("name", hostName(g));
            // Resolving a name here would be a network call and would let DNS decide where plain http may go.
            assertThat(BaseUrl.isLoopback(name)).as(name).isFalse();
        });
    }

    static String hostName(Gen g) {
        return g.filter(() -> g.string("abcdef0123456789.", 1, 20),
                s -> !s.matches("[0-9.]+") // numeric forms are literals, covered above
                        && !s.equals("localhost"));
    }

    // ---- shared ----

    static void assertWellFormed(Verdict v) {
        assertThat(v).isNotNull();
        for (Problem p : v.problems()) {
            assertThat(p.message()).isNotBlank();
            assertThat(p.message()).startsWith(p.field().label() + ": ");
        }
    }

    @AfterAll
    static void summary() {
        Properties.add("validation", TRIED.get());
    }
}
