package dev.hubonboard.ui.kit;

import javafx.scene.control.Hyperlink;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Opens web pages (Docker Hub's members and token pages, Defender for Cloud's settings) in the user's browser. The
 * app hands in {@code getHostServices()::showDocument} at start-up; tests hand in a consumer that records the address.
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

    /** A link that opens the address {@code url} gives when clicked (it may depend on the organization). */
    public static Hyperlink hyperlink(String text, Supplier<String> url) {
        Hyperlink link = new Hyperlink(text);
        link.setOnAction(e -> open(url.get()));
        link.setAccessibleText(text + ", in the browser");
        return link;
    }
}
