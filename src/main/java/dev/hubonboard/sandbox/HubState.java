package dev.hubonboard.sandbox;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The practice organization: its users, members, invites, repositories and access tokens. One lock guards it all;
 * the practice Hub is small and correctness matters more than throughput.
 */
final class HubState {

    static final String ROLE_OWNER = "owner";
    static final String ROLE_EDITOR = "editor";
    static final String ROLE_MEMBER = "member";

    /** A Docker ID. Passwords are compared, never exposed by toString. */
    static final class User {
        final String username;
        final String email;
        final String password;
        final boolean twoFactor;
        boolean emailVerified;

        User(String username, String email, String password, boolean twoFactor, boolean emailVerified) {
            this.username = username;
            this.email = email;
            this.password = password;
            this.twoFactor = twoFactor;
            this.emailVerified = emailVerified;
        }

        @Override
        public String toString() {
            return "User[" + username + ", password redacted]";
        }
    }

    /** A pending invite; it disappears when accepted or cancelled. */
    record Invite(String id, String invitee, String role, String team, String inviter, Instant createdAt) {
    }

    record Repository(String name, boolean isPrivate, List<String> tags, Instant lastUpdated) {
    }

    /** A personal access token; the key of the token map is the secret's digest ({@link #digest}), never the secret. */
    record PersonalToken(String username, PracticeHub.Scope scope, boolean expired, Instant createdAt) {
    }

    /** Who a credential proved to be: {@code kind} is password, pat or oat. */
    record Identity(String subject, String kind, PracticeHub.Scope scope) {
    }

    /** Credentials refused; the message is the text the Hub shows. */
    static final class AuthFailure extends RuntimeException {
        AuthFailure(String message) {
            super(message, null, false, false);
        }
    }

    static final String INCORRECT = "incorrect username or password";
    static final String EXPIRED = "personal access token is expired";
    static final String MFA_REQUIRED = "Require secondary authentication on MFA enabled account";
    static final String ORG_ACCOUNT = "Cannot log into an organization account";

    private static final String TOKEN_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    private static final Instant SEEDED = Instant.parse("2026-01-15T09:30:00Z");

    private final SecureRandom random = new SecureRandom();
    final String org;
    final String owner;
    final String dedicated;
    final String secondFactorCode;
    final String organizationAccessToken;
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, String> members = new LinkedHashMap<>();
    private final Map<String, Invite> invites = new LinkedHashMap<>();
    private final List<Repository> repositories = new ArrayList<>();
    private final Map<String, Repository> repositoriesByName = new HashMap<>();
    private final Map<String, PersonalToken> tokens = new HashMap<>();
    /** Invitation e-mails sent, by invitee in lower case: a repeated bulk invite sends another one. */
    private final Map<String, Integer> invitationEmails = new HashMap<>();

    HubState(PracticeHub.Builder b) {
        this.org = b.org;
        this.owner = "acmeowner";
        this.dedicated = "acmescanner";
        this.secondFactorCode = "123456";
        this.organizationAccessToken = "dckr_oat_" + randomToken(30);
        users.put(owner, new User(owner, "owner@acme.example", "practice-owner-password", true, true));
        users.put(dedicated, new User(dedicated, "scanner@acme.example", "practice-scanner-password", false,
                b.emailVerified || b.inviteAccepted));
        // Another Docker ID, never a member: lets tests invite a second person.
        users.put("acmecontractor", new User("acmecontractor", "contractor@acme.example",
                "practice-contractor-password", false, true));
        members.put(owner, ROLE_OWNER);
        if (b.inviteAccepted) {
            members.put(dedicated, b.dedicatedRole);
        } else {
            Invite invite = new Invite(UUID.randomUUID().toString(), users.get(dedicated).email, b.dedicatedRole, null,
                    owner, SEEDED);
            invites.put(invite.id(), invite);
            countInvitationEmail(invite.invitee());
        }
        List<String> defaultPrivate = List.of("billing-api", "web", "worker");
        List<String> defaultPublic = List.of("docs-site", "base-image");
        for (int i = 0; i < b.privateRepositories; i++) {
            String name = b.privateRepositories <= defaultPrivate.size()
                    ? defaultPrivate.get(i) : String.format(Locale.ROOT, "svc-%04d", i + 1);
            addRepository(new Repository(name, true, b.tags, SEEDED.plusSeconds(60L * i)));
        }
        for (int i = 0; i < b.publicRepositories; i++) {
            String name = b.publicRepositories <= defaultPublic.size()
                    ? defaultPublic.get(i) : String.format(Locale.ROOT, "pub-%04d", i + 1);
            addRepository(new Repository(name, false, b.tags, SEEDED.plusSeconds(30L * i)));
        }
    }

