package dev.hubonboard.ui.connections;

import dev.hubonboard.onboarding.TokenExpiry;
import dev.hubonboard.onboarding.LastTest;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.ui.kit.Tone;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One saved organization on the Connections screen: its onboarding and what the card shows about it. The
 * onboarding is changed on the JavaFX thread only (re-test results, a rotated token's expiry).
 */
public final class ConnectionRow {

    private final Onboarding onboarding;
    private final ObjectProperty<LastTest> lastTest = new SimpleObjectProperty<>(LastTest.NEVER);
    private final ObjectProperty<TokenExpiry> expiry = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(Tone.PLAIN);
    /** Defender's connector as Hub Onboard last wrote it: where, and when ("last written …"). */
    private final StringProperty defender = new SimpleStringProperty("");
    private final BooleanProperty defenderSaved = new SimpleBooleanProperty();

    ConnectionRow(Onboarding onboarding, LocalDate today) {
        this.onboarding = onboarding;
        refresh(today);
    }

    /** Re-reads what the card shows from the onboarding. */
    void refresh(LocalDate today) {
        lastTest.set(LastTest.parse(onboarding.lastConnectionReport()));
        expiry.set(TokenExpiry.of(onboarding.tokenExpiry(), today));
    }

    public Onboarding onboarding() {
        return onboarding;
    }

    public String organization() {
        return onboarding.organization();
    }

    public Optional<String> dockerId() {
        return onboarding.dedicatedDockerId();
    }

    /** The keychain entry of this organization's token; empty while the Docker ID is not known yet. */
    public Optional<SecretKey> secretKey() {
        return dockerId().map(id -> new SecretKey(organization(), id));
    }

    public boolean finished() {
        return onboarding.isComplete();
    }

    /** "Onboarding finished", or the step it stopped at. */
    public String progress() {
        return finished() ? "Onboarding finished" : "Unfinished: next step is " + onboarding.current().title();
    }

    /**
     * Re-test, rotation and the connector need a finished onboarding (its token saved by Finish) and the Docker ID
     * the connector signs in with: on an unfinished one, a keychain entry may be a leftover of an earlier run.
     */
    public boolean canTest() {
        return finished() && dockerId().isPresent();
    }

    public ObjectProperty<LastTest> lastTestProperty() {
        return lastTest;
    }

    public ObjectProperty<TokenExpiry> expiryProperty() {
        return expiry;
    }

    /** True while a re-test, rotation or removal of this organization runs. */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** What the last action on this row came to, in words. */
    public StringProperty messageProperty() {
        return message;
    }

    public ObjectProperty<Tone> toneProperty() {
        return tone;
    }

    /** "Defender connector dockerhub-acme (rg-security): last written 30 Nov 2026, 14:02", or that there is none. */
    public StringProperty defenderProperty() {
        return defender;
    }

    /** True when Hub Onboard wrote a connector for this organization: rotation can then update it. */
    public BooleanProperty defenderSavedProperty() {
        return defenderSaved;
    }

    void say(Tone t, String text) {
        tone.set(t);
        message.set(text);
    }

    @Override
    public String toString() {
        return "ConnectionRow[" + organization() + "]";
    }
}
