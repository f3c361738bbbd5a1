package dev.hubonboard.ui;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Opens web pages (Docker Hub's token page, Defender for Cloud's settings) in the user's browser. The app sets the
 * opener to its host services at start-up; tests set one that records the address instead.
 */
public final class Links {
    private static volatile Consumer<String> opener = url -> {
    };

    private Links() {
    }

    /** Who opens links from now on. */
    public static void opener(Consumer<String> open) {
        opener = Objects.requireNonNull(open, "open");
    }

    public static void open(String url) {
        opener.accept(url);
    }
}