    private void addRepository(Repository repository) {
        repositories.add(repository);
        repositoriesByName.put(repository.name(), repository);
    }

    String randomToken(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
        }
        return sb.toString();
    }

    synchronized User user(String username) {
        return username == null ? null : users.get(username.toLowerCase(Locale.ROOT));
    }

    /**
     * Checks a Docker ID with its password or one of its personal access tokens.
     * Passwords of 2FA accounts are refused: only the deprecated login route completes a second factor.
     */
    synchronized Identity authenticateUser(String username, String secret) {
        if (username == null || secret == null) {
            throw new AuthFailure(INCORRECT);
        }
        User user = users.get(username.toLowerCase(Locale.ROOT));
        if (user == null) {
            throw new AuthFailure(INCORRECT);
        }
        PersonalToken token = tokens.get(digest(secret));
        if (token != null && token.username().equals(user.username)) {
            if (token.expired()) {
                throw new AuthFailure(EXPIRED);
            }
            return new Identity(user.username, "pat", token.scope());
        }
        if (user.password.equals(secret)) {
            if (user.twoFactor) {
                throw new AuthFailure(MFA_REQUIRED);
            }
            return new Identity(user.username, "password", PracticeHub.Scope.ADMIN);
        }
        throw new AuthFailure(INCORRECT);
    }

    /** True for the owner's password (before its second factor). */
    synchronized boolean isPasswordOf(String username, String secret) {
        User user = user(username);
        return user != null && user.password.equals(secret);
    }

    synchronized boolean isOrganizationToken(String identifier, String secret) {
        return org.equalsIgnoreCase(identifier) && organizationAccessToken.equals(secret);
    }

    synchronized String roleOf(String username) {
        return members.get(username);
    }

    /** May this identity manage members and invites? The owner (not via PAT) or the organization token. */
    synchronized boolean isOwner(Identity identity) {
        return identity.kind().equals("oat") ? identity.subject().equals(org)
                : ROLE_OWNER.equals(members.get(identity.subject()));
    }

    /** Members and the organization token see private repositories. */
    synchronized boolean seesPrivate(Identity identity) {
        if (identity == null) {
            return false;
        }
        return identity.kind().equals("oat") ? identity.subject().equals(org) : members.containsKey(identity.subject());
    }

    /**
     * What Docker Hub's repository listing shows: private repositories to members and the organization token, but
     * not to a personal access token of permission "Public Repo Read-only" ("View, search, and pull images from
     * public repositories", Docker's access-token reference).
     */
    synchronized boolean seesPrivateRepositories(Identity identity) {
        if (!seesPrivate(identity)) {
            return false;
        }
        return !identity.kind().equals("pat") || identity.scope().includes(PracticeHub.Scope.READ);
    }

    synchronized void countInvitationEmail(String invitee) {
        invitationEmails.merge(invitee.toLowerCase(Locale.ROOT), 1, Integer::sum);
    }

    synchronized int invitationEmails(String invitee) {
        return invitationEmails.getOrDefault(invitee.toLowerCase(Locale.ROOT), 0);
    }

    synchronized Map<String, String> members() {
        return new LinkedHashMap<>(members);
    }

    synchronized List<Invite> invites() {
        return List.copyOf(invites.values());
    }

    synchronized Optional<Invite> invite(String id) {
        return Optional.ofNullable(invites.get(id));
    }

    synchronized boolean cancelInvite(String id) {
        boolean removed = invites.remove(id) != null;
        changed.run();
        return removed;
    }

    synchronized Optional<Invite> pendingInviteFor(String invitee) {
        return invites.values().stream().filter(i -> i.invitee().equalsIgnoreCase(invitee)).findFirst();
    }

    synchronized Invite createInvite(String invitee, String role, String team, String inviter) {
        Invite invite = new Invite(UUID.randomUUID().toString(), invitee, role, team, inviter, Instant.now());
        invites.put(invite.id(), invite);
        countInvitationEmail(invitee);
        changed.run();
        return invite;
    }

    /** The member a Docker ID or e-mail names, if any. */
    synchronized Optional<String> memberNamed(String invitee) {
        for (String username : members.keySet()) {
            User user = users.get(username);
            if (username.equalsIgnoreCase(invitee) || (user != null && user.email.equalsIgnoreCase(invitee))) {
                return Optional.of(username);
            }
        }
        return Optional.empty();
    }

    synchronized List<Repository> repositories() {
        return List.copyOf(repositories);
    }

    synchronized Optional<Repository> repository(String name) {
        return Optional.ofNullable(repositoriesByName.get(name));
    }

    // --- the dedicated user's own actions (practice-mode buttons) ---

    synchronized void verifyEmail(String username) {
        users.get(username).emailVerified = true;
        changed.run();
    }

    synchronized String acceptInvite(String username) {
        User user = users.get(username);
        if (!user.emailVerified) {
            throw new IllegalStateException(username + " must verify " + user.email
                    + " before accepting the invite to " + org);
        }
        Invite invite = invites.values().stream()
                .filter(i -> i.invitee().equalsIgnoreCase(user.username) || i.invitee().equalsIgnoreCase(user.email))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no pending invite to " + org + " for " + username));
        invites.remove(invite.id());
        members.put(user.username, invite.role());
        changed.run();
        return invite.role();
    }

    /** The owner removes this user from the organization and cancels its pending invites (scenarios). */
    synchronized void removeFromOrganization(String username) {
        User user = users.get(username);
        members.remove(username);
        invites.values().removeIf(i -> i.invitee().equalsIgnoreCase(username) || i.invitee().equalsIgnoreCase(user.email));
        changed.run();
    }

    /** The user is invited as Editor and has not accepted: one pending invite, not a member (scenarios). */
    synchronized void leaveInvitePending(String username) {
        User user = users.get(username);
        if (members.containsKey(username) || pendingInviteFor(user.email).isEmpty()
                && pendingInviteFor(username).isEmpty()) {
            removeFromOrganization(username);
            createInvite(user.email, ROLE_EDITOR, null, owner);
        }
    }

    /** The user is a member with the role {@code role} (scenarios): an open invite is accepted, or one is made. */
    synchronized void makeMember(String username, String role) {
        User user = users.get(username);
        user.emailVerified = true;
        invites.values().removeIf(i -> i.invitee().equalsIgnoreCase(username) || i.invitee().equalsIgnoreCase(user.email));
        members.put(username, role);
        changed.run();
    }

    synchronized boolean revokeToken(String secret) {
        boolean had = tokens.remove(digest(secret)) != null;
        if (had) {
            changed.run();
        }
        return had;
    }

    synchronized String createToken(String username, PracticeHub.Scope scope, boolean expired) {
        User user = users.get(username);
        if (!user.emailVerified) {
            throw new IllegalStateException(username + " must verify " + user.email
                    + " before creating an access token");
        }
        String secret = "dckr_pat_" + randomToken(27);
        tokens.put(digest(secret), new PersonalToken(user.username, scope, expired, Instant.now()));
        changed.run();
        return secret;
    }

    /**
     * A token's key in the token map: SHA-256, so neither this map nor the saved practice state
     * ({@link PracticeSnapshot}) holds a token that could be used.
     */
    static String digest(String secret) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    // --- what PracticeSnapshot saves and restores: the parts that change, never a password or token ---

    /** Told after every change, under this state's lock, so saves happen in the order of the changes. */
    private Runnable changed = () -> { };

    synchronized void onChange(Runnable listener) {
        changed = listener;
    }

    synchronized PracticeSnapshot.State saved() {
        Map<String, Boolean> verified = new LinkedHashMap<>();
        users.values().forEach(u -> verified.put(u.username, u.emailVerified));
        List<PracticeSnapshot.Token> madeTokens = tokens.entrySet().stream()
                .map(e -> new PracticeSnapshot.Token(e.getKey(), e.getValue().username(), e.getValue().scope(),
                        e.getValue().expired(), e.getValue().createdAt()))
                .sorted(java.util.Comparator.comparing(PracticeSnapshot.Token::createdAt)
                        .thenComparing(PracticeSnapshot.Token::digest))
                .toList();
        return new PracticeSnapshot.State(org, verified, members, List.copyOf(invites.values()), madeTokens);
    }

    /** Puts a saved state back; the caller has checked that it is this organization's and names only its users. */
    synchronized void restore(PracticeSnapshot.State saved) {
        saved.emailVerified().forEach((username, verified) -> users.get(username).emailVerified = verified);
        members.clear();
        members.putAll(saved.members());
        invites.clear();
        saved.invites().forEach(i -> invites.put(i.id(), i));
        tokens.clear();
        saved.tokens().forEach(t -> tokens.put(t.digest(), new PersonalToken(t.username(), t.scope(), t.expired(),
                t.createdAt())));
    }

    /** The Docker IDs of the practice users, for checking a saved state before it is restored. */
    synchronized java.util.Set<String> usernames() {
        return java.util.Set.copyOf(users.keySet());
    }

    @Override
    public String toString() {
        return "HubState[org=" + org + ", secrets redacted]";
    }
}
