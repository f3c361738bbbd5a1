package dev.hubonboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A real HTTP client for the practice Hub tests (java.net.http). */
final class TestHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    HttpResponse<String> send(String method, URI uri, String authorization, Object jsonBody) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20));
            if (authorization != null) {
                b.header("Authorization", authorization);
            }
            if (jsonBody != null) {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(jsonBody)));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(URI uri, String authorization) {
        return send("GET", uri, authorization, null);
    }

    HttpResponse<String> post(URI uri, String authorization, Object body) {
        return send("POST", uri, authorization, body);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String basic(String username, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** A Hub JWT from {@code /v2/auth/token}. */
    String hubToken(PracticeHub hub, String identifier, String secret) {
        HttpResponse<String> r = post(hub.hubUrl().resolve("/v2/auth/token"), null,
                Map.of("identifier", identifier, "secret", secret));
        if (r.statusCode() != 200) {
            throw new AssertionError("login failed: " + r.statusCode() + " " + r.body());
        }
        return json(r).get("access_token").asText();
    }

    /** The owner's JWT through password + second factor. */
    String ownerToken(PracticeHub hub) {
        HttpResponse<String> first = post(hub.hubUrl().resolve("/v2/users/login"), null,
                Map.of("username", hub.ownerUsername(), "password", hub.ownerPassword()));
        String loginToken = json(first).get("login_2fa_token").asText();
        HttpResponse<String> second = post(hub.hubUrl().resolve("/v2/users/2fa-login"), null,
                Map.of("login_2fa_token", loginToken, "code", hub.ownerSecondFactorCode()));
        return json(second).get("token").asText();
    }

    /** The payload of a JWT, decoded. */
    static JsonNode payload(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
