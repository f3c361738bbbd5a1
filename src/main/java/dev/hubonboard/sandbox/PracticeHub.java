package dev.hubonboard.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The embedded practice Hub: a loopback imitation of Docker Hub's API, its registry token service and its registry,
 * with one organization, its owner and a dedicated scanner user, for tests and for the app's offline practice mode.
 * Behaviour follows {@code docs/hub-facts.md}. Secrets it hands out are valid only against this instance.
 */
public final class PracticeHub implements AutoCloseable {

    /** Personal access token scopes; each includes the ones before it. */
    public enum Scope {
        PUBLIC_READ("repo:public_read"), READ("repo:read"), WRITE("repo:write"), ADMIN("repo:admin");

        private final String value;

        Scope(String value) {
            this.value = value;
        }

        /** The Hub's name for the scope, e.g. {@code repo:read}. */
        public String value() {
            return value;
        }

        public boolean includes(Scope other) {
            return ordinal() >= other.ordinal();
        }

        public static Scope of(String value) {
            for (Scope scope : values()) {
                if (scope.value.equals(value)) {
                    return scope;
                }
            }
            throw new IllegalArgumentException("unknown scope: " + value);
        }
    }

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final HubState state;
    private final Faults faults = new Faults();
    private final Behaviour behaviour = new Behaviour();
    private final RequestLog requests = new RequestLog();
    private final ExecutorService executor;
    private final Endpoint hub;
    private final Endpoint auth;
    private final Endpoint registry;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final PracticeSnapshot snapshot; // null: nothing is kept between runs
    private volatile String snapshotProblem;

