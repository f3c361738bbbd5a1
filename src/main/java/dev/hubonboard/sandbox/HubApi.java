package dev.hubonboard.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.hubonboard.sandbox.HubState.Identity;
import dev.hubonboard.sandbox.HubState.Invite;
import dev.hubonboard.sandbox.HubState.Repository;

import java.io.IOException;
import java.net.URI;
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
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final HubState state;
    private final HubAuth auth;
    private final HubJson json;
    private final Supplier<URI> hubUrl;

    private final Behaviour behaviour;

    HubApi(HubState state, Jwt jwt, Supplier<URI> hubUrl, Behaviour behaviour) {
        this.behaviour = behaviour;
        this.state = state;
        this.auth = new HubAuth(state, jwt);
        this.json = new HubJson(state);
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
            case "POST /v2/auth/token" -> auth.authToken(ex);
            case "POST /v2/users/login" -> auth.login(ex);
            case "POST /v2/users/2fa-login" -> auth.twoFactorLogin(ex);
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

    /** Members and invites: owner password/2FA or the organization token; never a personal access token. */
    private Identity requireOwner(HttpExchange ex, String org) {
        Identity identity = auth.requireCaller(ex);
        requireOrg(org);
        if (identity.kind().equals("pat")) {
            throw new Http.HttpError(403, Http.hubError(FORBIDDEN_WITH_PAT));
        }
        if (!state.isOwner(identity)) {
            throw new Http.HttpError(403,
                    Http.hubError("only owners of " + state.org + " can manage members and invites"));
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
        auth.caller(ex); // a bad bearer is still a 401; no bearer is fine
        // Docker Hub answers GET /v2/orgs/{org} to anyone, signed in or not, member or not (public clients call it
        // anonymously): it proves the organization exists and says nothing about membership (hub-facts).
        if (!state.org.equalsIgnoreCase(org)) {
            if (behaviour.redirectUserNamespaces() && state.user(org) != null) {
                // hub-facts: a name that is a user may redirect to /v2/users/...
                Http.empty(ex, 301, Map.of("Location", "/v2/users/" + org.toLowerCase(Locale.ROOT) + "/"));
                return;
            }
            throw notFound();
        }
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
            state.members().forEach((username, memberRole) -> rows.add(json.memberRow(username, memberRole)));
        }
        if (!type.equals("member")) {
            state.invites().forEach(invite -> rows.add(HubJson.inviteeRow(invite)));
        }
        List<Map<String, Object>> matching = rows.stream()
                .filter(r -> search.isEmpty()
                        || contains(r.get("username"), search) || contains(r.get("email"), search))
                .filter(r -> role.isEmpty() || String.valueOf(r.get("role")).equalsIgnoreCase(role))
                .toList();
        Map<String, String> keep = new LinkedHashMap<>();
        keep.put("search", search);
        keep.put("type", Http.first(q, "type", ""));
        keep.put("role", role);
        Http.json(ex, 200, Pages.page(matching, page, pageSize, hubUrl.get(), path, keep, row -> row));
    }

    private void pendingInvites(HttpExchange ex, String org) throws IOException {
        requireOwner(ex, org);
        Http.json(ex, 200, Map.of("data", state.invites().stream().map(json::inviteJson).toList()));
    }

    private void bulkInvite(HttpExchange ex) throws IOException {
        Identity caller = auth.requireCaller(ex);
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
                result.put("status", dryRun && behaviour.dryRunStatus() != null ? behaviour.dryRunStatus() : "invited");
                if (!dryRun) {
                    var pending = state.pendingInviteFor(invitee);
                    if (pending.isPresent() && behaviour.inviteConflict()) {
                        throw new Http.HttpError(409, Http.hubError(invitee + " has already been invited"));
                    }
                    // Docker Hub sends another e-mail to someone already invited (terraform-provider-docker#114).
                    pending.ifPresent(i -> state.countInvitationEmail(invitee));
                    Invite invite = pending.orElseGet(() -> state.createInvite(invitee, role, team, inviter));
                    result.put("invite", json.inviteJson(invite));
                }
            }
            results.add(result);
        }
        Http.json(ex, 202, Map.of("invitees", results));
    }

    private void resend(HttpExchange ex, String id) throws IOException {
        Identity caller = requireOwner(ex, state.org);
        if (behaviour.refuseResendToOrganizationToken() && caller.kind().equals("oat")) {
            throw new Http.HttpError(403, Behaviour.Refusal.OAT_NOT_ALLOWED.body());
        }
        Invite invite = state.invite(id).orElseThrow(HubApi::notFound);
        state.countInvitationEmail(invite.invitee());
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
        Identity caller = auth.caller(ex); // anonymous callers see public repositories
        requireOrg(namespace);
        refuseIfSwitchedOn(behaviour.listing(), caller);
        var q = Http.query(ex);
        int page = Http.intParam(q, "page", 1);
        int pageSize = pageSize(q);
        String name = Http.first(q, "name", "");
        String ordering = Http.first(q, "ordering", "");
        boolean seesPrivate = state.seesPrivateRepositories(caller);
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
        Http.json(ex, 200, Pages.page(visible, page, pageSize, hubUrl.get(), path, keep, json::repositoryJson));
    }

    private void tags(HttpExchange ex, String namespace, String repository, String path) throws IOException {
        Identity caller = auth.caller(ex);
        requireOrg(namespace);
        refuseIfSwitchedOn(behaviour.tags(), caller);
        Repository repo = state.repository(repository)
                .filter(r -> !r.isPrivate() || state.seesPrivateRepositories(caller))
                .orElseThrow(HubApi::notFound); // a private repository you cannot see does not exist, for you
        var q = Http.query(ex);
        int page = Http.intParam(q, "page", 1);
        int pageSize = pageSize(q);
        Http.json(ex, 200, Pages.page(repo.tags(), page, pageSize, hubUrl.get(), path, Map.of(),
                tag -> json.tagJson(repo, tag)));
    }

    /** A switched-on refusal answers 403 with its wording to logins made from its kind of token. */
    private static void refuseIfSwitchedOn(Behaviour.Refusal refusal, Identity caller) {
        if (refusal != null && caller != null && refusal.refuses(caller.kind())) {
            throw new Http.HttpError(403, refusal.body());
        }
    }

    private static boolean contains(Object field, String lowerCaseTerm) {
        return String.valueOf(field).toLowerCase(Locale.ROOT).contains(lowerCaseTerm);
    }

    /** {@code page_size} defaults to 10 and may not exceed 100, as the spec says. */
    private static int pageSize(Map<String, List<String>> q) {
        int pageSize = Http.intParam(q, "page_size", 10);
        if (pageSize > 100) {
            throw new Http.HttpError(400, Http.hubError("page_size must be at most 100"));
        }
        return pageSize;
    }

    private static Http.HttpError notFound() {
        return new Http.HttpError(404, Http.hubError("Not Found"));
    }
}
