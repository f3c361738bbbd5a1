package dev.hubonboard.sandbox;

import dev.hubonboard.files.SmallFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The practice Hub's organization kept between runs of the app, so a practice onboarding closed at step 3 finds its
 * invite, its member and its token again: which e-mails are verified, the members, the pending invites, and the tokens
 * made, by their SHA-256 digest only (a practice token is fake and works only against this machine's practice Hub,
 * but a file still never holds one). Passwords and the organization access token are fixed or made afresh each run
 * and are not saved. Written atomically after each change, before the change is answered; a file that cannot be used is moved aside, and the
 * practice Hub starts afresh.
 */
final class PracticeSnapshot {
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> ROLES = Set.of(HubState.ROLE_OWNER, HubState.ROLE_EDITOR, HubState.ROLE_MEMBER);

    /** A token made in practice: its digest, never the token. */
    record Token(String digest, String username, PracticeHub.Scope scope, boolean expired, Instant createdAt) {
    }

    /** What is saved of the organization; equal states need no new write. */
    record State(String org, Map<String, Boolean> emailVerified, Map<String, String> members,
                 List<HubState.Invite> invites, List<Token> tokens) {
        State {
            emailVerified = Collections.unmodifiableMap(new LinkedHashMap<>(emailVerified));
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
            invites = List.copyOf(invites);
            tokens = List.copyOf(tokens);
        }
    }

    private final Path file;
    private State written;

    PracticeSnapshot(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /**
     * Puts the saved organization into {@code state}, if there is one. Returns what went wrong with an unusable file
     * (then moved aside, and {@code state} left fresh), for the app to show.
     */
    Optional<String> restoreInto(HubState state) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("The practice Hub's saved state could not be read (" + e.getMessage()
                    + "); it starts afresh.");
        }
        try {
            State saved = read(bytes, state.org, state.owner, state.usernames());
            state.restore(saved);
            written = saved;
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("The practice Hub's saved state could not be used (" + e.getMessage() + "); "
                    + moveAside() + " The practice Hub starts afresh.");
        }
    }

    /**
     * Writes the organization if it changed since the last write. Under the state's own lock, the one its changes
     * hold when they call this, so writes follow the changes in order and no second lock can deadlock with it. A
     * practice Hub that cannot save still works.
     */
    Optional<String> save(HubState state) {
        synchronized (state) {
            State now = state.saved();
            if (now.equals(written)) {
                return Optional.empty();
            }
            try {
                write(now);
                written = now;
                return Optional.empty();
            } catch (IOException e) {
                return Optional.of("The practice Hub's state could not be saved in " + file + ": " + e.getMessage());
            }
        }
    }

    private void write(State s) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("org", s.org());
        s.emailVerified().forEach(root.putObject("emailVerified")::put);
        s.members().forEach(root.putObject("members")::put);
        ArrayNode invites = root.putArray("invites");
        for (HubState.Invite i : s.invites()) {
            invites.addObject().put("id", i.id()).put("invitee", i.invitee()).put("role", i.role())
                    .put("team", i.team()).put("inviter", i.inviter()).put("createdAt", i.createdAt().toString());
        }
        ArrayNode tokens = root.putArray("tokens");
        for (Token t : s.tokens()) {
            tokens.addObject().put("sha256", t.digest()).put("username", t.username()).put("scope", t.scope().value())
                    .put("expired", t.expired()).put("createdAt", t.createdAt().toString());
        }
        SmallFiles.write(file, JSON.writeValueAsBytes(root));
    }

    /** Reads and checks a saved state: this organization, its users, known roles and scopes, the owner still owner. */
    static State read(byte[] bytes, String org, String owner, Set<String> users) throws IOException {
        JsonNode root = JSON.readTree(bytes);
        if (root == null || root.path("version").asInt() != VERSION) {
            throw new IOException("not a version " + VERSION + " practice state");
        }
        if (!org.equals(root.path("org").asText())) {
            throw new IOException("it is of organization " + root.path("org").asText() + ", not " + org);
        }
        Map<String, Boolean> verified = new LinkedHashMap<>();
        root.path("emailVerified").properties().forEach(e -> verified.put(known(users, e.getKey()),
                e.getValue().asBoolean()));
        Map<String, String> members = new LinkedHashMap<>();
        root.path("members").properties().forEach(e -> members.put(known(users, e.getKey()),
                role(e.getValue().asText())));
        if (!HubState.ROLE_OWNER.equals(members.get(owner))) {
            throw new IOException("the owner " + owner + " is not an owner in it");
        }
        List<HubState.Invite> invites = new ArrayList<>();
        for (JsonNode i : root.path("invites")) {
            invites.add(new HubState.Invite(text(i, "id"), text(i, "invitee"), role(text(i, "role")),
                    i.path("team").isTextual() ? i.path("team").asText() : null, known(users, text(i, "inviter")),
                    Instant.parse(text(i, "createdAt"))));
        }
        List<Token> tokens = new ArrayList<>();
        for (JsonNode t : root.path("tokens")) {
            String digest = text(t, "sha256");
            if (!digest.matches("[0-9a-f]{64}")) {
                throw new IOException("a token digest is not SHA-256");
            }
            tokens.add(new Token(digest, known(users, text(t, "username")), PracticeHub.Scope.of(text(t, "scope")),
                    t.path("expired").asBoolean(), Instant.parse(text(t, "createdAt"))));
        }
        return new State(org, verified, members, invites, tokens);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (!v.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing");
        }
        return v.asText();
    }

    private static String known(Set<String> users, String username) {
        if (!users.contains(username)) {
            throw new IllegalArgumentException("it names " + username + ", who is not a practice user");
        }
        return username;
    }

    private static String role(String role) {
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("unknown role " + role);
        }
        return role;
    }

    private String moveAside() {
        Path aside = file.resolveSibling(file.getFileName() + ".unusable-" + Instant.now().toEpochMilli());
        try {
            Files.move(file, aside);
            return "it was moved to " + aside + ".";
        } catch (IOException e) {
            return "moving it aside failed (" + e.getMessage() + "); it will be replaced.";
        }
    }
}
