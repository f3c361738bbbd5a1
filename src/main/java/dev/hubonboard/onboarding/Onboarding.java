package dev.hubonboard.onboarding;

import dev.hubonboard.onboarding.StepState.Status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The onboarding of one Docker Hub organization: who is invited, which Docker ID the connector will use, and how
 * far each step has come. Plain Java, not thread-safe: the UI calls it from one thread and wraps it in view-models.
 *
 * <p>The access token is never held here: it goes straight from the token step to the keychain and the
 * connection test, so nothing that saves or prints an onboarding can leak it.
 */
public final class Onboarding {

    private final String organization;
    private final Clock clock;
    private final Instant created;
    private final EnumMap<Step, StepState> states = new EnumMap<>(Step.class);
    private final List<Consumer<Onboarding>> listeners = new CopyOnWriteArrayList<>();
    private OwnerMode ownerMode;
    private Invitee invitee;
    private String dedicatedDockerId;
    private String inviteId;
    private LocalDate tokenExpiry;
    private String lastConnectionReport;
    private List<String> expectedRepositories = List.of();
    // Docker IDs a token was saved in the keychain under (not secret): removing the organization deletes each entry,
    // also one left under an earlier Docker ID.
    private final java.util.Set<String> keychainDockerIds = new java.util.LinkedHashSet<>();
    private Instant updated;

    private Onboarding(String organization, Clock clock, Instant created) {
        Validation.organization(organization).orThrow();
        this.organization = Validation.trim(organization);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.created = Objects.requireNonNull(created, "created");
        this.updated = created;
        for (Step step : Step.values()) {
            states.put(step, StepState.NOT_STARTED);
        }
    }

    /** A new onboarding for this organization, every step not started. */
    public static Onboarding begin(String organization) {
        return begin(organization, Clock.systemUTC());
    }

    public static Onboarding begin(String organization, Clock clock) {
        return new Onboarding(organization, clock, clock.instant());
    }

    /** Rebuilds a saved onboarding; the saved values are validated like typed ones. */
    public static Onboarding restore(Saved saved, Clock clock) {
        Onboarding o = new Onboarding(saved.organization(), clock, saved.created());
        o.ownerMode = saved.ownerMode();
        o.invitee = saved.invitee();
        if (saved.dedicatedDockerId() != null) {
            Validation.dockerId(saved.dedicatedDockerId()).orThrow();
        }
        o.dedicatedDockerId = saved.dedicatedDockerId();
        o.inviteId = saved.inviteId();
        o.tokenExpiry = saved.tokenExpiry();
        o.lastConnectionReport = saved.lastConnectionReport();
        o.expectedRepositories = RepositoryList.names(saved.expectedRepositories());
        for (String id : saved.keychainDockerIds()) {
            Validation.dockerId(id).orThrow();
            o.keychainDockerIds.add(id);
        }
        o.states.putAll(saved.states());
        // A hand-edited or half-migrated file could claim a step ran before the one it needs: refuse it.
        for (Step step : Step.values()) {
            Optional<Step> needed = step.needs();
            if (o.state(step).status() != Status.NOT_STARTED && needed.isPresent() && !o.state(needed.get()).isSettled()) {
                throw new IllegalArgumentException(step.title() + " is " + o.state(step).status().name().toLowerCase()
                        + " although " + needed.get().title() + " is not done");
            }
        }
        o.updated = Objects.requireNonNull(saved.updated(), "updated");
        return o;
    }

    /** Everything ProgressStore saves: no token, no password. */
    public record Saved(String organization, OwnerMode ownerMode, Invitee invitee, String dedicatedDockerId, String inviteId,
                 Map<Step, StepState> states, Instant created, Instant updated, LocalDate tokenExpiry,
                 String lastConnectionReport, List<String> expectedRepositories, List<String> keychainDockerIds) {
        public Saved {
            expectedRepositories = expectedRepositories == null ? List.of() : List.copyOf(expectedRepositories);
            keychainDockerIds = keychainDockerIds == null ? List.of() : List.copyOf(keychainDockerIds);
        }
    }

    public Saved saved() {
        return new Saved(organization, ownerMode, invitee, dedicatedDockerId, inviteId, states(), created, updated,
                tokenExpiry, lastConnectionReport, expectedRepositories, List.copyOf(keychainDockerIds));
    }

    // ---- values ----

    public String organization() {
        return organization;
    }

    public Optional<OwnerMode> ownerMode() {
        return Optional.ofNullable(ownerMode);
    }

    /** Chosen on the first step; changing it later would change who may do the invite, so reopen first. */
    public void chooseOwnerMode(OwnerMode mode) {
        Objects.requireNonNull(mode, "mode");
        if (state(Step.PREREQUISITES).isSettled() && mode != ownerMode) {
            throw new IllegalStateException("The owner mode is fixed once " + Step.PREREQUISITES.title()
                    + " is done: reopen " + Step.PREREQUISITES.title() + " to change it.");
        }
        ownerMode = mode;
        changed();
    }

    public Optional<Invitee> invitee() {
        return Optional.ofNullable(invitee);
    }

