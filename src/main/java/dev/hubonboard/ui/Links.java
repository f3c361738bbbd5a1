package dev.hubonboard.ui;

import javafx.scene.control.Hyperlink;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Opens web pages (Docker Hub's members page, token settings) in the user's browser. The app hands in
 * {@code getHostServices()::showDocument} at start-up; tests hand in a consumer that records the address.
 */
public final class Links {
    private static volatile Consumer<String> opener = url -> { };

    private Links() {
    }

    /** Sets how addresses are opened: the browser in the app, a recorder in tests. */
    public static void use(Consumer<String> open) {
        opener = Objects.requireNonNull(open, "open");
    }

    public static void open(String url) {
        opener.accept(url);
    }

    /** A link that opens {@code url}; the address is its tooltip and part of its accessible text. */
    public static Hyperlink hyperlink(String text, String url) {
        Hyperlink link = new Hyperlink(text);
        link.setOnAction(e -> open(url));
        link.setAccessibleText(text + ", opens " + url + " in the browser");
        link.setTooltip(new javafx.scene.control.Tooltip(url));
        return link;
    }
}
