package dev.hubonboard.sandbox;

import dev.hubonboard.sandbox.Behaviour.Refusal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A case the administrator meets with Docker Hub, played by the practice Hub so every exit code of {@code check} can
 * be rehearsed offline ({@code check --sandbox --scenario NAME}) and in the practice panel. Each scenario has a name,
 * a one-line description and a set-up that puts the practice organization in the state Docker Hub would be in
 * (hub-facts), from whatever state it was in: the verdict comes from the connection test itself, never from here.
 */
public enum HubScenario implements Scenario {
    READY(0, "the dedicated user is an Editor with a Read-only token: every check passes") {
        @Override
        Setup prepare(PracticeHub hub) {
            hub.makeDedicatedUserEditor();
            return new Setup(hub.createToken(PracticeHub.Scope.READ), List.of());
        }
    },
    PUBLIC_TOKEN(1, "the token has Docker's default permission, Public Repo Read-only: it sees no private "
            + "repository, so nothing proves pull") {
        @Override
        Setup prepare(PracticeHub hub) {
            hub.makeDedicatedUserEditor();
            return new Setup(hub.createToken(PracticeHub.Scope.PUBLIC_READ), List.of());
        }
    },
    NOT_MEMBER(1, "the dedicated user was removed from the organization after the onboarding: the private "
            + "repositories saved with it cannot be pulled") {
        @Override
        Setup prepare(PracticeHub hub) {
            hub.makeDedicatedUserEditor();
            String token = hub.createToken(PracticeHub.Scope.READ);
            hub.removeDedicatedUser();
            return new Setup(token, hub.privateRepositoryNames());
        }
    },
    READ_WRITE(1, "the token's permission is Read & Write (made so, or edited later): push is granted") {
        @Override
        Setup prepare(PracticeHub hub) {
            hub.makeDedicatedUserEditor();
            return new Setup(hub.createToken(PracticeHub.Scope.WRITE), List.of());
        }
    },
    PENDING_INVITE(1, "the dedicated user verified the e-mail and made a Read-only token but has not accepted the "
            + "invite: the token sees no private repository") {
        @Override
        Setup prepare(PracticeHub hub) {
            hub.leaveInvitePending();
            return new Setup(hub.createToken(PracticeHub.Scope.READ), List.of());
        }
    },
    EXPIRED_TOKEN(1, "the token's expiry date has passed: Docker Hub refuses it (\"personal access token is "
            + "expired\")") {
        @Override
        Setup prepare(PracticeHub hub) {
            hub.makeDedicatedUserEditor();
            return new Setup(hub.createToken(PracticeHub.Scope.READ, true), List.of());
        }
    },
    LISTING_REFUSED(0, "Docker Hub refuses to list repositories to logins made from personal access tokens "
            + "(hub-feedback#2438); the saved repository list is proven instead: ready, with a warning") {
        @Override
        Setup prepare(PracticeHub hub) {
            hub.makeDedicatedUserEditor();
            hub.behaviour().refuseListing(Refusal.ISSUED_FROM_PAT);
            return new Setup(hub.createToken(PracticeHub.Scope.READ), hub.privateRepositoryNames());
        }
    },
    HUB_DOWN(3, "Docker Hub cannot be reached: the practice Hub's ports are closed, so every connection is "
            + "refused") {
        @Override
        Setup prepare(PracticeHub hub) {
            hub.makeDedicatedUserEditor();
            String token = hub.createToken(PracticeHub.Scope.READ);
            hub.goOffline();
            return new Setup(token, List.of());
        }
    };

    /**
     * What a scenario leaves for the connection test.
     *
     * @param token    a token the dedicated user made for it (valid only against this practice Hub)
     * @param expected the private repositories the onboarding saved (names without the organization), as
     *                 {@code --from-keychain} would give them; empty when the scenario names none
     */
    public record Setup(String token, List<String> expected) {
        public Setup {
            Objects.requireNonNull(token, "token");
            expected = List.copyOf(expected);
        }

        @Override
        public String toString() {
            return "Setup[token redacted, expected=" + expected + "]";
        }
    }

    private final int exitCode;
    private final String description;

    HubScenario(int exitCode, String description) {
        this.exitCode = exitCode;
        this.description = description;
    }

    /** The name on the command line, e.g. {@code public-token}. */
    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String models() {
        return description;
    }

    /** The exit code {@code check} gives in this scenario (0 ready, 1 not ready, 3 Docker Hub unreachable). */
    @Override
    public int exitCode() {
        return exitCode;
    }

    /**
     * Puts the practice Hub in this scenario's state: the Hub back online and every field behaviour a scenario
     * switches reset first, then this scenario's own.
     */
    public Setup setUp(PracticeHub hub) {
        hub.comeBackOnline();
        hub.behaviour().refuseListing(null);
        return prepare(hub);
    }

    abstract Setup prepare(PracticeHub hub);

    /** The scenario this command-line word names (exactly: {@code public-token}, not {@code PUBLIC_TOKEN}). */
    public static Optional<HubScenario> of(String word) {
        return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst();
    }

    /** The words, in order: ready, public-token, … */
    public static List<String> words() {
        return Arrays.stream(values()).map(HubScenario::word).toList();
    }

    /** One line each: name, exit code, what it models. */
    public static String help() {
        int width = Arrays.stream(values()).mapToInt(s -> s.word().length()).max().orElse(0);
        return Arrays.stream(values())
                .map(s -> String.format(Locale.ROOT, "  %-" + width + "s  exit %d  %s%n", s.word(), s.exitCode,
                        s.description))
                .collect(Collectors.joining());
    }

    @Override
    public String toString() {
        return word();
    }
}
