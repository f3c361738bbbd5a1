package dev.hubonboard.ui;

import dev.hubonboard.hub.AccessToken;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.Optional;

/**
 * The one owner of this session's secrets: the owner's Docker Hub session, the dedicated user's token, and a token
 * copied to the clipboard. Memory only, never saved. {@link #forget()} clears them all (the wizard closes, the app
 * quits, the token is in the keychain); models that show a secret in a field listen to {@link #forgottenProperty()}
 * and clear the field. Use on the JavaFX thread; tasks get what they need captured when they start.
 */
public final class SessionSecrets {
    private final SecretClipboard clipboard;
    private final ReadOnlyIntegerWrapper forgotten = new ReadOnlyIntegerWrapper();
    private AccessToken ownerSession;
    private String dedicatedToken;
    private int tokenVersion;

    public SessionSecrets(SecretClipboard clipboard) {
        this.clipboard = clipboard;
    }

    public Optional<AccessToken> ownerSession() {
        return Optional.ofNullable(ownerSession);
    }

    /** The owner's session after a sign-in; null when Docker Hub said it has ended. */
    public void ownerSession(AccessToken session) {
        this.ownerSession = session;
    }

    public Optional<String> dedicatedToken() {
        return Optional.ofNullable(dedicatedToken);
    }

    public void dedicatedToken(String token) {
        if (token == null ? dedicatedToken != null : !token.equals(dedicatedToken)) {
            tokenVersion++;
        }
        this.dedicatedToken = token;
    }

    /** Changes whenever the token changes: lets a model remember "this token is saved" without keeping a copy. */
    public int tokenVersion() {
        return tokenVersion;
    }

    public SecretClipboard clipboard() {
        return clipboard;
    }

    /** Drops every secret of the session, and takes a copied token off the clipboard if it is still there. */
    public void forget() {
        ownerSession = null;
        dedicatedToken(null);
        clipboard.clearSecret();
        forgotten.set(forgotten.get() + 1);
    }

    /** Bumped by every {@link #forget()}. */
    public ReadOnlyIntegerProperty forgottenProperty() {
        return forgotten.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return "SessionSecrets[owner signed in=" + (ownerSession != null) + ", token held=" + (dedicatedToken != null)
                + "]";
    }
}