    private PracticeHub(Builder b) throws IOException {
        this.state = new HubState(b);
        this.snapshot = b.savedIn == null ? null : new PracticeSnapshot(b.savedIn);
        if (snapshot != null) {
            snapshotProblem = snapshot.restoreInto(state).orElse(null);
            state.onChange(this::save); // saved before the change is answered, so a crash keeps it
        }
        Jwt jwt = new Jwt();
        // A small fixed pool shared by the three servers keeps the practice Hub bounded on a busy machine.
        this.executor = Executors.newFixedThreadPool(6, r -> {
            Thread t = new Thread(r, "practice-hub-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            hub = new Endpoint(Target.HUB, executor, requests, faults, b.latency);
            auth = new Endpoint(Target.AUTH, executor, requests, faults, b.latency);
            registry = new Endpoint(Target.REGISTRY, executor, requests, faults, b.latency);
        } catch (IOException e) {
            executor.shutdownNow();
            throw e;
        }
        hub.start(new HubApi(state, jwt, this::hubUrl, behaviour));
        auth.start(new TokenService(state, jwt, behaviour));
        registry.start(new Registry(state, jwt, this::authUrl, b.rateLimitHeaders, b.rateLimitRemaining));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A practice Hub with the defaults. */
    public static PracticeHub start() {
        return builder().start();
    }

    /** Base of the Hub API, e.g. {@code http://127.0.0.1:40001} (routes under {@code /v2/}). */
    public URI hubUrl() {
        return hub.uri();
    }

    /** Base of the registry ({@code /v2/}, {@code /v2/{name}/manifests/{ref}}). */
    public URI registryUrl() {
        return registry.uri();
    }

    /** The token service, as announced in the registry's challenge. */
    public URI authUrl() {
        return auth.uri().resolve("/token");
    }

    public String org() {
        return state.org;
    }

    public String ownerUsername() {
        return state.owner;
    }

    public String ownerPassword() {
        return state.user(state.owner).password;
    }

    /** The owner has 2FA on; this code completes {@code /v2/users/2fa-login}. */
    public String ownerSecondFactorCode() {
        return state.secondFactorCode;
    }

    /** A {@code dckr_oat_} token with member and invite rights; use the organization name as identifier. */
    public String organizationAccessToken() {
        return state.organizationAccessToken;
    }

    public String dedicatedUsername() {
        return state.dedicated;
    }

    public String dedicatedEmail() {
        return state.user(state.dedicated).email;
    }

    /** The dedicated user's password (no 2FA); the wizard never needs it, tests of password login do. */
    public String dedicatedPassword() {
        return state.user(state.dedicated).password;
    }

    // --- playing the dedicated user's part ---

    /** The dedicated user clicks the link in the verification e-mail. */
    public void verifyEmail() {
        state.verifyEmail(state.dedicated);
    }

    /**
     * The dedicated user accepts the pending invite: it leaves the pending list and the user becomes a member with
     * the invited role (Editor by default).
     *
     * @throws IllegalStateException if the e-mail is not verified or there is no pending invite
     */
    public void acceptInvite() {
        state.acceptInvite(state.dedicated);
    }

    /**
     * The dedicated user creates a personal access token.
     *
     * @throws IllegalStateException if the e-mail is not verified
     */
    public String createToken(Scope scope) {
        return createToken(scope, false);
    }

    /** As {@link #createToken(Scope)}; an expired token is refused with "personal access token is expired". */
    public String createToken(Scope scope, boolean expired) {
        return state.createToken(state.dedicated, Objects.requireNonNull(scope), expired);
    }

    /**
     * The dedicated user revokes one of its tokens (Docker Hub: Account settings, Personal access tokens, Delete): a
     * later login with it is refused as a wrong password is. True when there was such a token.
     */
    public boolean revokeToken(String token) {
        return state.revokeToken(Objects.requireNonNull(token));
    }

    /** A personal access token of the owner: lets tests see management routes refuse PAT-made JWTs. */
    public String createOwnerToken(Scope scope) {
        return state.createToken(state.owner, Objects.requireNonNull(scope), false);
    }

    /**
     * Why the state saved by an earlier run (see {@link Builder#savedIn}) could not be used or the latest change could
     * not be saved, for the app to show; empty when all is well.
     */
    public Optional<String> savedStateProblem() {
        return Optional.ofNullable(snapshotProblem);
    }

    /** Keeps the organization for the next run, when {@link Builder#savedIn} asked for it. */
    private void save() {
        if (snapshot != null) {
            snapshotProblem = snapshot.save(state).orElse(null);
        }
    }

    /**
     * Closes the three servers' listening ports, as when Docker Hub cannot be reached: every request is refused the
     * connection (not answered with an error). {@link #comeBackOnline()} listens on the same ports again.
     */
    public void goOffline() {
        hub.goOffline();
        auth.goOffline();
        registry.goOffline();
    }

    /** Listens again on the ports it had; harmless when online. */
    public void comeBackOnline() {
        if (closed.get()) {
            throw new IllegalStateException("the practice Hub is closed");
        }
        try {
            hub.comeOnline();
            auth.comeOnline();
            registry.comeOnline();
        } catch (IOException e) {
            throw new UncheckedIOException("the practice Hub could not listen on its ports again", e);
        }
    }

    public boolean isOffline() {
        return !hub.online();
    }

    /** The owner removes the dedicated user from the organization and cancels its pending invites. */
    public void removeDedicatedUser() {
        state.removeFromOrganization(state.dedicated);
    }

    /** The dedicated user has verified the e-mail and has an invite as Editor, not accepted yet. */
    public void leaveInvitePending() {
        state.verifyEmail(state.dedicated);
        state.leaveInvitePending(state.dedicated);
    }

    /** The dedicated user is a member (Editor) with a verified e-mail, whatever happened before. */
    public void makeDedicatedUserEditor() {
        state.makeMember(state.dedicated, HubState.ROLE_EDITOR);
    }

    /** Whether the dedicated user is a member of the organization now. */
    public boolean isDedicatedUserMember() {
        return state.roleOf(state.dedicated) != null;
    }

    /** How many invites are pending in the organization. */
    public int pendingInvites() {
        return state.invites().size();
    }

    /** The names of the organization's private repositories, as the owner lists them. */
    public java.util.List<String> privateRepositoryNames() {
        return state.repositories().stream().filter(HubState.Repository::isPrivate).map(HubState.Repository::name)
                .toList();
    }

    public Faults faults() {
        return faults;
    }

    /** Docker Hub's field behaviours (token refusals, whole-request "insufficient scopes", redirect, invite 409). */
    public Behaviour behaviour() {
        return behaviour;
    }

    /** How many invitation e-mails the practice Hub has sent to this invitee (e-mail or Docker ID). */
    public int invitationEmails(String invitee) {
        return state.invitationEmails(invitee);
    }

    public RequestLog requests() {
        return requests;
    }

    /** Stops the three servers at once and their threads. Closing twice is harmless. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        hub.stop();
        auth.stop();
        registry.stop();
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "PracticeHub[org=" + state.org + ", hub=" + hubUrl() + ", registry=" + registryUrl()
                + ", auth=" + authUrl() + ", secrets redacted]";
    }

    /** Options of a practice Hub. */
    public static final class Builder {
        String org = "acme-corp";
        int privateRepositories = 3;
        int publicRepositories = 2;
        boolean inviteAccepted;
        boolean emailVerified;
        Duration latency = Duration.ZERO;
        boolean rateLimitHeaders = true;
        int rateLimitRemaining = 199;
        java.util.List<String> tags = java.util.List.of("latest", "1.0");
        String dedicatedRole = "editor";
        java.nio.file.Path savedIn;

        private Builder() {
        }

        /**
         * Keeps the organization's changing parts (verified e-mails, members, invites, tokens made: see
         * {@link PracticeSnapshot}) in {@code file}, restored on start, so practice survives a restart of the app.
         */
        public Builder savedIn(java.nio.file.Path file) {
            this.savedIn = Objects.requireNonNull(file, "file");
            return this;
        }

        public Builder org(String org) {
            if (org == null || !org.matches("[a-z0-9][a-z0-9-_]{1,254}")) {
                throw new IllegalArgumentException("not a Docker Hub organization name: " + org);
            }
            this.org = org;
            return this;
        }

        /** Up to 3 get the default names; more are named {@code svc-0001}, {@code svc-0002}, … */
        public Builder privateRepositories(int n) {
            this.privateRepositories = requireCount(n);
            return this;
        }

        /** Up to 2 get the default names; more are named {@code pub-0001}, … */
        public Builder publicRepositories(int n) {
            this.publicRepositories = requireCount(n);
            return this;
        }

        /** True: the dedicated user is already a member (Editor) and has verified the e-mail. */
        public Builder inviteAccepted(boolean accepted) {
            this.inviteAccepted = accepted;
            return this;
        }

        /** The role the dedicated user accepts: {@code editor} (default, as Defender's docs ask) or {@code member}. */
        public Builder dedicatedRole(String role) {
            if (!java.util.List.of("editor", "member").contains(role)) {
                throw new IllegalArgumentException("editor or member, not " + role);
            }
            this.dedicatedRole = role;
            return this;
        }

        public Builder emailVerified(boolean verified) {
            this.emailVerified = verified;
            return this;
        }

        /** Added to every request on all three servers (benchmarks use 20 ms). */
        public Builder latency(Duration perRequest) {
            if (perRequest == null || perRequest.isNegative()) {
                throw new IllegalArgumentException("latency must be zero or positive");
            }
            this.latency = perRequest;
            return this;
        }

        /** The tags every repository has (default {@code latest}, {@code 1.0}); none is a repository without images. */
        public Builder tags(String... tags) {
            this.tags = java.util.List.of(tags);
            return this;
        }

        /** False: manifests carry no rate-limit headers, which means unlimited pulls. */
        public Builder rateLimitHeaders(boolean present) {
            this.rateLimitHeaders = present;
            return this;
        }

        /** Pulls left before the registry answers 429 (only GET counts). Default 199 of 200. */
        public Builder rateLimitRemaining(int remaining) {
            this.rateLimitRemaining = requireCount(remaining);
            return this;
        }

        public PracticeHub start() {
            try {
                return new PracticeHub(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the practice Hub on loopback", e);
            }
        }

        private static int requireCount(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("must not be negative: " + n);
            }
            return n;
        }
    }
}
