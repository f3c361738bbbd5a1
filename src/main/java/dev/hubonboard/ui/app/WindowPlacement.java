package dev.hubonboard.ui.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the window's size and position between runs, and never restores it off every screen (a laptop that
 * left its second monitor behind).
 */
public final class WindowPlacement {
    public static final double MIN_WIDTH = 860;
    public static final double MIN_HEIGHT = 600;
    private final UiSettings prefs;

    public WindowPlacement(UiSettings prefs) {
        this.prefs = prefs;
    }

    public void restore(Stage stage) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        double w = Math.max(MIN_WIDTH, prefs.getDouble("width", 1000));
        double h = Math.max(MIN_HEIGHT, prefs.getDouble("height", 700));
        stage.setWidth(w);
        stage.setHeight(h);
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y, w, h)) {
            stage.setX(x);
            stage.setY(y);
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    public void save(Stage stage) {
        prefs.put("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.put("x", stage.getX());
            prefs.put("y", stage.getY());
            prefs.put("width", stage.getWidth());
            prefs.put("height", stage.getHeight());
        }
        prefs.save();
    }

    private static boolean onSomeScreen(double x, double y, double w, double h) {
        // At least a title bar's worth of the window must be visible on a screen.
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(w, 200), 40)).isEmpty();
    }
}
