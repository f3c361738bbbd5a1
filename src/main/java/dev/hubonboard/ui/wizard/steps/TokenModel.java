package dev.hubonboard.ui.wizard.steps;

import dev.hubonboard.onboarding.Endpoints;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.Step;
import dev.hubonboard.onboarding.Validation;
import dev.hubonboard.onboarding.Verdict;
import dev.hubonboard.ui.kit.Forms;
import dev.hubonboard.ui.kit.Links;
import dev.hubonboard.ui.kit.Dates;
import dev.hubonboard.ui.kit.Messages;
import dev.hubonboard.ui.wizard.BasicStepModel;
import dev.hubonboard.ui.wizard.WizardModel;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The token step: the dedicated user's Docker ID and its Read-only personal access token, and when the token
 * expires if the user chose a date. The token goes to {@link WizardModel#dedicatedToken(String)} (memory only); the
 * Docker ID and the expiry go to the onboarding, which is saved.
 */
public final class TokenModel extends BasicStepModel {
    /** Docker Hub's page where a signed-in user creates personal access tokens. */
    public static final String TOKEN_PAGE = Endpoints.web("settings/personal-access-tokens");

    final StringProperty dockerId = new SimpleStringProperty("");
    final StringProperty token = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> expiry = new SimpleObjectProperty<>();
    /** The expiry as typed, which a date picker commits only on Enter or leaving it: Next reads this. */
    final StringProperty expiryText = new SimpleStringProperty("");
    /** The token shown in clear text (the reveal toggle); hidden again whenever the page is left. */
    final BooleanProperty revealed = new SimpleBooleanProperty(false);
    /** Why Next did not go through, in words; "" when nothing is wrong. */
    final StringProperty error = new SimpleStringProperty("");
    private final WizardModel wizard;
    private final Clock clock;

    public TokenModel(WizardModel wizard) {
        this(wizard, Clock.systemDefaultZone());
    }

    TokenModel(WizardModel wizard, Clock clock) {
        super(wizard, Step.TOKEN);
        this.wizard = wizard;
        this.clock = clock;
        wizard.session().forgottenProperty().addListener(forgotten);
        ready(valid(), Bindings.createStringBinding(() -> Validation.dockerId(dockerId.get()).first()
                        .or(() -> Validation.token(token.get()).errors().stream().findFirst())
                        .map(p -> "Next is not available yet: " + p.message())
                        .orElse(expiryProblem(expiry.get()).isEmpty() ? "" : "Next is not available yet: "
                                + expiryProblem(expiry.get())), dockerId, token, expiry, expiryText));
    }

    /** The session forgot its secrets: the token field is emptied too (one object, so dispose can remove it). */
    private final javafx.beans.value.ChangeListener<Number> forgotten = (o, a, b) -> {
        revealed.set(false);
        token.set("");
    };

    /** Another step is shown: the token is hidden again. */
    @Override
    public void left() {
        revealed.set(false);
    }

    @Override
    public void dispose() {
        wizard.session().forgottenProperty().removeListener(forgotten);
    }

    /** What a paste puts in the token field: the clipboard text without surrounding spaces and line breaks. */
    static String cleanPaste(String clipboard) {
        return Validation.trim(clipboard);
    }

    ObjectBinding<Verdict> dockerIdVerdict() {
        return Forms.verdict(dockerId, Validation::dockerId);
    }

    ObjectBinding<Verdict> tokenVerdict() {
        return Forms.verdict(token, Validation::token);
    }

    /** An expiry date in the past means the token no longer works. */
    ObjectBinding<String> expiryProblem() {
        return Bindings.createObjectBinding(() -> expiryProblem(expiry.get()), expiry, expiryText);
    }

    private String expiryProblem(LocalDate picked) {
        String typed = expiryText.get() == null ? "" : expiryText.get().strip();
        LocalDate today = LocalDate.now(clock);
        if (!typed.isEmpty() && Dates.parse(typed, today).isEmpty()) {
            return Dates.unreadable("Expiry date", typed);
        }
        LocalDate date = typed.isEmpty() ? picked : Dates.parse(typed, today).orElse(picked);
        if (date != null && date.isBefore(LocalDate.now(clock))) {
            return "Expiry date: that date has passed, so the token has expired. Create a new token.";
        }
        return "";
    }

    /** What the expiry was read as, in words beside the field ("March 1, 2027, in 85 days"); "" for none. */
    ObjectBinding<String> expiryWords() {
        return Bindings.createObjectBinding(() -> {
            String typed = expiryText.get() == null ? "" : expiryText.get().strip();
            LocalDate today = LocalDate.now(clock);
            if (!typed.isEmpty()) {
                return Dates.understood(typed, today);
            }
            return expiry.get() == null ? "" : Dates.words(expiry.get(), today);
        }, expiry, expiryText);
    }

    /** The clock relative dates ("in 90 days") count from. */
    Clock clock() {
        return clock;
    }

    private BooleanBinding valid() {
        return Bindings.createBooleanBinding(() -> Validation.dockerId(dockerId.get()).isAcceptable()
                && Validation.token(token.get()).isAcceptable()
                && expiryProblem(expiry.get()).isEmpty(), dockerId, token, expiry, expiryText);
    }

    /** Fills the fields from the onboarding and the token kept in memory (none after a restart). */
    void load() {
        Onboarding o = wizard.onboarding();
        if (o == null) {
            return;
        }
        Optional<String> id = o.dedicatedDockerId().or(() -> o.invitee().flatMap(i -> i.dockerIdIfGiven()));
        if (dockerId.get().isBlank()) {
            id.ifPresent(dockerId::set);
        }
        if (token.get().isEmpty()) {
            wizard.session().dedicatedToken().ifPresent(token::set);
        }
        if (expiry.get() == null) {
            o.tokenExpiry().ifPresent(expiry::set);
        }
    }

    void openTokenPage() {
        Links.open(TOKEN_PAGE);
    }

    /**
     * Next: keep the token in memory, record the Docker ID and expiry, and complete the step. A different token or
     * Docker ID than the one already tested reopens this step and every later one, so the test runs again.
     */
    @Override
    public void proceed(Runnable advance) {
        error.set("");
        Onboarding o = wizard.onboarding();
        if (o == null) {
            error.set("Start on the first step: no organization is open.");
            return;
        }
        String id = Validation.trim(dockerId.get());
        String secret = Validation.trim(token.get());
        String typed = expiryText.get() == null ? "" : expiryText.get().strip();
        if (!typed.isEmpty()) { // typed and not committed yet (Enter went to Next): the typed date is the one meant
            Optional<LocalDate> date = Dates.parse(typed, LocalDate.now(clock));
            if (date.isEmpty()) {
                error.set(expiryProblem(expiry.get()));
                return;
            }
            expiry.set(date.get());
        }
        try {
            boolean same = o.state(Step.TOKEN).isSettled()
                    && wizard.session().dedicatedToken().map(secret::equals).orElse(false)
                    && o.dedicatedDockerId().map(id::equals).orElse(false);
            if (!same) {
                o.reopen(Step.TOKEN); // nothing happens unless it had started
            }
            if (!Objects.equals(o.tokenExpiry().orElse(null), expiry.get())) {
                o.setTokenExpiry(expiry.get());
            }
            if (same) {
                advance.run();
                return;
            }
            o.setDedicatedDockerId(id);
            o.start(Step.TOKEN);
            wizard.session().dedicatedToken(secret);
            o.complete(Step.TOKEN);
            token.set(secret);
            dockerId.set(id);
        } catch (IllegalStateException | IllegalArgumentException e) {
            error.set(Messages.of(e)); // what was typed stays in the fields
            return;
        }
        advance.run();
    }

    @Override
    public String toString() {
        return "TokenModel[dockerId=" + dockerId.get() + ", token=" + (token.get().isEmpty() ? "none" : "***") + "]";
    }
}
