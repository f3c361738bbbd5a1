package dev.hubonboard.ui.kit;

import dev.hubonboard.ui.task.NextPulse;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Dialogs whole on the screen: sized to their content when it changes (a result of several lines, a checklist), and
 * never past the screen their owner is on; content taller than that scrolls inside the dialog.
 */
public final class DialogFit {
    private DialogFit() {
    }

    /**
     * The app's non-blocking dialog over {@code owner} (modal to it when there is one): resizable, with Close, the
     * app's stylesheet, and fitted on the screen when shown. The one place the three dialogs are set up.
     */
    public static Dialog<Void> closable(Window owner, String title, javafx.scene.Node content) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.initModality(javafx.stage.Modality.WINDOW_MODAL);
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(javafx.scene.control.ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(Styles.SHEET);
        onShown(dialog);
        return dialog;
    }

    /**
     * Fits the dialog when shown and after every later {@link #refit(Dialog)}. On a desktop (GTK under a window
     * manager) the dialog's first size is taken before its stylesheet and layout are done, so the Export dialog
     * opened 293 px tall with a two-line preview; it is sized to its scene again once shown, then kept on the screen.
     */
    public static void onShown(Dialog<?> dialog) {
        dialog.setOnShown(e -> {
            fitOnScreen(window(dialog));
            refit(dialog);
        });
    }

    /** The content changed: the dialog grows (or shrinks) to it, then is kept on the screen. Later, after layout. */
    public static void refit(Dialog<?> dialog) {
        NextPulse.then(() -> {
            if (dialog.isShowing()) {
                Window w = window(dialog);
                w.sizeToScene();
                fitOnScreen(w);
                NextPulse.then(() -> NextPulse.then(() -> growToHiddenContent(dialog))); // laid out at the new size
            }
        });
    }

    /**
     * Wrapped text is taller at the width it gets than at the width it would like, which is what sizeToScene asks
     * for: a scroll pane in the dialog whose content is still taller than its view gets the difference, once, up to
     * the screen (seen with taller fonts: Create 8 px below its column's view after Check).
     */
    private static void growToHiddenContent(Dialog<?> dialog) {
        if (!dialog.isShowing()) {
            return;
        }
        dialog.getDialogPane().layout();
        double missing = 0;
        for (javafx.scene.Node n : dialog.getDialogPane().lookupAll(".scroll-pane")) {
            if (n instanceof javafx.scene.control.ScrollPane pane && pane.isVisible() && !insideTextArea(pane)
                    && pane.getContent() instanceof javafx.scene.layout.Region content) {
                missing = Math.max(missing, content.getHeight() - pane.getViewportBounds().getHeight());
            }
        }
        if (missing > 0.5) {
            Window w = window(dialog);
            w.setHeight(w.getHeight() + Math.ceil(missing));
            fitOnScreen(w);
        }
    }

    /** A text area scrolls its text inside itself by design: its own scroll pane asks for no room. */
    private static boolean insideTextArea(javafx.scene.Node n) {
        for (javafx.scene.Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private static Window window(Dialog<?> dialog) {
        return dialog.getDialogPane().getScene().getWindow();
    }

    /** Keeps the window inside the screen it is on: a tall dialog over a small window may reach past it. */
    public static void fitOnScreen(Window w) {
        Rectangle2D area = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        if (w.getHeight() > area.getHeight()) {
            w.setHeight(area.getHeight());
        }
        if (w.getWidth() > area.getWidth()) {
            w.setWidth(area.getWidth());
        }
        w.setX(Math.max(area.getMinX(), Math.min(w.getX(), area.getMaxX() - w.getWidth())));
        w.setY(Math.max(area.getMinY(), Math.min(w.getY(), area.getMaxY() - w.getHeight())));
    }
}
