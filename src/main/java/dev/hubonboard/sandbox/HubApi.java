package dev.hubonboard.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.hubonboard.sandbox.HubState.AuthFailure;
import dev.hubonboard.sandbox.HubState.Identity;
import dev.hubonboard.sandbox.HubState.Invite;
import dev.hubonboard.sandbox.HubState.Repository;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The Hub API routes (hub.docker.com/v2/...) the wizard uses, with the Hub's permission rules. */
final class HubApi implements Endpoint.Routes {

    /** The Hub's text when a management route gets a JWT made from a personal access token. */
    static final String FORBIDDEN_WITH_PAT = "access to the resource is forbidden with personal access token";
    static final String NOT_AUTHENTICATED = "Authentication credentials were not provided.";
    static final String INVALID_TOKEN = "Invalid or expired token.";
    private static final long HUB_TOKEN_SECONDS = 600;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final HubState state;
    private final Jwt jwt;
    private final Supplier<URI> hubUrl;

    HubApi(HubState state, Jwt jwt, Supplier<URI> hubUrl) {
        this.state = state;
        this.jwt = jwt;
        this.hubUrl = hubUrl;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        // Docker's own tools call many routes with a trailing slash; both spellings work.
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String[] s = path.split("/");
        // s[0] is "", s[1] is "v2"
        if (s.length < 3 || !s[1].equals("v2")) {
            throw notFound();
        }
        switch (method + " " + shape(s)) {
            case "POST /v2/auth/token" -> authToken(ex);
            case "POST /v2/users/login" -> login(ex);
            case "POST /v2/users/2fa-login" -> twoFactorLogin(ex);
            case "GET /v2/orgs/*" -> organization(ex, s[3]);
            case "GET /v2/orgs/*/members" -> members(ex, s[3], path);
            case "GET /v2/orgs/*/invites" -> pendingInvites(ex, s[3]);
            case "POST /v2/invites/bulk" -> bulkInvite(ex);
            case "PATCH /v2/invites/*/resend" -> resend(ex, s[3]);
            case "DELETE /v2/invites/*" -> cancel(ex, s[3]);
            case "GET /v2/namespaces/*/repositories" -> repositories(ex, s[3], path);
            case "GET /v2/namespaces/*/repositories/*/tags" -> tags(ex, s[3], s[5], path);
            default -> throw notFound();
        }
    }

