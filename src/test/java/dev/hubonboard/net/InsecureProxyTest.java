package dev.hubonboard.net;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An {@code https://} proxy URL with a password (issue 20, item 8): OkHttp cannot speak TLS to a proxy, so it would
 * have been used as a plain-HTTP proxy with the password in clear. It is refused before any request, in words.
 */
class InsecureProxyTest {
    @Test
    void anHttpsProxyWithAPasswordIsRefusedNamingTheVariableAndTheFix() {
        for (String variable : new String[] {"HTTPS_PROXY", "https_proxy"}) {
            Map<String, String> env = Map.of(variable, "https://scanner:s3cret-Pa55@proxy.corp:8443");
            assertThatThrownBy(() -> new ProxySettings(null, env::get))
                    .isInstanceOfSatisfying(ProxySettings.InsecureProxyException.class,
                            e -> assertThat(e.variable()).isEqualTo(variable))
                    .hasMessageStartingWith(variable + " names an https:// proxy with a user name and password")
                    .hasMessageContaining("in clear")
                    .hasMessageContaining(variable + "=http://USER:PASSWORD@proxy.corp:8443")
                    .hasMessageNotContaining("s3cret-Pa55").hasMessageNotContaining("scanner");
        }
        Map<String, String> upper = Map.of("HTTPS_PROXY", "HTTPS://u:p4ssword@proxy.corp");
        assertThatThrownBy(() -> new ProxySettings(null, upper::get))
                .isInstanceOf(ProxySettings.InsecureProxyException.class).hasMessageContaining("proxy.corp:443");
    }

    @Test
    void theStandardTransportRefusesItAsAnArgumentErrorLikeABadTrustStore() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "https://u:p4ssword@proxy.corp:3128");
        assertThatThrownBy(() -> new NetworkSettings(new ProxySettings(null, env::get),
                TrustStores.forThisComputer())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anHttpsProxyWithoutAPasswordAndAnHttpOneWithAPasswordStillWork() {
        Map<String, String> noPassword = Map.of("HTTPS_PROXY", "https://proxy.corp:3128");
        ProxySettings plain = new ProxySettings(null, noPassword::get);
        assertThat(plain.select(URI.create("https://hub.docker.com/v2/"))).containsExactly(
                new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.corp", 3128)));
        assertThat(plain.hasProxyCredentials()).isFalse();

        Map<String, String> http = Map.of("HTTPS_PROXY", "http://u:p4ssword@proxy.corp:3128");
        assertThat(new ProxySettings(null, http::get).hasProxyCredentials()).isTrue();
    }
}
