package dev.hubonboard.hub;

import dev.hubonboard.net.RateLimitedException;
import dev.hubonboard.net.UnreachableException;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HubRepositoriesTest extends HubServerTest {

    /** Shaped like the spec's example for listNamespaceRepositories. */
    private static String repo(String name, boolean isPrivate) {
        return "{\"name\":\"" + name + "\",\"namespace\":\"acme\",\"repository_type\":\"image\",\"status\":1,"
                + "\"status_description\":\"active\",\"description\":\"Image for performing Docker build requests\","
                + "\"is_private\":" + isPrivate + ",\"star_count\":7,\"pull_count\":15722123,"
                + "\"last_updated\":\"2023-06-20T10:44:45.459826Z\",\"last_modified\":\"2024-10-16T13:48:34.145251Z\","
                + "\"date_registered\":\"2015-05-19T21:13:35.937763Z\",\"affiliation\":\"\","
                + "\"media_types\":[\"application/vnd.docker.container.image.v1+json\"],\"content_types\":[\"image\"],"
                + "\"categories\":[{\"name\":\"Languages & frameworks\",\"slug\":\"languages-and-frameworks\"}],"
                + "\"storage_size\":488723114800}";
    }

    private static String page(String next, String... repos) {
        return "{\"count\":287,\"next\":" + (next == null ? "null" : "\"" + next + "\"") + ",\"previous\":null,"
                + "\"results\":[" + String.join(",", repos) + "]}";
    }

    @Test
    void repositoriesFollowAbsoluteNextOverThreePages() throws Exception {
        enqueue(200, page(url("/v2/namespaces/acme/repositories?page=2&page_size=100"), repo("api", true)));
        enqueue(200, page(url("/v2/namespaces/acme/repositories?page=3&page_size=100"), repo("web", false)));
        enqueue(200, page(null, repo("worker", true)));

        List<Repository> repos = client.repositories(TOKEN, "acme");

        assertThat(repos).extracting(Repository::name).containsExactly("api", "web", "worker");
        Repository first = repos.getFirst();
        assertThat(first.isPrivate()).isTrue();
        assertThat(first.namespace()).isEqualTo("acme");
        assertThat(first.fullName()).isEqualTo("acme/api");
        assertThat(first.lastUpdated()).isEqualTo(Instant.parse("2023-06-20T10:44:45.459826Z"));
        assertThat(first.pullCount()).isEqualTo(15722123L);
        assertThat(repos.get(1).isPrivate()).isFalse();

        RecordedRequest r1 = takeAuthorized("GET", "/v2/namespaces/acme/repositories");
        assertThat(r1.getUrl().queryParameter("page_size")).isEqualTo("100");
        assertThat(takeAuthorized("GET", "/v2/namespaces/acme/repositories").getUrl().queryParameter("page"))
                .isEqualTo("2");
        assertThat(takeAuthorized("GET", "/v2/namespaces/acme/repositories").getUrl().queryParameter("page"))
                .isEqualTo("3");
    }

    @Test
    void notFoundPastTheLastPageEndsTheListing() throws Exception {
        enqueue(200, page(url("/v2/namespaces/acme/repositories?page=2&page_size=100"), repo("api", true)));
        enqueue(404, "{\"detail\":\"Not found\"}");

        assertThat(client.repositories(TOKEN, "acme")).extracting(Repository::name).containsExactly("api");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void nextOnAnotherHostIsRefusedAndTheTokenStaysHome() {
        enqueue(200, page("https://evil.example/v2/namespaces/acme/repositories?page=2", repo("api", true)));

        assertThatThrownBy(() -> client.repositories(TOKEN, "acme"))
                .isInstanceOfSatisfying(UnexpectedResponseException.class,
                        e -> assertThat(e.getMessage()).contains("evil.example").contains("does not send the login"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void nextOnAnotherPortOrSchemeIsRefused() {
        var base = server.url("/");
        enqueue(200, page("http://" + base.host() + ":" + (base.port() + 1) + "/v2/x?page=2", repo("a", true)));
        enqueue(200, page("https://" + base.host() + ":" + base.port() + "/v2/x?page=2", repo("a", true)));

        assertThatThrownBy(() -> client.repositories(TOKEN, "acme")).isInstanceOf(UnexpectedResponseException.class);
        assertThatThrownBy(() -> client.repositories(TOKEN, "acme")).isInstanceOf(UnexpectedResponseException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void relativeNextIsResolvedAgainstTheBase() throws Exception {
        enqueue(200, page("/v2/namespaces/acme/repositories?page=2&page_size=100", repo("api", true)));
        enqueue(200, page(null, repo("web", true)));

        assertThat(client.repositories(TOKEN, "acme")).hasSize(2);
    }

    @Test
    void pagesAreBounded() {
        HubClient bounded = new HubClient(transport, server.url("/"), 3);
        for (int i = 2; i <= 5; i++) {
            enqueue(200, page(url("/v2/namespaces/acme/repositories?page=" + i), repo("r" + i, true)));
        }

        assertThatThrownBy(() -> bounded.repositories(TOKEN, "acme"))
                .isInstanceOfSatisfying(UnexpectedResponseException.class,
                        e -> assertThat(e.getMessage()).contains("more than 3 pages"));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aNextLinkPointingBackIsALoop() {
        enqueue(200, page(url("/v2/namespaces/acme/repositories?page=2"), repo("a", true)));
        enqueue(200, page(url("/v2/namespaces/acme/repositories?page=2"), repo("b", true)));

        assertThatThrownBy(() -> client.repositories(TOKEN, "acme"))
                .isInstanceOfSatisfying(UnexpectedResponseException.class,
                        e -> assertThat(e.getMessage()).contains("link back"));
    }

    @Test
    void serverErrorOnAGetIsRetried() throws Exception {
        enqueue(503, "<html><head><title>503 Service Temporarily Unavailable</title></head></html>");
        enqueue(200, page(null, repo("api", true)));

        assertThat(client.repositories(TOKEN, "acme")).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void persistentServerErrorIsUnreachable() {
        for (int i = 0; i < 3; i++) {
            enqueue(500, "{\"detail\":\"boom\"}");
        }

        assertThatThrownBy(() -> client.repositories(TOKEN, "acme"))
                .isInstanceOfSatisfying(UnreachableException.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void rateLimitPassesThrough() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "7200").body("slow down")
                .build());

        assertThatThrownBy(() -> client.repositories(TOKEN, "acme"))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).hasHours(2));
    }

    @Test
    void tagsFirstPageOnly() throws Exception {
        enqueue(200, "{\"count\":40,\"next\":\"" + url("/v2/namespaces/acme/repositories/api/tags?page=2") + "\","
                + "\"previous\":null,\"results\":[{\"id\":1,\"creator\":7,\"last_updated\":\"2021-01-05T21:06:53.506400Z\","
                + "\"last_updater\":7,\"last_updater_username\":\"moby\",\"name\":\"latest\",\"repository\":9,"
                + "\"full_size\":2048,\"v2\":\"true\",\"status\":\"active\","
                + "\"tag_last_pulled\":\"2021-01-06T00:00:00Z\",\"tag_last_pushed\":\"2021-01-05T21:06:53.506400Z\","
                + "\"images\":[{\"architecture\":\"amd64\"}]},{\"name\":\"v1\",\"last_updated\":null}]}");

        List<Tag> tags = client.tags(TOKEN, "acme", "api", 5);

        assertThat(tags).extracting(Tag::name).containsExactly("latest", "v1");
        assertThat(tags.getFirst().lastUpdated()).isEqualTo(Instant.parse("2021-01-05T21:06:53.506400Z"));
        assertThat(tags.getFirst().fullSize()).isEqualTo(2048);
        assertThat(tags.get(1).lastUpdated()).isNull();
        RecordedRequest r = takeAuthorized("GET", "/v2/namespaces/acme/repositories/api/tags");
        assertThat(r.getUrl().queryParameter("page_size")).isEqualTo("5");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void tagPageSizeIsKeptWithinDockersLimit() throws Exception {
        enqueue(200, "{\"count\":0,\"next\":null,\"results\":[]}");

        assertThat(client.tags(TOKEN, "acme", "api", 500)).isEmpty();

        assertThat(take().getUrl().queryParameter("page_size")).isEqualTo("100");
    }

    @Test
    void unknownRepositoryIsNotFound() {
        enqueue(404, "{\"message\":\"object not found\",\"errinfo\":{}}");

        assertThatThrownBy(() -> client.tags(TOKEN, "acme", "nope", 10))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.detail()).isEqualTo("object not found"));
    }
}