    /** The path with its variable segments replaced by {@code *}, for the route switch. */
    private static String shape(String[] s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < s.length; i++) {
            boolean variable = switch (s[2]) {
                case "orgs", "invites" -> i == 3 && !s[i].equals("bulk");
                case "namespaces" -> i == 3 || i == 5;
                default -> false;
            };
            sb.append('/').append(variable ? "*" : s[i]);
        }
        return sb.toString();
    }

    // --- authentication ---

    private void authToken(HttpExchange ex) throws IOException {
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
            identity = authenticate(identifier, secret);
        }
        Http.json(ex, 200, Map.of("access_token", hubToken(identity)));
    }

    private void login(HttpExchange ex) throws IOException {
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
            Map<String, Object> second = new LinkedHashMap<>();
            second.put("detail", HubState.MFA_REQUIRED);
            second.put("login_2fa_token", jwt.sign(Map.of("sub", user.username, "aud", "hub-2fa",
                    "exp", Instant.now().getEpochSecond() + 300)));
            throw new Http.HttpError(401, second);
        }
        Http.json(ex, 200, Map.of("token", hubToken(authenticate(username, password))));
    }

    private void twoFactorLogin(HttpExchange ex) throws IOException {
        Map<String, Object> body = Http.readObject(ex);
        var claims = jwt.verify(Http.string(body, "login_2fa_token"), "hub-2fa");
        if (claims.isEmpty() || !state.secondFactorCode.equals(String.valueOf(body.get("code")))) {
            throw unauthorized("Incorrect authentication credentials");
        }
        Identity identity = new Identity((String) claims.get().get("sub"), "password", PracticeHub.Scope.ADMIN);
        Http.json(ex, 200, Map.of("token", hubToken(identity)));
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
    private Identity caller(HttpExchange ex) {
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

    private Identity requireCaller(HttpExchange ex) {
        Identity identity = caller(ex);
        if (identity == null) {
            throw unauthorized(NOT_AUTHENTICATED);
        }
        return identity;
    }

    /** Members and invites: owner password/2FA or the organization token; never a personal access token. */
    private Identity requireOwner(HttpExchange ex, String org) {
        Identity identity = requireCaller(ex);
        requireOrg(org);
        if (identity.kind().equals("pat")) {
            throw new Http.HttpError(403, Http.hubError(FORBIDDEN_WITH_PAT));
        }
        if (!state.isOwner(identity)) {
            throw new Http.HttpError(403, Http.hubError("only owners of " + state.org + " can manage members and invites"));
        }
        return identity;
    }

    private void requireOrg(String org) {
        if (!state.org.equalsIgnoreCase(org)) {
            throw notFound();
        }
    }

    // --- organization, members, invites ---

    private void organization(HttpExchange ex, String org) throws IOException {
        requireCaller(ex);
        requireOrg(org);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "0f0e0d0c0b0a");
        body.put("orgname", state.org);
        body.put("full_name", "Acme Corporation");
        body.put("company", "Acme");
        body.put("location", "");
        body.put("type", "Organization");
        body.put("date_joined", "2024-03-01T10:00:00Z");
        body.put("gravatar_url", "");
        body.put("profile_url", "");
        body.put("badge", "team");
        Http.json(ex, 200, body);
    }

    private void members(HttpExchange ex, String org, String path) throws IOException {
        requireOwner(ex, org);
        var q = Http.query(ex);
        String search = Http.first(q, "search", "").toLowerCase(Locale.ROOT);
        String role = Http.first(q, "role", "");
        boolean includeInvites = Boolean.parseBoolean(Http.first(q, "invites", "false"));
        String type = Http.first(q, "type", includeInvites ? "all" : "member");
        if (!List.of("member", "invitee", "all").contains(type)) {
            throw new Http.HttpError(400, Http.hubError("type must be one of member, invitee, all"));
        }
        int page = Http.intParam(q, "page", 1);
        int pageSize = Math.min(Http.intParam(q, "page_size", 25), 1000);
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!type.equals("invitee")) {
            state.members().forEach((username, memberRole) -> rows.add(memberRow(username, memberRole)));
        }
        if (!type.equals("member")) {
            state.invites().forEach(invite -> rows.add(inviteeRow(invite)));
        }
        List<Map<String, Object>> matching = rows.stream()
                .filter(r -> search.isEmpty() || String.valueOf(r.get("username")).toLowerCase(Locale.ROOT).contains(search)
                        || String.valueOf(r.get("email")).toLowerCase(Locale.ROOT).contains(search))
                .filter(r -> role.isEmpty() || String.valueOf(r.get("role")).equalsIgnoreCase(role))
                .toList();
        Map<String, String> keep = new LinkedHashMap<>();
        keep.put("search", search);
        keep.put("type", Http.first(q, "type", ""));
        keep.put("role", role);
        Http.json(ex, 200, Pages.page(matching, page, pageSize, hubUrl.get(), path, keep, row -> row));
    }

    private Map<String, Object> memberRow(String username, String role) {
        HubState.User user = state.user(username);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", Integer.toHexString(username.hashCode()));
        row.put("username", username);
        row.put("full_name", "");
        row.put("type", "User");
        row.put("email", user.email);
        row.put("primary_email", user.email);
        // The Hub takes roles in lower case and returns them capitalised.
        row.put("role", capitalise(role));
        row.put("groups", role.equals(HubState.ROLE_OWNER) ? List.of("owners") : List.of());
        row.put("is_guest", false);
        row.put("date_joined", "2024-03-01T10:00:00Z");
        return row;
    }

    private static Map<String, Object> inviteeRow(Invite invite) {
        boolean email = invite.invitee().contains("@");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", invite.id());
        row.put("username", email ? "" : invite.invitee());
        row.put("email", email ? invite.invitee() : "");
        row.put("role", "Invitee");
        row.put("invite_role", capitalise(invite.role()));
        row.put("groups", invite.team() == null ? List.of() : List.of(invite.team()));
        row.put("is_guest", false);
        return row;
    }

    private void pendingInvites(HttpExchange ex, String org) throws IOException {
        requireOwner(ex, org);
        Http.json(ex, 200, Map.of("data", state.invites().stream().map(this::inviteJson).toList()));
    }

    private Map<String, Object> inviteJson(Invite invite) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", invite.id());
        json.put("inviter_username", invite.inviter());
        json.put("invitee", invite.invitee());
        json.put("org", state.org);
        json.put("team", invite.team());
        json.put("role", invite.role());
        json.put("created_at", invite.createdAt().toString());
        return json;
    }

    private void bulkInvite(HttpExchange ex) throws IOException {
        Identity caller = requireCaller(ex);
        Map<String, Object> body = Http.readObject(ex);
        String org = Http.string(body, "org");
        if (org == null) {
            throw new Http.HttpError(400, Http.hubError("org is required"));
        }
        requireOwner(ex, org);
        String role = Http.string(body, "role") == null ? HubState.ROLE_MEMBER
                : Http.string(body, "role").toLowerCase(Locale.ROOT);
        if (!List.of(HubState.ROLE_MEMBER, HubState.ROLE_EDITOR, HubState.ROLE_OWNER).contains(role)) {
            throw new Http.HttpError(400, Http.hubError("invalid role: " + body.get("role")));
        }
        if (!(body.get("invitees") instanceof List<?> invitees) || invitees.isEmpty()) {
            throw new Http.HttpError(400, Http.hubError("invitees must be a non-empty list"));
        }
        String team = Http.string(body, "team");
        boolean dryRun = Boolean.TRUE.equals(body.get("dry_run"));
        String inviter = caller.kind().equals("oat") ? state.owner : caller.subject();
        List<Map<String, Object>> results = new ArrayList<>();
        for (Object item : invitees) {
            String invitee = item == null ? "" : item.toString().trim();
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("invitee", invitee);
            if (state.memberNamed(invitee).isPresent()) {
                result.put("status", "existing_org_member");
            } else if (!EMAIL.matcher(invitee).matches() && state.user(invitee) == null) {
                result.put("status", "invalid_email_or_docker_id");
            } else {
                result.put("status", "invited");
                if (!dryRun) {
                    // Inviting someone already invited keeps the one pending invite (safe for a rerun wizard).
                    Invite invite = state.pendingInviteFor(invitee)
                            .orElseGet(() -> state.createInvite(invitee, role, team, inviter));
                    result.put("invite", inviteJson(invite));
                }
            }
            results.add(result);
        }
        Http.json(ex, 202, Map.of("invitees", results));
    }

    private void resend(HttpExchange ex, String id) throws IOException {
        requireOwner(ex, state.org);
        state.invite(id).orElseThrow(HubApi::notFound);
        Http.empty(ex, 204, Map.of());
    }

    private void cancel(HttpExchange ex, String id) throws IOException {
        requireOwner(ex, state.org);
        if (!state.cancelInvite(id)) {
            throw notFound();
        }
        Http.empty(ex, 204, Map.of());
    }

    // --- repositories and tags ---

    private void repositories(HttpExchange ex, String namespace, String path) throws IOException {
        Identity caller = caller(ex); // anonymous callers see public repositories
        requireOrg(namespace);
        var q = Http.query(ex);
        int page = Http.intParam(q, "page", 1);
        int pageSize = pageSize(q);
        String name = Http.first(q, "name", "");
        String ordering = Http.first(q, "ordering", "");
        boolean seesPrivate = state.seesPrivate(caller);
        List<Repository> visible = new ArrayList<>(state.repositories().stream()
                .filter(r -> seesPrivate || !r.isPrivate())
                .filter(r -> name.isEmpty() || r.name().contains(name))
                .toList());
        switch (ordering) {
            case "name" -> visible.sort((a, b) -> a.name().compareTo(b.name()));
            case "-name" -> visible.sort((a, b) -> b.name().compareTo(a.name()));
            case "last_updated" -> visible.sort((a, b) -> a.lastUpdated().compareTo(b.lastUpdated()));
            case "-last_updated" -> visible.sort((a, b) -> b.lastUpdated().compareTo(a.lastUpdated()));
            default -> {
                // stored order
            }
        }
        Map<String, String> keep = new LinkedHashMap<>();
        keep.put("name", name);
        keep.put("ordering", ordering);
        Http.json(ex, 200, Pages.page(visible, page, pageSize, hubUrl.get(), path, keep, this::repositoryJson));
    }

    private Map<String, Object> repositoryJson(Repository r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", r.name());
        json.put("namespace", state.org);
        json.put("repository_type", "image");
        json.put("status", 1);
        json.put("status_description", "active");
        json.put("description", "");
        json.put("is_private", r.isPrivate());
        json.put("star_count", 0);
        json.put("pull_count", 42);
        json.put("last_updated", r.lastUpdated().toString());
        json.put("last_modified", r.lastUpdated().toString());
        json.put("date_registered", "2024-03-01T10:00:00Z");
        json.put("affiliation", "");
        json.put("media_types", List.of("application/vnd.oci.image.index.v1+json"));
        json.put("content_types", List.of("image"));
        json.put("categories", List.of());
        json.put("storage_size", 31_457_280);
        return json;
    }

    private void tags(HttpExchange ex, String namespace, String repository, String path) throws IOException {
        Identity caller = caller(ex);
        requireOrg(namespace);
        Repository repo = state.repository(repository)
                .filter(r -> !r.isPrivate() || state.seesPrivate(caller))
                .orElseThrow(HubApi::notFound); // a private repository you cannot see does not exist, for you
        var q = Http.query(ex);
        int page = Http.intParam(q, "page", 1);
        int pageSize = pageSize(q);
        Http.json(ex, 200, Pages.page(repo.tags(), page, pageSize, hubUrl.get(), path, Map.of(),
                tag -> tagJson(repo, tag)));
    }

    private Map<String, Object> tagJson(Repository repo, String tag) {
        String digest = Registry.digest(state.org + "/" + repo.name(), tag);
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("architecture", "amd64");
        image.put("os", "linux");
        image.put("digest", digest);
        image.put("size", 15_728_640);
        image.put("status", "active");
        image.put("last_pushed", repo.lastUpdated().toString());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Math.abs((repo.name() + ":" + tag).hashCode()));
        json.put("name", tag);
        json.put("last_updated", repo.lastUpdated().toString());
        json.put("last_updater_username", state.owner);
        json.put("full_size", 15_728_640);
        json.put("digest", digest);
        json.put("media_type", "application/vnd.oci.image.index.v1+json");
        json.put("content_type", "image");
        json.put("tag_status", "active");
        json.put("tag_last_pushed", repo.lastUpdated().toString());
        json.put("images", List.of(image));
        return json;
    }

    /** {@code page_size} defaults to 10 and may not exceed 100, as the spec says. */
    private static int pageSize(Map<String, List<String>> q) {
        int pageSize = Http.intParam(q, "page_size", 10);
        if (pageSize > 100) {
            throw new Http.HttpError(400, Http.hubError("page_size must be at most 100"));
        }
        return pageSize;
    }

    private static String capitalise(String role) {
        return role.isEmpty() ? role : Character.toUpperCase(role.charAt(0)) + role.substring(1);
    }

    private static Http.HttpError unauthorized(String detail) {
        return new Http.HttpError(401, Http.hubError(detail));
    }

    private static Http.HttpError notFound() {
        return new Http.HttpError(404, Http.hubError("Not Found"));
    }
}
