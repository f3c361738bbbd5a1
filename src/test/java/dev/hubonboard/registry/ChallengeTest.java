package dev.hubonboard.registry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChallengeTest {
    @Test
    void readsDockerHubsChallenge() {
        assertThat(Challenge.parse("Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\""))
                .contains(new Challenge("https://auth.docker.io/token", "registry.docker.io"));
    }

    @Test
    void toleratesCaseSpacesUnquotedValuesAndExtraParameters() {
        assertThat(Challenge.parse("bearer  Service=registry.example , REALM=\"https://a.example/t?x=1,2\", scope=\"repository:a/b:pull\""))
                .contains(new Challenge("https://a.example/t?x=1,2", "registry.example"));
    }

    @Test
    void refusesOtherSchemesAndMissingRealm() {
        assertThat(Challenge.parse("Basic realm=\"x\"")).isEmpty();
        assertThat(Challenge.parse("Bearer service=\"registry.docker.io\"")).isEmpty();
        assertThat(Challenge.parse(null)).isEmpty();
        assertThat(Challenge.parse("Bearer")).isEmpty();
    }

    @Test
    void unescapesQuotedPairs() {
        assertThat(Challenge.parse("Bearer realm=\"https://h/t\\\"q\"")).map(Challenge::realm).contains("https://h/t\"q");
    }
}
