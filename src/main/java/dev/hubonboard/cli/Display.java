package dev.hubonboard.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether the wizard's window can be opened here, and the one sentence said when it cannot (never a stack trace:
 * the person reading it wants to know what to do, and that {@code check} works without a display).
 */
public final class Display {
    static final String NEEDED = "Hub Onboard's wizard needs a display (a desktop session) to open its window, and "
            + "there is none here; the connection test runs without one: hub-onboard check --help.";

    private Display() {
    }

    /** For this process: the OS, its environment and the {@code glass.platform} Java property. */
    public static Optional<String> missingHere() {
        return missing(System.getProperty("os.name", ""), System.getenv(), System.getProperty("glass.platform"));
    }

    /**
     * Why no window can open, decided before JavaFX tries (which would print a stack trace): on Linux and the BSDs,
     * neither {@code DISPLAY} nor {@code WAYLAND_DISPLAY} is set. Windows and macOS always have a desktop for a
     * signed-in user. A platform chosen explicitly ({@code -Dglass.platform=Headless}, as in the tests and the AOT
     * training run) is left to JavaFX.
     */
    static Optional<String> missing(String osName, Map<String, String> env, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (glassPlatform != null && !glassPlatform.isBlank() || os.startsWith("windows") || os.startsWith("mac")) {
            return Optional.empty();
        }
        return isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY")) ? Optional.empty() : Optional.of(NEEDED);
    }

    /**
     * The sentence for a window that JavaFX could not open (a display named but unreachable, no graphics library):
     * its first line of reason, then the same advice.
     */
    public static String couldNotStart(Throwable failure) {
        String reason = null;
        for (Throwable t = failure; t != null && reason == null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && !m.startsWith("Application launch failed")) {
                reason = m.strip().lines().findFirst().orElse("").replaceAll("[.\\s]+$", "");
            }
        }
        return "The wizard's window could not be opened" + (reason == null ? "" : " (" + reason + ")")
                + ": Hub Onboard needs a working display; the connection test runs without one: hub-onboard check --help.";
    }

    /**
     * True when JavaFX failed while starting its toolkit (GTK could not open the display, a graphics library is
     * missing), before the app's own code ran: a failure inside the app's start is a bug and keeps its stack trace.
     */
    public static boolean isToolkitFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).startsWith("Exception in Application start method")) {
                return false;
            }
            for (StackTraceElement frame : t.getStackTrace()) {
                String at = frame.getClassName() + "." + frame.getMethodName();
                if (at.equals("com.sun.javafx.application.LauncherImpl.startToolkit")
                        || at.equals("com.sun.javafx.application.PlatformImpl.startup")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
