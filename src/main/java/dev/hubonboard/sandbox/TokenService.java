package dev.hubonboard.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.hubonboard.sandbox.HubState.AuthFailure;
import dev.hubonboard.sandbox.HubState.Identity;
import dev.hubonboard.sandbox.HubState.Repository;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry token service (auth.docker.io/token): turns Basic credentials and requested scopes into a registry
 * JWT whose {@code access} claim lists what was granted. Refusal of a single repository is an entry with empty
 * actions, not an error; a push request with a token scoped below repo:write fails the whole request, and so does
 * pull of a private repository with a Public Repo Read-only token when {@link Behaviour#wholeRequestInsufficientScopes}
 * is on.
 */
final class TokenService implements Endpoint.Routes {

    static final String SERVICE = "registry.docker.io";
    static final String INSUFFICIENT_SCOPES = "access token has insufficient scopes";
    private static final long TOKEN_SECONDS = 300;

    private final HubState state;
    private final Jwt jwt;

    private final Behaviour behaviour;

    TokenService(HubState state, Jwt jwt, Behaviour behaviour) {
        this.state = state;
        this.jwt = jwt;
        this.behaviour = behaviour;
    }

    /** One parsed {@code type:name:actions} scope. */
    private record Requested(String type, String name, List<String> actions) {
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (!ex.getRequestURI().getPath().equals("/token")) {
            throw new Http.HttpError(404, Http.authError("Not Found"));
        }
        if (!ex.getRequestMethod().equals("GET")) {
            throw new Http.HttpError(405, Http.authError("method not allowed"));
        }
        var q = Http.query(ex);
        String service = Http.first(q, "service", SERVICE);
        if (!service.equals(SERVICE)) {
            throw new Http.HttpError(400, Http.authError("unknown service: " + service));
        }
        Identity identity = identify(ex).orElse(null);
        List<Requested> requested = new ArrayList<>();
        for (String value : q.getOrDefault("scope", List.of())) {
            // Clients either repeat scope= or put several in one value separated by spaces.
            for (String one : value.trim().split("\\s+")) {
                if (!one.isEmpty()) {
                    requested.add(parse(one));
                }
            }
        }
        boolean pushAsked = requested.stream().anyMatch(r -> r.actions().contains("push") || r.actions().contains("*"));
        if (pushAsked && identity != null && !identity.scope().includes(PracticeHub.Scope.WRITE)) {
            throw new Http.HttpError(401, Http.authError(INSUFFICIENT_SCOPES));
        }
        if (behaviour.wholeRequestInsufficientScopes() && identity != null && identity.kind().equals("pat")
                && !identity.scope().includes(PracticeHub.Scope.READ)
                && requested.stream().anyMatch(r -> r.actions().contains("pull")
                && repositoryNamed(r.name()).map(Repository::isPrivate).orElse(false))) {
            // docker/cli#4511: below what one scope asks, the whole request is refused instead of granting less.
            throw new Http.HttpError(401, Http.authError(INSUFFICIENT_SCOPES));
        }
        List<Map<String, Object>> access = new ArrayList<>();
        for (Requested r : requested) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", r.type());
            entry.put("name", r.name());
            entry.put("actions", granted(identity, r));
            access.add(entry);
        }
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "practice-auth");
        claims.put("aud", SERVICE);
        claims.put("sub", identity == null ? "" : identity.subject());
        claims.put("exp", now.getEpochSecond() + TOKEN_SECONDS);
        claims.put("access", access);
        String token = jwt.sign(claims);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", token);
        body.put("access_token", token);
        body.put("expires_in", TOKEN_SECONDS);
        body.put("issued_at", now.toString());
        Http.json(ex, 200, body);
    }

    /** The caller from Basic credentials: a user with password or PAT, or the organization with its token. */
    private Optional<Identity> identify(HttpExchange ex) {
        Optional<String[]> basic = Http.basic(ex);
        if (basic.isEmpty()) {
            return Optional.empty();
        }
        String username = basic.get()[0];
        String secret = basic.get()[1];
        if (state.isOrganizationToken(username, secret)) {
            // The practice organization token reads every repository and never writes.
            return Optional.of(new Identity(state.org, "oat", PracticeHub.Scope.READ));
        }
        try {
            return Optional.of(state.authenticateUser(username, secret));
        } catch (AuthFailure e) {
            throw new Http.HttpError(401, Http.authError(e.getMessage()));
        }
    }

    private static Requested parse(String scope) {
        int first = scope.indexOf(':');
        int last = scope.lastIndexOf(':');
        if (first < 0 || last == first) {
            throw new Http.HttpError(400, Http.authError("invalid scope: " + scope));
        }
        List<String> actions = List.of(scope.substring(last + 1).split(","));
        return new Requested(scope.substring(0, first), scope.substring(first + 1, last), actions);
    }

    private List<String> granted(Identity identity, Requested r) {
        List<String> granted = new ArrayList<>();
        Optional<Repository> repository = r.type().equals("repository") ? repositoryNamed(r.name()) : Optional.empty();
        if (repository.isEmpty()) {
            return granted;
        }
        Repository repo = repository.get();
        boolean member = state.seesPrivate(identity);
        PracticeHub.Scope scope = identity == null ? null : identity.scope();
        boolean canPull = !repo.isPrivate() || (member && scope.includes(PracticeHub.Scope.READ));
        boolean canPush = identity != null && !identity.kind().equals("oat") && scope.includes(PracticeHub.Scope.WRITE)
                && isWriter(state.roleOf(identity.subject()));
        for (String action : r.actions()) {
            if (action.equals("pull") && canPull && !granted.contains("pull")) {
                granted.add("pull");
            } else if (action.equals("push") && canPush && !granted.contains("push")) {
                granted.add("push");
            }
        }
        return granted;
    }

    private static boolean isWriter(String role) {
        return HubState.ROLE_EDITOR.equals(role) || HubState.ROLE_OWNER.equals(role);
    }

    private Optional<Repository> repositoryNamed(String name) {
        int slash = name.indexOf('/');
        if (slash < 0 || !name.substring(0, slash).equals(state.org)) {
            return Optional.empty();
        }
        return state.repository(name.substring(slash + 1));
    }
}
