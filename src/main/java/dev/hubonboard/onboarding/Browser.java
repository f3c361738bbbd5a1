package dev.hubonboard.onboarding;

import java.io.IOException;

/**
 * Opens a web address in the user's browser, and says when it could not: the screen then shows the address to copy
 * instead of doing nothing (JavaFX's HostServices only prints its failure on standard error).
 */
@FunctionalInterface
public interface Browser {

    /**
     * Opens {@code address}; may take a few seconds, so call it off the JavaFX thread.
     *
     * @throws IOException with a few words on why not (no browser, no desktop session)
     */
    void open(String address) throws IOException;

    /** This computer's browser, through the OS's own opener (xdg-open, open, the URL protocol handler). */
    static Browser system() {
        return new SystemBrowser(System.getProperty("os.name", ""), System.getenv());
    }

    /** The outcome of opening a page, for the screen to show. */
    sealed interface Opening {
        /** The page is open in the browser. */
        record Opened(String address) implements Opening {
        }

        /** No browser could be opened: show {@code message} and {@code address} in a field the user can copy. */
        record CopyInstead(String address, String message) implements Opening {
        }

        /** Practice mode has no such page: {@code message} says where its equivalent is. */
        record PracticeInstead(String message) implements Opening {
        }
    }

    /** Opens {@code address}, turning a failure into {@link Opening.CopyInstead}. */
    static Opening open(Browser browser, String address) {
        try {
            browser.open(address);
            return new Opening.Opened(address);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null || e.getMessage().isBlank() ? "" : " (" + e.getMessage() + ")";
            return new Opening.CopyInstead(address, "No web browser could be opened here" + why
                    + ". Copy this address into a browser: " + address);
        }
    }
}
