package dev.hubonboard.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** Light and dark looks from AtlantaFX; the choice is remembered (a UI preference, nothing secret). */
public enum Theme {
    LIGHT, DARK;

    private static final String KEY = "theme";

    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    public static Theme saved(UiSettings prefs) {
        try {
            return Theme.valueOf(prefs.get(KEY, LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return LIGHT;
        }
    }

    public void save(UiSettings prefs) {
        prefs.put(KEY, name());
        prefs.save();
    }
}
