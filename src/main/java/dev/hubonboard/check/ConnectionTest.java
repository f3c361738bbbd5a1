package dev.hubonboard.check;

import dev.hubonboard.hub.AccessToken;
import dev.hubonboard.hub.BadCredentialsException;
import dev.hubonboard.hub.HubClient;
import dev.hubonboard.hub.NotFoundException;
import dev.hubonboard.hub.OrganizationAccountException;
import dev.hubonboard.hub.PasswordNotTokenException;
import dev.hubonboard.hub.PersonalTokenNotAllowedException;
import dev.hubonboard.hub.Repository;
import dev.hubonboard.hub.SsoRequiresTokenException;
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
import dev.hubonboard.registry.TagListing;
import dev.hubonboard.registry.TokenServiceException;
import okhttp3.HttpUrl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * The connection test: proves that the dedicated user's token lets a scanner pull every private repository of the
 * organization and cannot push. The `check` command and the wizard's test step both run this class.
 * <p>
 * "Ready" needs proof: pull granted on at least one private repository, and on every private repository that the
 * token sees or that the organization expects (the owner's list, {@link CheckTarget#expected()}). Membership is not
 * read from {@code GET /v2/orgs/{org}}: Docker Hub answers it to anyone (hub-facts).
 * <p>
 * Request budget: one login, the repository pages (100 a page), one token request per ~130 repositories, one push
 * probe, one pull token, one registry tag list and one manifest HEAD. Never one request per repository.
 */
public final class ConnectionTest {
    private static final int NAMED_IN_FAILURE = 10;
    /**
     * How long rate limits may hold the whole test back. Each wait alone is at most a minute (HttpSettings), but a
     * Hub that keeps answering "1 request left, reset in 59 s" would otherwise pace a large organization's listing
     * and grant batches for hours; past this the test ends as rate-limited (check: exit 3).
     */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(10);

    private final HubClient hub;
    private final RegistryClient registry;
    private final HttpTransport transport;
    private final Duration timeLimit;

    public ConnectionTest(HttpTransport transport, HttpUrl hubUrl, HttpUrl registryUrl) {
        this(transport, hubUrl, registryUrl, Concurrency.DEFAULT);
    }

    /** @param concurrency requests in flight at once for the listing's pages and the grant batches (1: in turn) */
    public ConnectionTest(HttpTransport transport, HttpUrl hubUrl, HttpUrl registryUrl, Concurrency concurrency) {
        this(transport, hubUrl, registryUrl, concurrency, DEFAULT_TIME_LIMIT);
    }

    /** @param timeLimit how long rate limits may hold the test back in all, by the transport's clock */
    public ConnectionTest(HttpTransport transport, HttpUrl hubUrl, HttpUrl registryUrl, Concurrency concurrency,
                          Duration timeLimit) {
        this.transport = transport;
        this.hub = new HubClient(transport, hubUrl, concurrency);
        this.registry = new RegistryClient(transport, registryUrl, concurrency);
        this.timeLimit = java.util.Objects.requireNonNull(timeLimit, "timeLimit");
    }

    /** Runs every check in order. Interrupting the thread cancels it with a {@link CancellationException}. */
    public Report run(CheckTarget target, CheckListener listener) {
        transport.onRetry(listener::waiting);
        transport.waitAtMostUntil(transport.clock().instant().plus(timeLimit));
        try {
            return new Run(target, listener).execute();
        } finally {
            transport.onRetry(null);
            transport.waitAtMostUntil(null);
        }
    }

    /** One run's state: what earlier checks learnt that later ones need. */
    private final class Run {
        private final CheckTarget target;
        private final CheckListener listener;
        private final List<CheckResult> results = new ArrayList<>();
        private boolean unreachable;
        private boolean rateLimited;
        private AccessToken session;
        private List<Repository> repositories = List.of();
        /** ORG/NAME of every private repository to prove pull on: the expected ones, then the others visible. */
        private List<String> wanted = List.of();
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
            step(CheckId.READ_ONLY, this::readOnly, challenge == null || probeRepository() == null
                    ? "Skipped: no repository to ask push access for." : null);
            step(CheckId.RATE_LIMIT, this::rateLimit, pullable.isEmpty()
                    ? "Skipped: no private repository could be pulled." : null);
            return new Report(target.org(), target.username(), results, counts, rateLimit, unreachable, rateLimited,
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
            if (rateLimited) {
                result = CheckResult.skip(id, "Skipped: Docker Hub is rate-limiting these requests.");
            } else if (unreachable) {
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
                    // Not the token's fault, and nothing later could run: the test ends as rate-limited (exit 3).
                    rateLimited = true;
                    result = new CheckResult(id, Outcome.FAIL, e.getMessage(),
                            "Wait " + Math.max(1, e.retryAfter().toSeconds()) + " s (longer if other jobs use the "
                                    + "same Docker Hub account or network), then run the test again.");
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
            } catch (PasswordNotTokenException e) {
                return new CheckResult(CheckId.CREDENTIALS, Outcome.FAIL,
                        "Docker Hub says this is the account's password, not an access token.",
                        "Use a personal access token of " + target.username() + " with \"Read-only\" access, never the "
                                + "password: the connector and this test need the token.");
            } catch (BadCredentialsException e) {
                return new CheckResult(CheckId.CREDENTIALS, Outcome.FAIL,
                        "Docker Hub refused the Docker ID " + target.username() + " with this token"
                                + detailSuffix(e) + ".",
                        "Check that the username is the Docker ID (not the e-mail) and that the token was "
                                + "copied whole. Do not retry many times: Docker Hub locks the account for about "
                                + "10 minutes after repeated failures.", CheckResult.Cause.CREDENTIALS_REFUSED);
            }
        }

        private CheckResult repositories() throws ServiceException {
            List<String> expected = target.expected();
            Integer expectedCount = expected.isEmpty() ? null : expected.size();
            try {
                repositories = hub.repositories(session, target.org());
            } catch (NotFoundException e) {
                return new CheckResult(CheckId.REPOSITORIES, Outcome.FAIL,
                        "Docker Hub knows no organization named " + target.org() + ".",
                        "Check the organization name (as in hub.docker.com/orgs/NAME).");
            } catch (PersonalTokenNotAllowedException e) {
                // Docker Hub has refused Hub routes to JWTs made from personal access tokens (hub-feedback#2438);
                // the registry side still works, so a list from elsewhere lets the test go on.
                counts = new RepositoryCounts(0, 0, 0, 0, expectedCount, false, List.of());
                wanted = qualified(expected);
                String refused = "Docker Hub does not let this token list the repositories of " + target.org()
                        + detailSuffix(e) + ".";
                if (expected.isEmpty()) {
                    return new CheckResult(CheckId.REPOSITORIES, Outcome.FAIL,
                            refused + " No list of expected repositories was given, so nothing proves that the token "
                                    + "can pull the private ones.",
                            GIVE_THE_LIST);
                }
                return new CheckResult(CheckId.REPOSITORIES, Outcome.WARN,
                        refused + " The test goes on with the " + expected.size() + " expected repositories.",
                        "Nothing to do: pull is proven on each repository of the list.");
            }
            List<String> visiblePrivate = repositories.stream().filter(Repository::isPrivate).map(Repository::name)
                    .toList();
            int priv = visiblePrivate.size();
            counts = new RepositoryCounts(repositories.size(), priv, repositories.size() - priv, 0, expectedCount,
                    true, List.of());
            LinkedHashSet<String> all = new LinkedHashSet<>(expected);
            all.addAll(visiblePrivate);
            wanted = qualified(List.copyOf(all));
            String listed = repositories.size() + " repositories of " + target.org() + " are visible to "
                    + target.username() + " (" + priv + " private, " + (repositories.size() - priv) + " public).";
            if (priv == 0 && expected.isEmpty()) {
                return new CheckResult(CheckId.REPOSITORIES, Outcome.FAIL,
                        listed + " None is private and none was named, so nothing proves that the token can pull a "
                                + "private repository (Defender scans private repositories only).",
                        threeCauses());
            }
            if (priv == 0) {
                return new CheckResult(CheckId.REPOSITORIES, Outcome.FAIL,
                        listed + " The token sees none of the " + expected.size()
                                + " private repositories the organization expects.",
                        notSeenCauses());
            }
            List<String> missing = expected.stream().filter(n -> !visiblePrivate.contains(n)).toList();
            if (!missing.isEmpty()) {
                return new CheckResult(CheckId.REPOSITORIES, Outcome.WARN,
                        listed + " " + missing.size() + " of the " + expected.size() + " expected private repositories "
                                + "are not among them: " + names(qualified(missing)) + ".",
                        "The pull check says whether they can be pulled. If they were removed or renamed, update the "
                                + "repository list; otherwise give " + target.username() + " the Editor role on them.");
            }
            return CheckResult.pass(CheckId.REPOSITORIES, listed + (expected.isEmpty() ? ""
                    : " All " + expected.size() + " expected private repositories are among them."));
        }

        private CheckResult pull() throws ServiceException {
            challenge = registry.discover();
            if (wanted.isEmpty()) {
                return CheckResult.skip(CheckId.PULL, "Skipped: no private repository is visible or named.");
            }
            Map<String, Set<String>> granted;
            try {
                granted = registry.grants(challenge, target.username(), target.token(), wanted, "pull");
            } catch (TokenServiceException e) {
                counts = counts.withPull(0, wanted);
                if (e.reason() == TokenServiceException.Reason.INSUFFICIENT_SCOPE) {
                    // docker/cli#4511: the token service may refuse the whole request when the token's permission is
                    // below what a scope asks, instead of granting less.
                    return new CheckResult(CheckId.PULL, Outcome.FAIL,
                            "The token service refused pull on the private repositories as a whole"
                                    + detailSuffix(e) + ": the token's permission is below \"Read-only\".",
                            PUBLIC_READ_FIX);
                }
                return new CheckResult(CheckId.PULL, Outcome.FAIL, e.getMessage(),
                        e.reason() == TokenServiceException.Reason.TOKEN_EXPIRED
                                ? "Create a new token with \"Read-only\" access." : "");
            }
            List<String> denied = new ArrayList<>();
            for (String repo : wanted) {
                (granted.getOrDefault(repo, Set.of()).contains("pull") ? pullable : denied).add(repo);
            }
            counts = counts.withPull(pullable.size(), denied);
            if (denied.isEmpty()) {
                return CheckResult.pass(CheckId.PULL, "All " + wanted.size() + " private repositories can be pulled"
                        + (target.expected().isEmpty() ? "." : " (" + target.expected().size() + " expected).")) ;
            }
            String remediation = pullable.isEmpty()
                    ? "The token cannot pull any private repository of " + target.org() + ". Either " + PUBLIC_READ_CAUSE
                    + ", or " + target.username() + " has not accepted the invite yet: it must verify its e-mail and "
                    + "accept the invite as Editor."
                    : "Give " + target.username() + " the Editor role on these repositories (organization > Teams or "
                    + "Repositories > Permissions). A name that no longer exists in " + target.org()
                    + " should leave the repository list.";
            return new CheckResult(CheckId.PULL, Outcome.FAIL,
                    denied.size() + " of " + wanted.size() + " private repositories cannot be pulled: " + names(denied)
                            + ".", remediation);
        }

        /** The repository the push probe asks about: one the token can pull, else any it knows of. */
        private String probeRepository() {
            if (!pullable.isEmpty()) {
                return pullable.getFirst();
            }
            if (!wanted.isEmpty()) {
                return wanted.getFirst();
            }
            return repositories.isEmpty() ? null : target.org() + "/" + repositories.getFirst().name();
        }

        private CheckResult readOnly() throws ServiceException {
            String repo = probeRepository();
            PushProbe probe = registry.probePush(challenge, target.username(), target.token(), repo);
            return switch (probe) {
                case REFUSED_BY_SCOPE -> CheckResult.pass(CheckId.READ_ONLY,
                        "The token cannot push: Docker Hub refused push with \"insufficient scopes\".");
                case GRANTED -> new CheckResult(CheckId.READ_ONLY, Outcome.FAIL,
                        "The token can push to " + repo + ": it has write access.",
                        "Delete this token in Docker Hub and create a new one with \"Read-only\" access. The "
                                + "scanner must never be able to change images.");
                case NOT_GRANTED -> new CheckResult(CheckId.READ_ONLY, Outcome.WARN,
                        "Inconclusive: the token service answered 200 without push on " + repo + ". A 200 without "
                                + "push does not prove the token's scope: " + target.username() + " lacks write "
                                + "permission there, so a Read & Write token would get the same answer.",
                        "Make sure the token was created with \"Read-only\" access (Docker Hub > Account settings > "
                                + "Personal access tokens shows each token's permission).");
            };
        }

        private CheckResult rateLimit() throws ServiceException {
            String repo = pullable.getFirst();
            Grants grants = registry.requestToken(challenge, target.username(), target.token(),
                    List.of("repository:" + repo + ":pull"));
            // The tag comes from the registry with the pull token: the Hub's tags route has refused logins made
            // from personal access tokens (hub-feedback#2171, #2253), and "latest" may not exist.
            TagListing tags = registry.tags(grants.token(), repo, 1);
            if (!tags.ok()) {
                return new CheckResult(CheckId.RATE_LIMIT, Outcome.FAIL,
                        "The registry's tag list of " + repo + " could not be used (HTTP " + tags.status() + " "
                                + tags.errorCode() + ").",
                        "The token service granted pull but the registry refused it; run the test again later.");
            }
            if (tags.tags().isEmpty()) {
                return new CheckResult(CheckId.RATE_LIMIT, Outcome.WARN,
                        repo + " has no tags, so no manifest could be read.",
                        "Nothing to do unless every repository is empty; the scanner needs images to scan.");
            }
            String tag = tags.tags().getFirst();
            ManifestCheck head = registry.headManifest(grants.token(), repo, tag);
            if (!head.ok()) {
                return new CheckResult(CheckId.RATE_LIMIT, Outcome.FAIL,
                        "The registry refused the manifest of " + repo + ":" + tag + " (HTTP "
                                + head.status() + " " + head.errorCode() + ").",
                        "The token service granted pull but the registry refused it; run the test again later.");
            }
            rateLimit = head.rateLimit();
            return CheckResult.pass(CheckId.RATE_LIMIT, rateLimit
                    .map(l -> "Manifest of " + repo + ":" + tag + " read. Pull limit: " + l.remaining() + " of "
                            + l.limit() + " left per " + hours(l.windowSeconds()) + ".")
                    .orElse("Manifest of " + repo + ":" + tag + " read. The registry sent no pull limit: pulls of "
                            + target.org() + "'s private repositories count against the organization's plan, not "
                            + target.username() + "'s."));
        }

        private List<String> qualified(List<String> names) {
            return names.stream().map(n -> target.org() + "/" + n).toList();
        }

        private String threeCauses() {
            return "One of three causes: (1) " + target.username() + " has not accepted the invite yet, or is not a "
                    + "member of " + target.org() + ": it must verify its e-mail and accept the invite as Editor; (2) "
                    + PUBLIC_READ_CAUSE + "; (3) " + target.org() + " has no private repository: Defender scans "
                    + "private repositories only, so there is nothing to scan.";
        }

        private String notSeenCauses() {
            return "Either " + target.username() + " has not accepted the invite yet (or is not a member of "
                    + target.org() + "): it must verify its e-mail and accept the invite as Editor; or "
                    + PUBLIC_READ_CAUSE + ".";
        }
    }

    /** Docker's default PAT permission; newer Docker pages call it "Repo Public Read-only" (access-token reference). */
    private static final String PUBLIC_READ_CAUSE = "the token was created with Docker's default permission \"Public "
            + "Repo Read-only\" (\"Repo Public Read-only\" on newer Docker Hub pages), which sees public repositories "
            + "only: create a new token with \"Read-only\"";

    private static final String PUBLIC_READ_FIX = "The token was probably created with Docker's default permission "
            + "\"Public Repo Read-only\" (\"Repo Public Read-only\" on newer Docker Hub pages), which may pull public "
            + "repositories only. Create a new token with \"Read-only\" access and test it.";

    private static final String GIVE_THE_LIST = "Name the private repositories Defender must scan: `check "
            + "--repositories FILE` (one NAME or ORG/NAME per line), or `check --from-keychain` after an onboarding in "
            + "the wizard, which saves the owner's list (Connections > Save repository list… writes the file).";

    private static String names(List<String> repos) {
        return String.join(", ", repos.subList(0, Math.min(NAMED_IN_FAILURE, repos.size())))
                + (repos.size() > NAMED_IN_FAILURE ? " and " + (repos.size() - NAMED_IN_FAILURE) + " more" : "");
    }

    private static String detailSuffix(ServiceException e) {
        return e.detail().isEmpty() ? "" : " (\"" + e.detail() + "\")";
    }

    private static String hours(long seconds) {
        return seconds % 3600 == 0 && seconds > 0 ? (seconds / 3600) + " h" : seconds + " s";
    }
}