    public void setInvitee(Invitee invitee) {
        this.invitee = Objects.requireNonNull(invitee, "invitee");
        changed();
    }

    /** The Docker ID the connector will sign in with; throws IllegalArgumentException with the validation message. */
    public Optional<String> dedicatedDockerId() {
        return Optional.ofNullable(dedicatedDockerId);
    }

    public void setDedicatedDockerId(String dockerId) {
        Validation.dockerId(dockerId).orThrow();
        dedicatedDockerId = Validation.trim(dockerId);
        changed();
    }

    /** The id Docker Hub gave the pending invite (for resend and cancel); empty in manual mode. */
    public Optional<String> inviteId() {
        return Optional.ofNullable(inviteId);
    }

    public void recordInvite(String id) {
        inviteId = Validation.trim(id).isEmpty() ? null : Validation.trim(id);
        changed();
    }

    /** When the dedicated user's token expires, if the admin entered it (the API cannot tell us). */
    public Optional<LocalDate> tokenExpiry() {
        return Optional.ofNullable(tokenExpiry);
    }

    public void setTokenExpiry(LocalDate expiry) {
        tokenExpiry = expiry;
        changed();
    }

    /** The last connection-test report as JSON, opaque to this model. */
    public Optional<String> lastConnectionReport() {
        return Optional.ofNullable(lastConnectionReport);
    }

    public void recordConnectionReport(String json) {
        lastConnectionReport = json;
        changed();
    }

    /**
     * The organization's private repositories as the owner saw them (names without the organization; not secret):
     * every later connection test proves pull on them. Empty when the owner's list was never read (manual mode).
     */
    public List<String> expectedRepositories() {
        return expectedRepositories;
    }

    /** The Docker IDs a token of this organization was saved in the keychain under, oldest first. */
    public List<String> keychainDockerIds() {
        return List.copyOf(keychainDockerIds);
    }

    /** A token was saved in the keychain under {@code dockerId}: remembered, so removing finds that entry again. */
    public void keptInKeychain(String dockerId) {
        Validation.dockerId(dockerId).orThrow();
        if (keychainDockerIds.add(dockerId)) {
            changed();
        }
    }

    /** Saves the owner's list of private repository names; each is checked like a line of a repository list file. */
    public void setExpectedRepositories(List<String> names) {
        expectedRepositories = RepositoryList.names(Objects.requireNonNull(names, "names"));
        changed();
    }

    public Instant created() {
        return created;
    }

    public Instant updated() {
        return updated;
    }

    public StepState state(Step step) {
        return states.get(step);
    }

    public Map<Step, StepState> states() {
        return Collections.unmodifiableMap(new EnumMap<>(states));
    }

    /** The first step not done or skipped; FINISH once everything is. */
    public Step current() {
        for (Step step : Step.values()) {
            if (!state(step).isSettled()) {
                return step;
            }
        }
        return Step.FINISH;
    }

    public boolean isComplete() {
        return state(Step.FINISH).status() == Status.DONE;
    }

    /**
     * Whether this onboarding is worth keeping on disk and listing: once its first step has succeeded (the
     * organization exists and the owner may invite), or it has gone beyond it. Before that it is only what was
     * typed, such as a mistyped organization whose sign-in failed, and saving it would list it. The hook for the
     * wizard's saves; see also {@link dev.hubonboard.onboarding.store.ProgressStore.Snapshot#worthKeeping()}.
     */
    public boolean isWorthKeeping() {
        return state(Step.PREREQUISITES).isSettled() || inviteId != null
                || Step.PREREQUISITES.later().stream().anyMatch(s -> state(s).status() != Status.NOT_STARTED);
    }

    // ---- transitions ----

    /** Starts (or retries after a failure) a step whose prerequisites are done or skipped. Idempotent while running. */
    public void start(Step step) {
        StepState s = state(step);
        switch (s.status()) {
            case IN_PROGRESS -> {
                return;
            }
            case DONE, SKIPPED -> throw new IllegalStateException(step.title() + " is already "
                    + s.status().name().toLowerCase() + ": reopen it to run it again.");
            default -> requireNeedsSettled(step, "start");
        }
        set(step, Status.IN_PROGRESS, null);
    }

    public void complete(Step step) {
        requireInProgress(step, "completing it");
        switch (step) {
            case PREREQUISITES -> {
                if (ownerMode == null) {
                    throw new IllegalStateException("Choose how the owner signs in (organization access token, "
                            + "password or manual steps) before completing " + step.title() + ".");
                }
            }
            case INVITE -> {
                if (invitee == null) {
                    throw new IllegalStateException("Enter the invitee (the dedicated user's e-mail or Docker ID) "
                            + "before completing " + step.title() + ".");
                }
            }
            case TOKEN -> {
                if (dedicatedDockerId == null) {
                    throw new IllegalStateException("Enter the dedicated user's Docker ID before completing "
                            + step.title() + ": the connector signs in with it.");
                }
            }
            default -> {
            }
        }
        set(step, Status.DONE, null);
    }

