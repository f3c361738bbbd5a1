package dev.hubonboard.check;

import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.hub.BadCredentialsException;
import dev.hubonboard.hub.ForbiddenException;
import dev.hubonboard.hub.HubClient;
import dev.hubonboard.hub.NotFoundException;
import dev.hubonboard.hub.OrganizationAccountException;
import dev.hubonboard.hub.PersonalTokenNotAllowedException;
import dev.hubonboard.hub.Repository;
import dev.hubonboard.hub.SsoRequiresTokenException;
import dev.hubonboard.hub.Tag;
import dev.hubonboard.hub.TokenExpiredException;
import dev.hubonboard.net.Concurrency;
import dev.hubonboard.net.HttpTransport;
import dev.hubonboard.net.RateLimitedException;
import dev.hubonboard.net.ServiceException;
import dev.hubonboard.net.UnreachableException;
import dev.hubonboard.registry.Challenge;
import dev.hubonboard.registry.Grants;
import dev.hubonboard.registry.ManifestCheck;
import dev.hubonboard.registry.PushProbe;
import dev.hubonboard.registry.RateLimit;
import dev.hubonboard.registry.RegistryClient;
import dev.hubonboard.registry.TokenServiceException;
import okhttp3.HttpUrl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The connection test: proves that the dedicated user's token lets a scanner pull every private repository of the
 * organization and cannot push. The `check` command and the wizard's test step both run this class.
 * <p>
 * Request budget: one login, the repository pages (100 a page), one token request per ~130 repositories, one push
 * probe, one tags page and one manifest HEAD. Never one request per repository.
 */
public final class ConnectionTest {
    private static final int NAMED_IN_FAILURE = 10;

    private final HubClient hub;
    private final RegistryClient registry;
    private final HttpTransport transport;

    public ConnectionTest(HttpTransport transport, HttpUrl hubUrl, HttpUrl registryUrl) {
        this(transport, hubUrl, registryUrl, Concurrency.DEFAULT);
    }

    /** @param concurrency requests in flight at once for the listing's pages and the grant batches (1: in turn) */
    public ConnectionTest(HttpTransport transport, HttpUrl hubUrl, HttpUrl registryUrl, Concurrency concurrency) {
        this.transport = transport;
        this.hub = new HubClient(transport, hubUrl, concurrency);
        this.registry = new RegistryClient(transport, registryUrl, concurrency);
    }

    /** Runs every check in order. Interrupting the thread cancels it with a {@link CancellationException}. */
    public Report run(CheckTarget target, CheckListener listener) {
        transport.onRetry(listener::waiting);
        try {
            return new Run(target, listener).execute();
        } finally {
            transport.onRetry(null);
        }
    }

    /** One run's state: what earlier checks learnt that later ones need. */
    private final class Run {
        private final CheckTarget target;
        private final CheckListener listener;
        private final List<CheckResult> results = new ArrayList<>();
        private boolean unreachable;
        private AccessToken session;
        private List<Repository> repositories = List.of();
        private Boolean member; // null: unknown
        private Challenge challenge;
        private final List<String> pullable = new ArrayList<>();
        private RepositoryCounts counts = RepositoryCounts.NONE;
        private Optional<RateLimit> rateLimit = Optional.empty();

        Run(CheckTarget target, CheckListener listener) {
            this.target = target;
            this.listener = listener;
        }

        Report execute() {
            step(CheckId.CREDENTIALS, this::credentials, null);
            step(CheckId.REPOSITORIES, this::repositories, session == null ? "Skipped: the credentials were not accepted." : null);
            step(CheckId.PULL, this::pull, session == null ? "Skipped: the credentials were not accepted." : null);
            step(CheckId.READ_ONLY, this::readOnly, challenge == null || repositories.isEmpty()
                    ? "Skipped: no repository to ask push access for." : null);
            step(CheckId.RATE_LIMIT, this::rateLimit, pullable.isEmpty()
                    ? "Skipped: no private repository could be pulled." : null);
            return new Report(target.org(), target.username(), results, counts, rateLimit, unreachable,
                    Instant.now());
        }

        private interface Body {
            CheckResult run() throws ServiceException;
        }

