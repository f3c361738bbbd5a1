package dev.hubonboard.onboarding;

import java.util.Optional;

/**
 * Where the dedicated user creates the Read-only personal access token: Docker Hub's page in real use; in practice
 * mode there is no web page (the practice Hub has none, and real Docker Hub must not be opened), so it says where the
 * practice equivalent is.
 */
public final class TokenPage {
    /** Docker Hub's personal access tokens page (Account settings → Personal access tokens). */
    public static final String DOCKER_HUB = Endpoints.web("settings/personal-access-tokens");

    static final String PRACTICE = "In practice mode there is no Docker Hub page to open: the practice panel's "
            + "\"Create token…\" plays the dedicated user creating the token on Docker Hub's Personal access tokens "
            + "page (Account settings → Personal access tokens, access permissions Read-only).";

    private TokenPage() {
    }

    /** The page's address; empty in practice mode. */
    public static Optional<String> address(AppMode mode) {
        return mode == AppMode.REAL ? Optional.of(DOCKER_HUB) : Optional.empty();
    }

    /** The link's words. */
    public static String linkText(AppMode mode) {
        return mode == AppMode.REAL ? "Open Docker Hub's personal access tokens page"
                : "Where is the token page in practice mode?";
    }

    /** Opens the page, or says why not: a copyable address when no browser opens, the practice panel in practice. */
    public static Browser.Opening open(AppMode mode, Browser browser) {
        return address(mode).map(a -> Browser.open(browser, a))
                .orElseGet(() -> new Browser.Opening.PracticeInstead(PRACTICE));
    }
}