    public void fail(Step step, String reason) {
        String why = requireReason(reason, "fail");
        requireInProgress(step, "reporting it as failed");
        set(step, Status.FAILED, why);
    }

    /**
     * Skips a step that may be skipped: the invite and the e-mail verification (the user is already a member) and
     * the connection test (to be run later). The prerequisites, the token and finish cannot be skipped.
     */
    public void skip(Step step, String reason) {
        String why = requireReason(reason, "skip");
        switch (step) {
            case PREREQUISITES -> throw new IllegalStateException(step.title()
                    + " cannot be skipped: choose how the owner signs in first.");
            case TOKEN -> throw new IllegalStateException(step.title()
                    + " cannot be skipped: the connector needs the dedicated user's Read-only personal access token.");
            case FINISH -> throw new IllegalStateException(step.title() + " cannot be skipped: complete it instead.");
            default -> {
            }
        }
        requireNotSettled(step);
        requireNeedsSettled(step, "be skipped");
        set(step, Status.SKIPPED, why);
    }

    /**
     * The owner did the invite or watched the acceptance in Docker Hub (manual mode), or the user was already a
     * member. The step becomes done with the reason; earlier steps still open, except the prerequisites, are
     * skipped with the same reason.
     */
    public void markDoneByHand(Step step, String reason) {
        String why = requireReason(reason, "mark a step done by hand");
        if (step != Step.INVITE && step != Step.EMAIL_VERIFICATION) {
            throw new IllegalStateException(step.title() + " cannot be marked done by hand: only "
                    + Step.INVITE.title() + " and " + Step.EMAIL_VERIFICATION.title() + " can.");
        }
        requireNotSettled(step);
        requirePrerequisitesDone(step);
        for (Step earlier : step.earlier()) {
            if (earlier != Step.PREREQUISITES && !state(earlier).isSettled()) {
                states.put(earlier, new StepState(Status.SKIPPED, why, clock.instant()));
            }
        }
        set(step, Status.DONE, why);
    }

    /** The dedicated user is already a member of the organization: no invite, nothing to accept. */
    public void markExistingMember(String reason) {
        String why = requireReason(reason, "record an existing member");
        requirePrerequisitesDone(Step.INVITE);
        for (Step step : List.of(Step.INVITE, Step.EMAIL_VERIFICATION)) {
            if (state(step).status() == Status.DONE) {
                continue;
            }
            states.put(step, new StepState(Status.SKIPPED, why, clock.instant()));
        }
        changed();
    }

    /** Puts a step and every step after it back to not started, e.g. to enter a new token or change the mode. */
    public void reopen(Step step) {
        boolean any = false;
        for (Step s : Step.values()) {
            if (s.ordinal() >= step.ordinal() && state(s).status() != Status.NOT_STARTED) {
                states.put(s, StepState.NOT_STARTED);
                any = true;
            }
        }
        if (any) {
            changed();
        }
    }

    // ---- listeners ----

    /** Called after every change, on the thread that made it. */
    public void addListener(Consumer<Onboarding> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<Onboarding> listener) {
        listeners.remove(listener);
    }

    // ---- helpers ----

    private void set(Step step, Status status, String reason) {
        states.put(step, new StepState(status, reason, clock.instant()));
        changed();
    }

    private void changed() {
        updated = clock.instant();
        for (Consumer<Onboarding> listener : listeners) {
            listener.accept(this);
        }
    }

    private void requireNeedsSettled(Step step, String verb) {
        Optional<Step> needed = step.needs();
        if (needed.isEmpty() || state(needed.get()).isSettled()) {
            return;
        }
        if (step == Step.TOKEN) {
            throw new IllegalStateException(step.title() + " cannot " + verb + " yet: the dedicated user must verify "
                    + "the e-mail and accept the invite first (" + Step.EMAIL_VERIFICATION.title()
                    + " done), or the owner marks it done by hand with a reason.");
        }
        throw new IllegalStateException(step.title() + " cannot " + verb + " yet: " + needed.get().title()
                + " must be done or skipped first.");
    }

    private void requirePrerequisitesDone(Step step) {
        if (state(Step.PREREQUISITES).status() != Status.DONE) {
            throw new IllegalStateException(step.title() + " cannot be settled yet: complete "
                    + Step.PREREQUISITES.title() + " (choose how the owner signs in) first.");
        }
    }

    private void requireInProgress(Step step, String action) {
        if (state(step).status() != Status.IN_PROGRESS) {
            throw new IllegalStateException("Start " + step.title() + " before " + action + " (it is "
                    + state(step).status().name().toLowerCase().replace('_', ' ') + ").");
        }
    }

    private void requireNotSettled(Step step) {
        if (state(step).isSettled()) {
            throw new IllegalStateException(step.title() + " is already "
                    + state(step).status().name().toLowerCase() + ": reopen it first.");
        }
    }

    private static String requireReason(String reason, String verb) {
        String why = Validation.trim(reason);
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Give a reason to " + verb + ".");
        }
        return why;
    }

    @Override
    public String toString() {
        return "Onboarding[organization=" + organization + ", ownerMode=" + ownerMode + ", current=" + current() + "]";
    }
}
