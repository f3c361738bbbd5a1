package dev.hubonboard.ui.app;

import dev.hubonboard.ui.kit.SecretClipboard;
import dev.hubonboard.hub.AccessToken;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.Optional;

/**
 * The one owner of this session's secrets: the owner's Docker Hub session, the dedicated user's token, and a token
 * copied to the clipboard. Memory only, never saved. The owner's sign-in lasts while the app runs (for one
 * organization), so a resumed onboarding does not ask for it again; {@link #forgetToken()} drops the token and the
 * clipboard (the wizard closes, Done), {@link #forget()} everything (the app quits). Models that show a secret in a
 * field listen to {@link #forgottenProperty()} and clear the field. Use on the JavaFX thread; tasks get what they
 * need captured when they start.
 */
public final class SessionSecrets {
    private final SecretClipboard clipboard;
    private final ReadOnlyIntegerWrapper forgotten = new ReadOnlyIntegerWrapper();
    private final javafx.beans.property.ReadOnlyBooleanWrapper ownerSignedIn =
            new javafx.beans.property.ReadOnlyBooleanWrapper();
    private AccessToken ownerSession;
    private String ownerOrganization;
    private String dedicatedToken;
    private int tokenVersion;
    private Runnable dropAzure = () -> { };

    public SessionSecrets(SecretClipboard clipboard) {
        this.clipboard = clipboard;
    }

    public Optional<AccessToken> ownerSession() {
        return Optional.ofNullable(ownerSession);
    }

    /** The owner's session after a sign-in; null when Docker Hub said it has ended. */
    public void ownerSession(AccessToken session) {
        this.ownerSession = session;
        ownerSignedIn.set(session != null);
    }

    /** Whether the owner is signed in now: the one answer every screen and step asks (never its own copy). */
    public boolean ownerSignedIn() {
        return ownerSession != null;
    }

    /** Whether the owner is signed in, for what a screen offers ("Sign in as the owner" only when not). */
    public javafx.beans.property.ReadOnlyBooleanProperty ownerSignedInProperty() {
        return ownerSignedIn.getReadOnlyProperty();
    }

    /**
     * The Azure sign-in's holder: the token Azure's CLI gave is cached for the connector's calls, and dropped with
     * every other secret here ({@link #forget}, {@link #forgetAzure}); the next use reads it from {@code az} again.
     */
    public void azure(Runnable drop) {
        this.dropAzure = java.util.Objects.requireNonNull(drop, "drop");
    }

    /** Drops the Azure access token (the connector dialog closed): a changed {@code az login} is honoured next time. */
    public void forgetAzure() {
        dropAzure.run();
    }

    /**
     * The wizard opens this organization: the owner's session and the Azure sign-in of another one are dropped (they
     * are not for this one).
     */
    public void useFor(String organization) {
        if (ownerOrganization != null && !ownerOrganization.equals(organization)) {
            ownerSession(null);
            forgetAzure();
        }
        ownerOrganization = organization;
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

    /** Drops the token, and takes it off the clipboard if it is still there; the owner stays signed in. */
    public void forgetToken() {
        dedicatedToken(null);
        clipboard.clearSecret();
        forgotten.set(forgotten.get() + 1);
    }

    /** Drops every secret of the session: the owner's, the dedicated user's, Azure's (Done, the app quits). */
    public void forget() {
        ownerSession(null);
        forgetAzure();
        forgetToken();
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
