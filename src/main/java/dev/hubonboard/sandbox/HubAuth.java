package dev.hubonboard.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.hubonboard.sandbox.HubState.AuthFailure;
import dev.hubonboard.sandbox.HubState.Identity;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hub API log-in routes and the caller of a request. Hub JWTs name the subject (Docker ID or organization), the
 * kind of credential that made them (password, pat, oat) and, for a PAT, its scope: permission checks need all three.
 */
final class HubAuth {

    static final String NOT_AUTHENTICATED = "Authentication credentials were not provided.";
    static final String INVALID_TOKEN = "Invalid or expired token.";
    private static final long HUB_TOKEN_SECONDS = 600;

    private final HubState state;
    private final Jwt jwt;

    HubAuth(HubState state, Jwt jwt) {
        this.state = state;
        this.jwt = jwt;
    }

    void authToken(HttpExchange ex) throws IOException {
        Map<String, Object> body = Http.readObject(ex);
        String identifier = Http.string(body, "identifier");
        String secret = Http.string(body, "secret");
        if (identifier == null || secret == null) {
            throw new Http.HttpError(400, Http.hubError("identifier and secret are required"));
        }
        Identity identity;
        if (identifier.equalsIgnoreCase(state.org)) {
            if (!state.isOrganizationToken(identifier, secret)) {
                throw unauthorized(HubState.INCORRECT);
            }
            identity = new Identity(state.org, "oat", null);
        } else {
            HubState.User user = state.user(identifier);
            if (user != null && user.twoFactor && state.isPasswordOf(identifier, secret)) {
                // The password of a 2FA account: Docker Hub answers with a 2FA challenge this route cannot finish.
                throw new Http.HttpError(401, secondFactorChallenge(user));
            }
            identity = authenticate(identifier, secret);
        }
        Http.json(ex, 200, Map.of("access_token", hubToken(identity)));
    }

    void login(HttpExchange ex) throws IOException {
        Map<String, Object> body = Http.readObject(ex);
        String username = Http.string(body, "username");
        String password = Http.string(body, "password");
        if (username == null || password == null) {
            throw new Http.HttpError(400, Http.hubError("username and password are required"));
        }
        if (username.equalsIgnoreCase(state.org) || state.organizationAccessToken.equals(password)) {
            throw unauthorized(HubState.ORG_ACCOUNT);
        }
        HubState.User user = state.user(username);
        if (user != null && user.twoFactor && state.isPasswordOf(username, password)) {
            throw new Http.HttpError(401, secondFactorChallenge(user));
        }
        Http.json(ex, 200, Map.of("token", hubToken(authenticate(username, password))));
    }

    void twoFactorLogin(HttpExchange ex) throws IOException {
        Map<String, Object> body = Http.readObject(ex);
        var claims = jwt.verify(Http.string(body, "login_2fa_token"), "hub-2fa");
        if (claims.isEmpty() || !state.secondFactorCode.equals(String.valueOf(body.get("code")))) {
            throw unauthorized("Incorrect authentication credentials");
        }
        Identity identity = new Identity((String) claims.get().get("sub"), "password", PracticeHub.Scope.ADMIN);
        Http.json(ex, 200, Map.of("token", hubToken(identity)));
    }

    private Map<String, Object> secondFactorChallenge(HubState.User user) {
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("detail", HubState.MFA_REQUIRED);
        second.put("login_2fa_token", jwt.sign(Map.of("sub", user.username, "aud", "hub-2fa",
                "exp", Instant.now().getEpochSecond() + 300)));
        return second;
    }

    private Identity authenticate(String username, String secret) {
        try {
            return state.authenticateUser(username, secret);
        } catch (AuthFailure e) {
            throw unauthorized(e.getMessage());
        }
    }

    private String hubToken(Identity identity) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "practice-hub");
        claims.put("aud", "hub");
        claims.put("sub", identity.subject());
        claims.put("kind", identity.kind());
        if (identity.kind().equals("pat")) {
            claims.put("scope", identity.scope().value());
        }
        claims.put("exp", Instant.now().getEpochSecond() + HUB_TOKEN_SECONDS);
        return jwt.sign(claims);
    }

    /** The caller, or null when no Authorization was sent; a 401 for a bad or expired token. */
    Identity caller(HttpExchange ex) {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        if (header == null) {
            return null;
        }
        var claims = Http.bearer(ex).flatMap(t -> jwt.verify(t, "hub"))
                .orElseThrow(() -> unauthorized(INVALID_TOKEN));
        String kind = (String) claims.get("kind");
        PracticeHub.Scope scope = claims.get("scope") instanceof String v ? PracticeHub.Scope.of(v) : null;
        return new Identity((String) claims.get("sub"), kind, scope);
    }

    Identity requireCaller(HttpExchange ex) {
        Identity identity = caller(ex);
        if (identity == null) {
            throw unauthorized(NOT_AUTHENTICATED);
        }
        return identity;
    }

    static Http.HttpError unauthorized(String detail) {
        return new Http.HttpError(401, Http.hubError(detail));
    }
}
