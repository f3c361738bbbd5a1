package dev.hubonboard.onboarding;

import dev.hubonboard.onboarding.Problem.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationTest {

    // ---- organization ----

    @ParameterizedTest
    @ValueSource(strings = {"contoso", "ab", "contoso2024", "my-org", "my_org", "a1-b2_c3", "  contoso  "})
    void goodOrganizationNames(String name) {
        assertThat(Validation.organization(name).isClean()).as(name).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|Organization name: enter the organization's name as shown in Docker Hub.",
            "Contoso|Organization name: organization names are lowercase in Docker Hub; type it in lowercase.",
            "owner@contoso.com|Organization name: enter the organization's name (its namespace in Docker Hub), not an e-mail address.",
            "con toso|Organization name: use only lowercase letters, digits, '-' and '_' (no spaces or '/').",
            "Acme Corp|Organization name: use only lowercase letters, digits, '-' and '_' (no spaces or '/').",
            "contoso/app|Organization name: use only lowercase letters, digits, '-' and '_' (no spaces or '/').",
            "con.toso|Organization name: use only lowercase letters, digits, '-' and '_' (no spaces or '/').",
            "a|Organization name: must be 2 to 255 characters long.",
            "-contoso|Organization name: must start and end with a letter or digit.",
            "contoso_|Organization name: must start and end with a letter or digit.",
    })
    void badOrganizationNames(String name, String message) {
        Verdict v = Validation.organization(name);
        assertThat(v.isAcceptable()).isFalse();
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(Field.ORGANIZATION);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).isEqualTo(message);
        });
    }

    @Test
    void organizationNameOver255IsRefused() {
        assertThat(Validation.organization("a".repeat(256)).first().orElseThrow().message())
                .isEqualTo("Organization name: must be 2 to 255 characters long.");
        assertThat(Validation.organization("a".repeat(255)).isClean()).isTrue();
        assertThat(Validation.organization(null).isAcceptable()).isFalse();
    }

    // ---- Docker ID ----

    @ParameterizedTest
    @ValueSource(strings = {"abcd", "contososcanner", "scanner2024", "a23456789012345678901234567890", " scanner "})
    void goodDockerIds(String id) {
        assertThat(Validation.dockerId(id).isClean()).as(id).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|Docker ID: enter the dedicated user's Docker ID (the user name shown in Docker Hub).",
            "scanner@contoso.com|Docker ID: enter the Docker ID, not e-mail: the user name shown in Docker Hub under the account menu.",
            "ContosoScanner|Docker ID: Docker IDs are lowercase; type it in lowercase.",
            "contoso-scanner|Docker ID: use only lowercase letters and digits (no spaces, '-', '_' or '.').",
            "contoso_scanner|Docker ID: use only lowercase letters and digits (no spaces, '-', '_' or '.').",
            "contoso scanner|Docker ID: use only lowercase letters and digits (no spaces, '-', '_' or '.').",
            "abc|Docker ID: must be 4 to 30 characters long.",
            "a234567890123456789012345678901|Docker ID: must be 4 to 30 characters long.",
    })
    void badDockerIds(String id, String message) {
        Verdict v = Validation.dockerId(id);
        assertThat(v.isAcceptable()).isFalse();
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(Field.DOCKER_ID);
            assertThat(p.severity()).isEqualTo(Severity.ERROR);
            assertThat(p.message()).isEqualTo(message);
        });
    }

    @Test
    void anEmailInTheDockerIdFieldSaysDockerIdNotEmail() {
        assertThat(Validation.dockerId("Scanner@Contoso.com").first().orElseThrow().message()).contains("Docker ID, not e-mail");
    }

    // ---- e-mail ----

    @ParameterizedTest
    @ValueSource(strings = {"docker-scanner@contoso.com", "a.b+hub@mail.contoso.co.uk", "X@contoso.io", " scanner@contoso.com "})
    void goodOrganizationEmails(String address) {
        assertThat(Validation.email(address).isClean()).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"scanner", "scanner@", "@contoso.com", "scanner@contoso", "scan ner@contoso.com",
            "scanner@@contoso.com", ".scanner@contoso.com", "scanner@contoso..com", "scanner@-contoso.com"})
    void badEmailSyntax(String address) {
        Verdict v = Validation.email(address);
        assertThat(v.isAcceptable()).as(address).isFalse();
        assertThat(v.first().orElseThrow().message())
                .isEqualTo("E-mail address: \"" + address + "\" is not a valid e-mail address; it should look like name@yourcompany.com.");
    }

    @Test
    void emptyEmail() {
        assertThat(Validation.email("").first().orElseThrow().message())
                .isEqualTo("E-mail address: enter the dedicated user's organization e-mail address.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me",
            "gmx.de", "gmx.net", "GMAIL.COM", "yahoo.co.uk", "hotmail.fr", "protonmail.com"})
    void freeMailIsAWarningNotAnError(String domain) {
        Verdict v = Validation.email("someone@" + domain);
        assertThat(v.isAcceptable()).isTrue();
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.message()).isEqualTo("E-mail address: " + domain.toLowerCase()
                    + " is a free-mail domain; Microsoft asks for an organization address for the dedicated user "
                    + "(for example docker-scanner@yourcompany.com).");
        });
    }

    @Test
    void lookalikeDomainsAreNotFreeMail() {
        assertThat(Validation.email("scanner@gmailer.com").isClean()).isTrue();
        assertThat(Validation.email("scanner@contoso-gmx.com").isClean()).isTrue();
    }

    // ---- token ----

    @ParameterizedTest
    @ValueSource(strings = {"dckr_pat_abcdefghijABCDEFGHIJ1234567", "dckr_pat_" + "aZ09_-aZ09_-aZ09_-aZ", "  dckr_pat_abcdefghijABCDEFGHIJ1234567\n"})
    void goodPersonalAccessTokens(String token) {
        assertThat(Validation.token(token).isClean()).isTrue();
        assertThat(Validation.trim(token)).startsWith("dckr_pat_").doesNotEndWith("\n");
    }

    @Test
    void organizationAccessTokenIsRefused() {
        Verdict v = Validation.token("dckr_oat_abcdefghijABCDEFGHIJ12345");
        assertThat(v.isAcceptable()).isFalse();
        assertThat(v.first().orElseThrow().message()).isEqualTo("Access token: an organization access token cannot be "
                + "used here: the connector needs the dedicated user's personal access token.");
    }

    @Test
    void passwordLikeInputIsAWarning() {
        Verdict v = Validation.token("Summer2026!");
        assertThat(v.isAcceptable()).isTrue();
        assertThat(v.warnings()).singleElement().extracting(Problem::message).isEqualTo("Access token: this looks like "
                + "a password, not a personal access token. Sign in as the dedicated user and create a Read-only personal access token.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dckr_pat_short", "dckr_pat_abcdefghijABCDEFGHIJ12345678901234567890x", "dckr_pat_abcdefghij!BCDEFGHIJ1234567"})
    void personalAccessTokenOfUnexpectedShapeIsAWarning(String token) {
        Verdict v = Validation.token(token);
        assertThat(v.isAcceptable()).isTrue();
        assertThat(v.warnings()).singleElement().extracting(Problem::message).isEqualTo("Access token: a personal "
                + "access token is usually dckr_pat_ followed by 20 to 40 letters, digits, '-' or '_'; check that it was copied in full.");
    }

    @Test
    void emptyOrBrokenTokenIsAnError() {
        assertThat(Validation.token("  ").first().orElseThrow().message())
                .isEqualTo("Access token: paste the dedicated user's personal access token (it starts with dckr_pat_).");
        assertThat(Validation.token("dckr_pat_abcdefghij ABCDEFGHIJ1234567").first().orElseThrow().message())
                .isEqualTo("Access token: contains spaces or line breaks; copy the token again in one piece.");
    }

    @Test
    void tokenMessagesNeverContainTheToken() {
        for (String token : new String[]{"dckr_oat_SECRETSECRETSECRET12345", "dckr_pat_SECRET", "SECRETpassword", "dckr_pat_SEC RET"}) {
            Verdict v = Validation.token(token);
            assertThat(v.toString()).doesNotContain("SECRET");
            v.problems().forEach(p -> assertThat(p.message()).doesNotContain("SECRET"));
        }
    }

    // ---- invitee ----

    @Test
    void inviteeIsAnEmailOrADockerId() {
        assertThat(Validation.invitee("scanner@contoso.com").isClean()).isTrue();
        assertThat(Validation.invitee("contososcanner").isClean()).isTrue();
        assertThat(Validation.invitee("scanner@gmail.com").warnings()).singleElement()
                .extracting(Problem::message).asString().startsWith("Invitee: gmail.com is a free-mail domain");
        assertThat(Validation.invitee("Contoso-Scanner").first().orElseThrow().message()) // both faults named
                .isEqualTo("Invitee: use only lowercase letters and digits (no spaces, '-', '_' or '.').");
        assertThat(Validation.invitee("ContosoScanner").first().orElseThrow().message())
                .isEqualTo("Invitee: Docker IDs are lowercase; type it in lowercase.");
        assertThat(Validation.invitee("scanner@contoso").first().orElseThrow().message())
                .isEqualTo("Invitee: \"scanner@contoso\" is not a valid e-mail address; it should look like name@yourcompany.com.");
        assertThat(Validation.invitee("").first().orElseThrow().message())
                .isEqualTo("Invitee: enter the dedicated user's organization e-mail address or Docker ID.");
    }

    @Test
    void inviteeRecordValidatesAndPrefersTheEmailForTheInvite() {
        assertThat(new Invitee("scanner@contoso.com", "contososcanner").inviteAs()).isEqualTo("scanner@contoso.com");
        assertThat(Invitee.byDockerId(" contososcanner ").inviteAs()).isEqualTo("contososcanner");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Invitee(" ", null))
                .hasMessage("Invitee: enter the dedicated user's organization e-mail address or Docker ID.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Invitee.byDockerId("scanner@contoso.com"))
                .hasMessageContaining("Docker ID, not e-mail");
    }
}
