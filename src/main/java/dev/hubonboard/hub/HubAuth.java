package dev.hubonboard.hub;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hubonboard.hub.HubErrors.CallKind;
import dev.hubonboard.net.ServiceException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Logging in. Every call here is a POST, which the transport never retries after a 401 or 5xx: repeated failed logins
 * lock the Docker ID for about 10 minutes.
 */
final class HubAuth {
    private final HubHttp http;

    HubAuth(HubHttp http) {
        this.http = http;
    }

    AccessToken createAccessToken(String identifier, String secret) throws ServiceException {
        requireText(identifier, "identifier");
        requireText(secret, "secret");
        Map<String, String> body = new LinkedHashMap<>();
        body.put("identifier", identifier);
        body.put("secret", secret);
        String what = "logging in to Docker Hub";
        JsonNode answer = http.send(HubHttp.request(http.url("v2", "auth", "token").build())
                .post(HubHttp.json(body)).build(), false, what, CallKind.TOKEN_LOGIN, Secrets.of(secret));
        return token(answer, "access_token", what);
    }

    AccessToken loginWithPassword(String username, String password) throws ServiceException {
        requireText(username, "username");
        requireText(password, "password");
        Map<String, String> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", password);
        String what = "logging in to Docker Hub with a password";
        JsonNode answer = http.send(HubHttp.request(http.url("v2", "users", "login").build())
                .post(HubHttp.json(body)).build(), false, what, CallKind.LOGIN, Secrets.of(password));
        return token(answer, "token", what);
    }

    AccessToken loginWithSecondFactor(SecondFactorChallenge challenge, String code) throws ServiceException {
        if (challenge == null) {
            throw new IllegalArgumentException("challenge: log in with the password first");
        }
        requireText(code, "code");
        Map<String, String> body = new LinkedHashMap<>();
        body.put("login_2fa_token", challenge.login2faToken());
        body.put("code", code.strip());
        String what = "checking the two-factor code";
        JsonNode answer = http.send(HubHttp.request(http.url("v2", "users", "2fa-login").build())
                .post(HubHttp.json(body)).build(), false, what, CallKind.SECOND_FACTOR,
                Secrets.of(challenge.login2faToken(), code.strip()));
        return token(answer, "token", what);
    }

    /** The documented field first; the other name too, since the two login routes differ. */
    private static AccessToken token(JsonNode answer, String field, String what) throws UnexpectedResponseException {
        String other = field.equals("token") ? "access_token" : "token";
        for (String name : new String[] {field, other}) {
            JsonNode value = answer.get(name);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return new AccessToken(value.asText().strip());
            }
        }
        throw HubErrors.malformed(what, 200, "no \"" + field + "\" in the answer");
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}
