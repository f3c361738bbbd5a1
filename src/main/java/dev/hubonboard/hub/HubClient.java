package dev.hubonboard.hub;

import dev.hubonboard.net.BaseUrl;
import dev.hubonboard.net.Concurrency;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.ServiceException;
import okhttp3.HttpUrl;

import java.util.List;
import java.util.Objects;

/**
 * The Docker Hub API as the wizard uses it. Stateless and thread-safe: each call takes the bearer token it runs with.
 * Every failure is a {@link ServiceException} whose type names the cause (see the exceptions in this package, plus
 * {@link dev.hubonboard.net.RateLimitedException} and {@link dev.hubonboard.net.UnreachableException} from the
 * transport). Messages never contain a password, token, two-factor token or code.
 */
public final class HubClient {
    public static final String DEFAULT_URL = "https://hub.docker.com";

    private final HubAuth auth;
    private final HubOrganizations organizations;
    private final HubInvites invites;
    private final HubRepositories repositories;

    /**
     * @param baseUrl Docker Hub, or the practice Hub / a test server on loopback (plain http is refused elsewhere)
     * @throws IllegalArgumentException for a plain-http URL that is not on this machine
     */
    public HubClient(HttpTransport transport, HttpUrl baseUrl) {
        this(transport, baseUrl, Concurrency.SEQUENTIAL);
    }

    /**
     * @param concurrency how many pages of the repository listing may be in flight at once after the first
     *                    ({@link Concurrency#SEQUENTIAL}: one after another)
     */
    public HubClient(HttpTransport transport, HttpUrl baseUrl, Concurrency concurrency) {
        this(transport, baseUrl, Pager.MAX_PAGES, concurrency);
    }

    /** Against {@link #DEFAULT_URL}. */
    public HubClient(HttpTransport transport) {
        this(transport, HttpUrl.get(DEFAULT_URL));
    }

    HubClient(HttpTransport transport, HttpUrl baseUrl, int maxPages) {
        this(transport, baseUrl, maxPages, Concurrency.SEQUENTIAL);
    }

    HubClient(HttpTransport transport, HttpUrl baseUrl, int maxPages, Concurrency concurrency) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(concurrency, "concurrency");
        BaseUrl.requireSecure("Docker Hub URL", baseUrl);
        HubHttp http = new HubHttp(transport, baseUrl);
        Pager pager = new Pager(http, maxPages);
        this.auth = new HubAuth(http);
        this.organizations = new HubOrganizations(http, pager);
        this.invites = new HubInvites(http, pager);
        this.repositories = new HubRepositories(http, pager, concurrency);
    }

    /**
     * {@code POST /v2/auth/token}: the current login. Never retried after a 401.
     *
     * @param identifier a Docker ID for a password or personal access token; the organization name for an
     *                   organization access token
     * @param secret     password, personal access token or organization access token
     */
    public AccessToken createAccessToken(String identifier, String secret) throws ServiceException {
        return auth.createAccessToken(identifier, secret);
    }

    /**
     * {@code POST /v2/users/login}: deprecated, but the only route that supports two-factor authentication.
     *
     * @throws SecondFactorRequiredException when the account needs a code; continue with
     *                                       {@link #loginWithSecondFactor}
     */
    public AccessToken loginWithPassword(String username, String password) throws ServiceException {
        return auth.loginWithPassword(username, password);
    }

    /** {@code POST /v2/users/2fa-login}, with the challenge from {@link SecondFactorRequiredException#challenge()}. */
    public AccessToken loginWithSecondFactor(SecondFactorChallenge challenge, String code) throws ServiceException {
        return auth.loginWithSecondFactor(challenge, code);
    }

    /** {@code GET /v2/orgs/{org}}. */
    public Organization organization(AccessToken auth, String org) throws ServiceException {
        return organizations.organization(auth, org);
    }

    /** {@code GET /v2/orgs/{org}/members}, all pages. A null query lists everyone. */
    public List<Member> members(AccessToken auth, String org, MemberQuery query) throws ServiceException {
        return organizations.members(auth, org, query);
    }

    /** {@code POST /v2/invites/bulk}. Not retried: a repeat could send a second e-mail. */
    public InviteResult invite(AccessToken auth, InviteRequest request) throws ServiceException {
        return invites.invite(auth, Objects.requireNonNull(request, "request"));
    }

    /** {@code GET /v2/orgs/{org}/invites}: invitations not yet accepted or cancelled. */
    public List<Invite> pendingInvites(AccessToken auth, String org) throws ServiceException {
        return invites.pendingInvites(auth, org);
    }

    /** {@code PATCH /v2/invites/{id}/resend}. */
    public void resendInvite(AccessToken auth, String inviteId) throws ServiceException {
        invites.resendInvite(auth, inviteId);
    }

    /** {@code DELETE /v2/invites/{id}}. */
    public void cancelInvite(AccessToken auth, String inviteId) throws ServiceException {
        invites.cancelInvite(auth, inviteId);
    }

    /**
     * {@code GET /v2/namespaces/{ns}/repositories?page_size=100}, all pages, in page order; after page 1 up to the
     * client's {@link Concurrency} at once. Interrupting the thread cancels the requests in flight.
     */
    public List<Repository> repositories(AccessToken auth, String namespace) throws ServiceException {
        return repositories.repositories(auth, namespace);
    }

    /** {@code GET /v2/namespaces/{ns}/repositories/{repo}/tags?page_size=N}, the first page only (N is 1..100). */
    public List<Tag> tags(AccessToken auth, String namespace, String repository, int pageSize)
            throws ServiceException {
        return repositories.tags(auth, namespace, repository, pageSize);
    }
}
