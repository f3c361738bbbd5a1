package dev.hubonboard.reliability;

import dev.hubonboard.net.BaseUrl;
import dev.hubonboard.onboarding.Problem;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Verdict;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import okhttp3.HttpUrl;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** The documented rules of every input validator, over thousands of generated inputs. */
class ValidationPropertiesTest {
    static final AtomicLong TRIED = new AtomicLong();

    // ---- generators ----

    /** Anything a user could paste: ASCII, control characters, unicode look-alikes, very long runs. */
    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80),
                Arbitraries.strings().withChars("aZ09@._-+ \t\n/\\\"'ßİıＡ\u200b\u00a0").ofMaxLength(40),
                Arbitraries.strings().ascii().ofMinLength(250).ofMaxLength(400),
                Arbitraries.just(null));
    }

    @Provide
    Arbitrary<String> validDockerIds() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(4).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> validOrganizations() {
        Arbitrary<Character> edge = Arbitraries.chars().range('a', 'z').numeric();
        Arbitrary<String> middle = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("-_")
                .ofMaxLength(253);
        return Combinators.combine(edge, middle, edge).as((a, m, b) -> a + m + b);
    }

    @Provide
    Arbitrary<String> validEmails() {
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("._+-")
                .ofMinLength(1).ofMaxLength(30)
                .filter(s -> !s.startsWith(".") && !s.endsWith(".") && !s.contains(".."));
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> tld = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10);
        return Combinators.combine(local, label, tld).as((l, d, t) -> l + "@" + d + "." + t);
    }

    @Provide
    Arbitrary<String> tokens() {
        Arbitrary<String> prefix = Arbitraries.of("dckr_pat_", "dckr_oat_", "", "dckr_", "DCKR_PAT_", "pat_");
        Arbitrary<String> body = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric()
                .withChars("_-!$ ").ofMinLength(12).ofMaxLength(60);
        Arbitrary<String> padding = Arbitraries.of("", " ", "\n", "\t ", "\r\n");
        return Combinators.combine(padding, prefix, body, padding).as((p, x, b, q) -> p + x + b + q);
    }

    // ---- Docker ID ----

    @Property(tries = 2000)
    void dockerIdNeverThrowsAndOnlyAcceptsTheRule(@ForAll("anything") String input) {
        TRIED.incrementAndGet();
        Verdict v = Validation.dockerId(input);
        assertWellFormed(v);
        if (v.isAcceptable()) {
            assertThat(Validation.trim(input)).matches("[a-z0-9]{4,30}");
        }
    }

    @Property(tries = 1500)
    void anythingWithAtIsRefusedAsDockerIdWithNotEmail(@ForAll("anything") String before,
                                                       @ForAll("anything") String after) {
        TRIED.incrementAndGet();
        String input = (before == null ? "" : before) + "@" + (after == null ? "" : after);
        Verdict v = Validation.dockerId(input);
        assertThat(v.isAcceptable()).isFalse();
        assertThat(v.errors().getFirst().message()).contains("Docker ID, not e-mail");
    }

    @Property(tries = 1500)
    void validDockerIdsAreAcceptedEvenWithSurroundingSpace(@ForAll("validDockerIds") String id,
                                                           @ForAll boolean pad) {
        TRIED.incrementAndGet();
        assertThat(Validation.dockerId(pad ? "  " + id + "\t" : id).isClean()).isTrue();
        assertThat(Validation.invitee(id).isClean()).isTrue();
    }

    // ---- organization ----

    @Property(tries = 2000)
    void organizationNeverThrowsAndOnlyAcceptsTheRule(@ForAll("anything") String input) {
        TRIED.incrementAndGet();
        Verdict v = Validation.organization(input);
        assertWellFormed(v);
        if (v.isAcceptable()) {
            assertThat(Validation.trim(input)).matches("[a-z0-9][a-z0-9_-]{0,253}[a-z0-9]");
        }
        if (input != null && input.contains("@")) {
            assertThat(v.isAcceptable()).isFalse();
        }
    }

    @Property(tries = 1500)
    void validOrganizationsAreAccepted(@ForAll("validOrganizations") String org) {
        TRIED.incrementAndGet();
        assertThat(Validation.organization(org).isClean()).as(org).isTrue();
    }

    // ---- e-mail and invitee ----

    @Property(tries = 2000)
    void emailNeverThrowsAndNeedsAnAt(@ForAll("anything") String input) {
        TRIED.incrementAndGet();
        Verdict v = Validation.email(input);
        assertWellFormed(v);
        if (input == null || !input.contains("@")) {
            assertThat(v.isAcceptable()).isFalse();
        }
    }

    @Property(tries = 1500)
    void generatedEmailsAreAcceptable(@ForAll("validEmails") String email) {
        TRIED.incrementAndGet();
        assertThat(Validation.email(email).isAcceptable()).as(email).isTrue();
        assertThat(Validation.invitee(email).isAcceptable()).as(email).isTrue();
    }

    @Property(tries = 2000)
    void inviteeFollowsEmailOrDockerIdRules(@ForAll("anything") String input) {
        TRIED.incrementAndGet();
        Verdict v = Validation.invitee(input);
        assertWellFormed(v);
        String t = Validation.trim(input);
        if (!t.isEmpty()) {
            Verdict expected = t.contains("@") ? Validation.email(t) : Validation.dockerId(t);
            assertThat(v.isAcceptable()).isEqualTo(expected.isAcceptable());
        }
    }

    // ---- token ----

    @Property(tries = 3000)
    void tokenMessagesNeverContainTheToken(@ForAll("tokens") String token) {
        TRIED.incrementAndGet();
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
    }

    @Property(tries = 1500)
    void anyTokenNeverThrows(@ForAll("anything") String input) {
        TRIED.incrementAndGet();
        Verdict v = Validation.token(input);
        assertWellFormed(v);
        String t = Validation.trim(input);
        if (t.length() >= 8) {
            v.problems().forEach(p -> assertThat(p.message()).doesNotContain(t));
        }
    }

    // ---- BaseUrl ----

    @Provide
    Arbitrary<String> urls() {
        Arbitrary<String> scheme = Arbitraries.of("https://", "http://", "HTTPS://", "ftp://", "", "//", "https:/");
        Arbitrary<String> host = Arbitraries.of("hub.docker.com", "localhost", "LOCALHOST", "127.0.0.1", "127.8.9.1",
                "[::1]", "[::ffff:127.0.0.1]", "10.0.0.1", "0.0.0.0", "cafe", "beef", "1.2.3.4.5", "127.1",
                "localhost.", "evil.localhost", "user:pw@127.0.0.1", "", "ex ample.com", "xn--nxasmq6b.com");
        Arbitrary<String> port = Arbitraries.of("", ":0", ":443", ":8080", ":99999", ":x");
        Arbitrary<String> path = Arbitraries.of("", "/", "/v2/", "/?a=b", "#frag", "/%zz");
        Arbitrary<String> structured = Combinators.combine(scheme, host, port, path).as((a, b, c, d) -> a + b + c + d);
        return Arbitraries.oneOf(structured, structured.map(s -> "  " + s + " "), anything());
    }

    @Property(tries = 3000)
    void baseUrlIsHttpsOrLoopbackOrAFieldNamedRefusal(@ForAll("urls") String url) {
        TRIED.incrementAndGet();
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
    }

    @Property(tries = 1000)
    void namesOtherThanLocalhostAreNeverLoopback(@ForAll("hostNames") String name) {
        TRIED.incrementAndGet();
        // Resolving a name here would be a network call and would let DNS decide where plain http may go.
        assertThat(BaseUrl.isLoopback(name)).as(name).isFalse();
    }

    @Provide
    Arbitrary<String> hostNames() {
        return Arbitraries.strings().withChars("abcdef0123456789.").ofMinLength(1).ofMaxLength(20)
                .filter(s -> !s.matches("[0-9.]+")) // numeric forms are literals, covered above
                .filter(s -> !s.equals("localhost"));
    }

    // ---- shared ----

    static void assertWellFormed(Verdict v) {
        assertThat(v).isNotNull();
        for (Problem p : v.problems()) {
            assertThat(p.message()).isNotBlank();
            assertThat(p.message()).startsWith(p.field().label() + ": ");
        }
    }

    @AfterContainer
    static void summary() {
        Properties.add("validation", TRIED.get());
    }
}