        private void step(CheckId id, Body body, String skipReason) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("The connection test was cancelled.");
            }
            CheckResult result;
            if (unreachable) {
                result = CheckResult.skip(id, "Skipped: Docker Hub could not be reached.");
            } else if (skipReason != null) {
                result = CheckResult.skip(id, skipReason);
            } else {
                listener.started(id);
                try {
                    result = body.run();
                } catch (UnreachableException e) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new CancellationException("The connection test was cancelled.");
                    }
                    unreachable = true;
                    result = new CheckResult(id, Outcome.FAIL, e.getMessage(),
                            "Check the network connection, proxy settings and https://www.dockerstatus.com, "
                                    + "then run the test again.");
                } catch (RateLimitedException e) {
                    result = new CheckResult(id, Outcome.FAIL, e.getMessage(),
                            "Wait " + e.retryAfter().toSeconds() + " s, then run the test again.");
                } catch (ServiceException e) {
                    result = new CheckResult(id, Outcome.FAIL, e.getMessage(), "");
                }
            }
            results.add(result);
            listener.finished(result);
        }

        private CheckResult credentials() throws ServiceException {
            try {
                session = hub.createAccessToken(target.username(), target.token());
                return CheckResult.pass(CheckId.CREDENTIALS,
                        "Docker Hub accepted the Docker ID " + target.username() + " and its token.");
            } catch (TokenExpiredException e) {
                return new CheckResult(CheckId.CREDENTIALS, Outcome.FAIL,
                        "The personal access token has expired.",
                        "Sign in to Docker Hub as " + target.username() + ", create a new token with "
                                + "\"Read-only\" access (Account settings > Personal access tokens), and enter it.");
            } catch (OrganizationAccountException e) {
                return new CheckResult(CheckId.CREDENTIALS, Outcome.FAIL,
                        "That is an organization access token; the connector needs the dedicated user's "
                                + "personal access token.",
                        "Sign in as " + target.username() + " and create a personal access token with "
                                + "\"Read-only\" access.");
            } catch (SsoRequiresTokenException e) {
                return new CheckResult(CheckId.CREDENTIALS, Outcome.FAIL,
                        "Single sign-on is enforced, so passwords are refused.",
                        "Use a personal access token of the dedicated user, not its password.");
            } catch (BadCredentialsException e) {
                return new CheckResult(CheckId.CREDENTIALS, Outcome.FAIL,
                        "Docker Hub refused the Docker ID " + target.username() + " with this token"
                                + detailSuffix(e) + ".",
                        "Check that the username is the Docker ID (not the e-mail) and that the token was "
                                + "copied whole. Do not retry many times: Docker Hub locks the account for about "
                                + "10 minutes after repeated failures.");
            }
        }

        private CheckResult repositories() throws ServiceException {
            try {
                repositories = hub.repositories(session, target.org());
            } catch (NotFoundException e) {
                return new CheckResult(CheckId.REPOSITORIES, Outcome.FAIL,
                        "Docker Hub knows no organization named " + target.org() + ".",
                        "Check the organization name (as in hub.docker.com/orgs/NAME).");
            }
            member = membership();
            int priv = (int) repositories.stream().filter(Repository::isPrivate).count();
            counts = new RepositoryCounts(repositories.size(), priv, repositories.size() - priv, 0);
            String listed = repositories.size() + " repositories in " + target.org() + " (" + priv + " private, "
                    + (repositories.size() - priv) + " public).";
            if (priv == 0) {
                return new CheckResult(CheckId.REPOSITORIES, Outcome.WARN,
                        listed + " None is private, and Defender for Containers scans private repositories only.",
                        Boolean.FALSE.equals(member)
                                ? target.username() + " is not a member of " + target.org()
                                + " yet, so private repositories are hidden from it: accept the invite."
                                : "If the organization has private repositories, make sure " + target.username()
                                + " is a member with the Editor role on them.");
            }
            return CheckResult.pass(CheckId.REPOSITORIES, listed);
        }

        /** Whether the user belongs to the organization, where Docker Hub tells: it hides other orgs' details. */
        private Boolean membership() throws ServiceException {
            try {
                hub.organization(session, target.org());
                return Boolean.TRUE;
            } catch (NotFoundException | ForbiddenException e) {
                return Boolean.FALSE;
            } catch (PersonalTokenNotAllowedException e) {
                return null;
            }
        }

        private CheckResult pull() throws ServiceException {
            List<String> wanted = repositories.stream().filter(Repository::isPrivate)
                    .map(r -> target.org() + "/" + r.name()).toList();
            challenge = registry.discover();
            if (wanted.isEmpty()) {
                if (Boolean.FALSE.equals(member)) {
                    return new CheckResult(CheckId.PULL, Outcome.FAIL,
                            target.username() + " is not a member of " + target.org()
                                    + ", so it cannot pull any private repository.",
                            "The invite is still pending or was not sent: " + target.username()
                                    + " must verify its e-mail and accept the invite as Editor.");
                }
                return CheckResult.skip(CheckId.PULL, "Skipped: no private repository to pull.");
            }
            Map<String, Set<String>> granted;
            try {
                granted = registry.grants(challenge, target.username(), target.token(), wanted, "pull");
            } catch (TokenServiceException e) {
                return new CheckResult(CheckId.PULL, Outcome.FAIL, e.getMessage(),
                        e.reason() == TokenServiceException.Reason.TOKEN_EXPIRED
                                ? "Create a new token with \"Read-only\" access." : "");
            }
            List<String> denied = new ArrayList<>();
            for (String repo : wanted) {
                (granted.getOrDefault(repo, Set.of()).contains("pull") ? pullable : denied).add(repo);
            }
            counts = new RepositoryCounts(counts.total(), counts.privateCount(), counts.publicCount(), pullable.size());
            if (denied.isEmpty()) {
                return CheckResult.pass(CheckId.PULL, "All " + wanted.size() + " private repositories can be pulled.");
            }
            String names = String.join(", ", denied.subList(0, Math.min(NAMED_IN_FAILURE, denied.size())))
                    + (denied.size() > NAMED_IN_FAILURE ? " and " + (denied.size() - NAMED_IN_FAILURE) + " more" : "");
            String remediation = Boolean.FALSE.equals(member)
                    ? target.username() + " is not a member of " + target.org() + " yet: it must verify its e-mail "
                    + "and accept the invite as Editor."
                    : pullable.isEmpty()
                    ? "The token cannot read any private repository. It was probably created with the default "
                    + "\"Public Repo Read-only\" access: create a new token with \"Read-only\" access. If the token "
                    + "is right, check that " + target.username() + " has accepted the invite as Editor."
                    : "Give " + target.username() + " the Editor role on these repositories (organization > "
                    + "Teams or Repositories > Permissions).";
            return new CheckResult(CheckId.PULL, Outcome.FAIL,
                    denied.size() + " of " + wanted.size() + " private repositories cannot be pulled: " + names + ".",
                    remediation);
        }

        private CheckResult readOnly() throws ServiceException {
            String repo = !pullable.isEmpty() ? pullable.getFirst()
                    : target.org() + "/" + repositories.getFirst().name();
            PushProbe probe = registry.probePush(challenge, target.username(), target.token(), repo);
            return switch (probe) {
                case REFUSED_BY_SCOPE -> CheckResult.pass(CheckId.READ_ONLY,
                        "The token cannot push: Docker Hub refused push with \"insufficient scopes\".");
                case GRANTED -> new CheckResult(CheckId.READ_ONLY, Outcome.FAIL,
                        "The token can push to " + repo + ": it has write access.",
                        "Delete this token in Docker Hub and create a new one with \"Read-only\" access. The "
                                + "scanner must never be able to change images.");
                case NOT_GRANTED -> new CheckResult(CheckId.READ_ONLY, Outcome.WARN,
                        "Inconclusive: push was not granted on " + repo + ", but only because "
                                + target.username() + " lacks write permission there, so the token's own scope "
                                + "is unproven.",
                        "Make sure the token was created with \"Read-only\" access.");
            };
        }

        private CheckResult rateLimit() throws ServiceException {
            String repo = pullable.getFirst();
            String name = repo.substring(repo.indexOf('/') + 1);
            List<Tag> tags = hub.tags(session, target.org(), name, 1);
            if (tags.isEmpty()) {
                return new CheckResult(CheckId.RATE_LIMIT, Outcome.WARN,
                        repo + " has no tags, so no manifest could be read.",
                        "Nothing to do unless every repository is empty; the scanner needs images to scan.");
            }
            Grants grants = registry.requestToken(challenge, target.username(), target.token(),
                    List.of("repository:" + repo + ":pull"));
            ManifestCheck head = registry.headManifest(grants.token(), repo, tags.getFirst().name());
            if (!head.ok()) {
                return new CheckResult(CheckId.RATE_LIMIT, Outcome.FAIL,
                        "The registry refused the manifest of " + repo + ":" + tags.getFirst().name() + " (HTTP "
                                + head.status() + " " + head.errorCode() + ").",
                        "The token service granted pull but the registry refused it; run the test again later.");
            }
            rateLimit = head.rateLimit();
            return CheckResult.pass(CheckId.RATE_LIMIT, rateLimit
                    .map(l -> "Manifest of " + repo + " read. Pull limit: " + l.remaining() + " of " + l.limit()
                            + " left per " + hours(l.windowSeconds()) + ".")
                    .orElse("Manifest of " + repo + " read. No pull limit applies to this account."));
        }
    }

    private static String detailSuffix(ServiceException e) {
        return e.detail().isEmpty() ? "" : " (\"" + e.detail() + "\")";
    }

    private static String hours(long seconds) {
        return seconds % 3600 == 0 && seconds > 0 ? (seconds / 3600) + " h" : seconds + " s";
    }
}
