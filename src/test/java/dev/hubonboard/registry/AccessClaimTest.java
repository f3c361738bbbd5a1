package dev.hubonboard.registry;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AccessClaimTest {
    static String jwt(String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Test
    void readsGrantedActionsPerRepository() {
        String token = jwt("{\"access\":[{\"type\":\"repository\",\"name\":\"acme/web\",\"actions\":[\"pull\"]},"
                + "{\"type\":\"repository\",\"name\":\"acme/db\",\"actions\":[]}]}");
        assertThat(AccessClaim.read(token)).contains(Map.of("acme/web", Set.of("pull"), "acme/db", Set.of()));
    }

    @Test
    void missingAccessClaimGrantsNothing() {
        assertThat(AccessClaim.read(jwt("{\"sub\":\"x\"}"))).contains(Map.of());
    }

    @Test
    void notAJwtIsEmpty() {
        assertThat(AccessClaim.read("abc")).isEmpty();
        assertThat(AccessClaim.read("a.!!!.c")).isEmpty();
        assertThat(AccessClaim.read("a." + Base64.getUrlEncoder().encodeToString("[1,".getBytes()) + ".c")).isEmpty();
    }
}
