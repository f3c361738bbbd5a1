package dev.hubonboard.sandbox;

import dev.hubonboard.check.CheckListener;
import dev.hubonboard.check.CheckTarget;
import dev.hubonboard.check.ConnectionTest;
import dev.hubonboard.check.Report;
import dev.hubonboard.net.BaseUrl;
import dev.hubonboard.net.HttpSettings;
import dev.hubonboard.net.HttpTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scenarios' set-ups on one practice Hub, as the practice panel uses them: each from whatever state the one
 * before left, and hub-down as closed ports that open again.
 */
class HubScenarioTest {
    private final PracticeHub hub = PracticeHub.start();
    private final HttpTransport transport = new HttpTransport(new HttpSettings(Duration.ofSeconds(5),
            Duration.ofSeconds(15), 2, Duration.ofMillis(10), Duration.ofSeconds(60)), d -> { }, Clock.systemUTC());

    @AfterEach
    void close() {
        hub.close();
    }

    private Report test(HubScenario.Setup setup) {
        return new ConnectionTest(transport, BaseUrl.parse("hub", hub.hubUrl().toString()),
                BaseUrl.parse("registry", hub.registryUrl().toString()))
                .run(new CheckTarget(hub.org(), hub.dedicatedUsername(), setup.token(), setup.expected()),
                        new CheckListener() {
                        });
    }

    @Test
    void eachScenarioGivesItsExitCodeWhateverTheOneBeforeLeft() {
        List<HubScenario> order = new ArrayList<>(List.of(HubScenario.values()));
        order.addAll(List.of(HubScenario.values()).reversed());
        order.addAll(List.of(HubScenario.NOT_MEMBER, HubScenario.PENDING_INVITE, HubScenario.READY,
                HubScenario.HUB_DOWN, HubScenario.LISTING_REFUSED, HubScenario.READY));
        for (HubScenario s : order) {
            assertThat(test(s.setUp(hub)).exitCode()).as(s.word()).isEqualTo(s.exitCode());
        }
    }

    @Test
    void hubDownClosesThePortsAndAnotherScenarioOpensThemAgainAtTheSameAddress() throws Exception {
        URI hubUrl = hub.hubUrl();
        HubScenario.HUB_DOWN.setUp(hub);
        assertThat(hub.isOffline()).isTrue();
        for (URI uri : List.of(hub.hubUrl(), hub.registryUrl(), hub.authUrl())) {
            assertThatThrownBy(() -> new Socket(uri.getHost(), uri.getPort()).close()).as(uri.toString())
                    .isInstanceOf(ConnectException.class);
        }
        HubScenario.READY.setUp(hub);
        assertThat(hub.isOffline()).isFalse();
        assertThat(hub.hubUrl()).isEqualTo(hubUrl);
        try (Socket s = new Socket(hubUrl.getHost(), hubUrl.getPort())) {
            assertThat(s.isConnected()).isTrue();
        }
    }

    @Test
    void pendingInviteLeavesOneInviteAndNoMembershipNotMemberNeither() {
        HubScenario.READY.setUp(hub);
        HubScenario.PENDING_INVITE.setUp(hub);
        HubScenario.PENDING_INVITE.setUp(hub);
        assertThat(hub.isDedicatedUserMember()).isFalse();
        assertThat(hub.pendingInvites()).isEqualTo(1);
        HubScenario.NOT_MEMBER.setUp(hub);
        assertThat(hub.isDedicatedUserMember()).isFalse();
        assertThat(hub.pendingInvites()).isZero();
    }

    @Test
    void aSetUpNamesNoTokenWhenPrinted() {
        HubScenario.Setup setup = HubScenario.READY.setUp(hub);
        assertThat(setup.token()).startsWith("dckr_pat_");
        assertThat(setup.toString()).doesNotContain(setup.token()).contains("redacted");
    }

    @Test
    void namesAreTheCommandLineWords() {
        assertThat(HubScenario.of("public-token")).contains(HubScenario.PUBLIC_TOKEN);
        assertThat(HubScenario.of("PUBLIC_TOKEN")).isEmpty();
        assertThat(HubScenario.words()).startsWith("ready", "public-token", "not-member", "read-write",
                "pending-invite");
    }
}
