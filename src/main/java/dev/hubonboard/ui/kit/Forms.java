package dev.hubonboard.ui.kit;

import dev.hubonboard.onboarding.Problem;
import dev.hubonboard.onboarding.Verdict;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

import java.util.function.Function;

/**
 * Small building blocks shared by the step views: a labelled field whose problems are marked in place (ControlsFX
 * decoration) and written out under it in words, so the fix is visible without hovering.
 */
public final class Forms {
    private Forms() {
    }

    /** The verdict of a rule over a text, recomputed as the text changes. */
    public static ObjectBinding<Verdict> verdict(ObservableStringValue text, Function<String, Verdict> rule) {
        return Bindings.createObjectBinding(() -> rule.apply(text.get()), text);
    }

    /**
     * A field with its label (with a mnemonic), the control, and the first problem in words below it. An untouched
     * empty field shows its help, so a fresh form is not a wall of red; once typed in or left, an empty field says
     * what it needs too.
     */
    public static VBox field(String label, String help, TextInputControl control, ObjectBinding<Verdict> verdict,
                             ValidationSupport support) {
        return field(label, help, control, verdict, support, null);
    }

    /**
     * As {@link #field(String, String, TextInputControl, ObjectBinding, ValidationSupport)}, with the message's
     * line kept as tall as {@code reserve} (its longest message) wraps to at the field's width, so an error appearing
     * under the field does not push the controls below it down.
     */
    public static VBox field(String label, String help, TextInputControl control, ObjectBinding<Verdict> verdict,
                             ValidationSupport support, String reserve) {
        Label title = new Label(label);
        title.setMnemonicParsing(true);
        title.setWrapText(true);
        title.setLabelFor(control);
        control.setAccessibleText(label.replace("_", ""));
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("text-small");
        javafx.beans.property.BooleanProperty touched = new javafx.beans.property.SimpleBooleanProperty();
        message.textProperty().bind(Bindings.createStringBinding(() -> shown(control, touched.get(), verdict.get())
                .map(Problem::message).orElse(help == null ? "" : help), verdict, control.textProperty(), touched));
        Styles.tone(message, Bindings.createObjectBinding(() -> shown(control, touched.get(), verdict.get())
                .map(p -> Tone.of(p.severity())).orElse(Tone.MUTED), verdict,
                control.textProperty(), touched), t -> t);
        message.setId((control.getId() == null ? "field" : control.getId()) + "-message");
        whenTouched(control, () -> {
            touched.set(true);
            if (support != null) {
                support.registerValidator(control, false, (Control c, Object value) -> result(c, verdict.get()));
            }
        });
        if (reserve == null) {
            return new VBox(4, title, control, message);
        }
        // The longest message's height at the width the line has now, as the line's minimum: measured, since the
        // width changes with the window and the label's own size follows the text it shows.
        javafx.scene.text.Text room = new javafx.scene.text.Text(reserve);
        Runnable reserveRoom = () -> {
            room.setFont(message.getFont());
            room.setLineSpacing(message.getLineSpacing());
            javafx.geometry.Insets pad = message.getLabelPadding();
            room.setWrappingWidth(Math.max(1, message.getWidth() - message.snappedLeftInset()
                    - message.snappedRightInset() - pad.getLeft() - pad.getRight()));
            javafx.scene.text.Text one = new javafx.scene.text.Text("X");
            one.setFont(message.getFont());
            double line = one.getLayoutBounds().getHeight();
            // The label lays out whole pixels per line: count the lines, then take the label's line height.
            long lines = Math.max(1, Math.round(room.getLayoutBounds().getHeight() / line));
            double h = lines * Math.ceil(line) + (lines - 1) * message.getLineSpacing() + message.snappedTopInset()
                    + message.snappedBottomInset() + pad.getTop() + pad.getBottom();
            if (h != message.getMinHeight()) {
                message.setMinHeight(h);
            }
        };
        message.widthProperty().addListener(o -> reserveRoom.run());
        message.fontProperty().addListener(o -> reserveRoom.run());
        return new VBox(4, title, control, message);
    }

    /**
     * Runs {@code register} once the field has something in it, is typed in, or loses the focus: an untouched field
     * shows no problem anyway, and ControlsFX's decoration layer, set up on the first registration, cost the first
     * window ~5% (the first field has the focus at start-up, so "gets the focus" would still be too early).
     */
    private static void whenTouched(TextInputControl control, Runnable register) {
        if (control.getText() != null && !control.getText().isEmpty()) {
            register.run();
            return;
        }
        InvalidationListener touched = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (o == control.focusedProperty() && control.isFocused()) {
                    return; // focus gained: wait for typing or leaving
                }
                control.textProperty().removeListener(this);
                control.focusedProperty().removeListener(this);
                register.run();
            }
        };
        control.textProperty().addListener(touched);
        control.focusedProperty().addListener(touched);
    }

    private static java.util.Optional<Problem> shown(TextInputControl control, boolean touched, Verdict v) {
        if (!touched && (control.getText() == null || control.getText().isEmpty())) {
            return java.util.Optional.empty();
        }
        return v.first();
    }

    private static ValidationResult result(Control c, Verdict v) {
        ValidationResult r = new ValidationResult();
        for (Problem p : v.problems()) {
            r.add(p.isError() ? ValidationMessage.error(c, p.message()) : ValidationMessage.warning(c, p.message()));
        }
        return r;
    }

    /** A wrapped label showing {@code text}. */
    public static Label label(String id, ObservableValue<String> text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    /** A wrapped line showing {@code text}, laid out only while it has something to say. */
    public static Label line(String id, ObservableStringValue text) {
        return showWhen(label(id, text), Bindings.isNotEmpty(text));
    }

    /** Shown, and laid out, only while {@code condition} holds. */
    public static <T extends Node> T showWhen(T node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    /**
     * A screen's status line: what runs, or the latest news, with a spinner while work runs. The spinner is made when
     * work first starts: its skin (a dozen animated segments) would slow the first window.
     */
    public static javafx.scene.layout.HBox status(ScreenModel model, String id) {
        Label line = new Label();
        line.setId(id);
        line.setWrapText(true);
        line.setMaxWidth(Double.MAX_VALUE);
        line.textProperty().bind(Bindings.when(model.busyProperty()).then(model.activityProperty())
                .otherwise(model.noticeProperty()));
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(8, line);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(line, javafx.scene.layout.Priority.ALWAYS);
        Runnable spinner = () -> {
            javafx.scene.control.ProgressIndicator s = new javafx.scene.control.ProgressIndicator();
            s.setPrefSize(18, 18);
            box.getChildren().addFirst(showWhen(s, model.busyProperty()));
        };
        if (model.busyProperty().get()) {
            spinner.run();
        } else {
            model.busyProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    model.busyProperty().removeListener(this);
                    spinner.run();
                }
            });
        }
        return box;
    }

    /** A paragraph of explanation. */
    public static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        return l;
    }

    /** The step's heading. */
    public static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("title-2");
        l.setWrapText(true);
        return l;
    }

    /** A section of a step, with a small heading. */
    public static VBox section(String title, Node... children) {
        Label t = new Label(title);
        t.getStyleClass().add("title-4");
        VBox box = new VBox(8, t);
        box.getChildren().addAll(children);
        return box;
    }
}
