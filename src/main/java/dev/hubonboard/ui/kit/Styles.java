package dev.hubonboard.ui.kit;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Where the app's looks are decided: the one stylesheet ({@code hub-onboard.css}) on top of AtlantaFX's theme, and
 * AtlantaFX's state pseudo-classes ({@code :success}, {@code :warning}, {@code :danger}) for text that carries a
 * verdict. No node sets {@code -fx-} strings of its own.
 */
public final class Styles {
    /** The app's stylesheet, added to every scene and dialog. */
    public static final String SHEET = Styles.class.getResource("hub-onboard.css").toExternalForm();

    private static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final PseudoClass MUTED = PseudoClass.getPseudoClass("muted");

    private Styles() {
    }

    public static void use(Scene scene) {
        scene.getStylesheets().add(SHEET);
    }

    /** Shows the tone {@code map} gives for {@code source}, now and whenever it changes. */
    public static <T> void tone(Node node, ObservableValue<T> source, java.util.function.Function<T, Tone> map) {
        node.getStyleClass().add("toned");
        set(node, map.apply(source.getValue()));
        source.addListener((o, a, v) -> set(node, map.apply(v)));
    }

    public static void tone(Node node, Tone tone) {
        node.getStyleClass().add("toned");
        set(node, tone);
    }

    private static void set(Node node, Tone t) {
        node.pseudoClassStateChanged(SUCCESS, t == Tone.SUCCESS);
        node.pseudoClassStateChanged(WARNING, t == Tone.WARNING);
        node.pseudoClassStateChanged(DANGER, t == Tone.DANGER);
        node.pseudoClassStateChanged(MUTED, t == Tone.MUTED);
    }

    /** The app's title, and the practice banner under it in practice mode: the same on every screen. */
    public static VBox banner(boolean practice, String practiceWords) {
        Label title = new Label("Hub Onboard");
        title.getStyleClass().add("title-3");
        Label subtitle = new Label("Connect a Docker Hub organization to Microsoft Defender for Containers");
        subtitle.getStyleClass().add("text-muted");
        VBox heading = new VBox(2, title, subtitle);
        heading.setPadding(new Insets(12, 16, 12, 16));
        VBox top = new VBox(heading);
        if (practice) {
            top.getChildren().add(practiceBanner(practiceWords));
        }
        return top;
    }

    public static Label practiceBanner(String words) {
        Label practice = new Label(words);
        practice.setId("practice-banner");
        practice.getStyleClass().add("practice-banner");
        practice.setMaxWidth(Double.MAX_VALUE);
        practice.setWrapText(true);
        return practice;
    }
}
