package dev.hubonboard.ui.wizard.steps;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.OwnerMode;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.StepState;
import dev.hubonboard.onboarding.owner.Finding;
import dev.hubonboard.sandbox.PracticeHub;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Step 1 when Docker Hub lists a private repository whose name is outside Docker's grammar (issue 20, item 8's
 * follow-up): the step still finishes with the names that fit, and says in words how many were left out and why.
 * Before, saving the list threw inside the task's success and the step stayed "in progress" for good.
 */
class NamesOutsideTheGrammarTest {
    /** A space, an upper-case letter, and a terminal escape with a bell: none is a repository name. */
    static final List<String> ODD = List.of("Bad Name", "evil\u001b[31mred\u0007");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    PracticeHub hub;
    MockWebServer front;
    Fixture f;

    @AfterEach
    void tearDown() throws IOException {
        if (f != null) {
            f.close();
        } else if (hub != null) {
            hub.close();
        }
        if (front != null) {
            front.close();
        }
    }

    @Test
    void stepOneFinishesWithTheNamesThatFitAndSaysHowManyWereLeftOutAndWhy() throws Exception {
        hub = PracticeHub.start();
        front = listingWithOddNames(hub);
        f = new Fixture(hub, Endpoints.practice(front.url("/").toString(), hub.registryUrl().toString()), dir);
        f.signIn();
        PrerequisitesModel m = new PrerequisitesModel(f.wizard);
        m.organization.set(hub.org());
        m.owner.mode.set(OwnerMode.ORGANIZATION_ACCESS_TOKEN);
        m.email.set(hub.dedicatedEmail());
        AtomicBoolean advanced = new AtomicBoolean();

        m.proceed(() -> advanced.set(true));

        Onboarding o = f.wizard.onboarding();
        assertThat(o.state(Step.PREREQUISITES).status()).isEqualTo(StepState.Status.DONE);
        assertThat(advanced).isTrue();
        assertThat(o.expectedRepositories()).containsExactlyInAnyOrderElementsOf(hub.privateRepositoryNames());
        assertThat(m.repositories.get()).startsWith("Defender will scan these "
                + hub.privateRepositoryNames().size() + " private repositories");
        Finding leftOut = m.findings.stream().filter(x -> x.result() == Finding.Result.WARNING).findFirst()
                .orElseThrow();
        assertThat(leftOut.what()).isEqualTo("Repositories");
        assertThat(leftOut.detail()).contains("listed 2 private repositories whose names are not a Docker "
                + "repository name").contains("\"Bad Name\"").contains("left out");
        assertThat(leftOut.detail()).doesNotContain("\u001b").doesNotContain("\u0007")
                .matches(s -> s.chars().noneMatch(Character::isISOControl), "has no control character");
    }

    @Test
    void oneLeftOutNameIsSaidInTheSingular() {
        assertThat(PrerequisitesModel.leftOutWords(List.of("a\tb")))
                .startsWith("Docker Hub listed 1 private repository whose name is not a Docker repository name")
                .contains("\"a b\"").contains("It is left out").doesNotContain("\t");
    }

    /**
     * A loopback front for the practice Hub that passes every request through and adds {@link #ODD} as private
     * repositories to the organization's listing, as a Hub with such names would list them.
     */
    static MockWebServer listingWithOddNames(PracticeHub hub) throws IOException {
        OkHttpClient client = new OkHttpClient.Builder().followRedirects(false).build();
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                Headers.Builder headers = r.getHeaders().newBuilder().removeAll("Host").removeAll("Content-Length");
                String type = r.getHeaders().get("Content-Type");
                RequestBody body = r.getBodySize() > 0 || List.of("POST", "PUT", "PATCH").contains(r.getMethod())
                        ? RequestBody.create(r.getBody() == null ? new byte[0] : r.getBody().toByteArray(),
                        type == null ? null : MediaType.get(type)) : null;
                Request out = new Request.Builder().url(hub.hubUrl().resolve(r.getTarget()).toString())
                        .headers(headers.build()).method(r.getMethod(), body).build();
                try (Response answer = client.newCall(out).execute()) {
                    String text = answer.body().string();
                    if (answer.code() == 200 && r.getUrl().encodedPath()
                            .equals("/v2/namespaces/" + hub.org() + "/repositories")) {
                        text = withOddNames(text);
                    }
                    MockResponse.Builder back = new MockResponse.Builder().code(answer.code());
                    answer.headers().forEach(h -> {
                        if (!List.of("content-length", "transfer-encoding", "connection")
                                .contains(h.getFirst().toLowerCase(java.util.Locale.ROOT))) {
                            back.addHeader(h.getFirst(), h.getSecond());
                        }
                    });
                    return back.body(text).build();
                } catch (IOException e) {
                    return new MockResponse.Builder().code(502).body(e.toString()).build();
                }
            }
        });
        server.start();
        return server;
    }

    private static String withOddNames(String page) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(page);
        ArrayNode results = (ArrayNode) json.get("results");
        ObjectNode model = (ObjectNode) results.get(0);
        for (String name : ODD) {
            results.add(model.deepCopy().put("name", name).put("is_private", true));
        }
        json.put("count", json.get("count").asInt() + ODD.size());
        return JSON.writeValueAsString(json);
    }
}
