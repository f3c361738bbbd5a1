package dev.hubonboard.cli;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When the wizard says it needs a display instead of printing JavaFX's stack trace. */
class DisplayTest {

    @Test
    void linuxWithoutDisplayOrWaylandHasNone() {
        assertThat(Display.missing("Linux", Map.of(), null)).contains(Display.NEEDED);
        assertThat(Display.missing("Linux", Map.of("DISPLAY", " "), null)).contains(Display.NEEDED);
        assertThat(Display.missing("FreeBSD", Map.of(), null)).isPresent();
        assertThat(Display.NEEDED).contains("needs a display").contains("hub-onboard check")
                .doesNotContain("\n");
    }

    @Test
    void anX11OrWaylandDisplayOrAnOsWithADesktopIsLeftToJavaFx() {
        assertThat(Display.missing("Linux", Map.of("DISPLAY", ":0"), null)).isEmpty();
        assertThat(Display.missing("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isEmpty();
        assertThat(Display.missing("Windows 11", Map.of(), null)).isEmpty();
        assertThat(Display.missing("Mac OS X", Map.of(), null)).isEmpty();
        // The tests and the installers' AOT training run on JavaFX's headless platform, with no DISPLAY.
        assertThat(Display.missing("Linux", Map.of(), "Headless")).isEmpty();
    }

    @Test
    void aToolkitThatCannotStartIsOneSentenceWithItsReason() {
        RuntimeException gtk = failureAt(new UnsupportedOperationException("Unable to open DISPLAY"),
                "com.sun.javafx.application.PlatformImpl", "startup");
        assertThat(Display.isToolkitFailure(gtk)).isTrue();
        assertThat(Display.couldNotStart(gtk)).isEqualTo("The wizard's window could not be opened (Unable to open "
                + "DISPLAY): Hub Onboard needs a working display; the connection test runs without one: "
                + "hub-onboard check --help.");
        RuntimeException wrapped = new RuntimeException("Application launch failed", failureAt(
                new IllegalStateException("no libgtk-3.so.0\nsecond line"), "com.sun.javafx.application.LauncherImpl",
                "startToolkit"));
        assertThat(Display.isToolkitFailure(wrapped)).isTrue();
        assertThat(Display.couldNotStart(wrapped)).contains("(no libgtk-3.so.0)").doesNotContain("second line");
    }

    @Test
    void aFailureInTheAppsOwnStartIsNotBlamedOnTheDisplay() {
        RuntimeException bug = new RuntimeException("Exception in Application start method",
                failureAt(new NullPointerException("oops"), "com.sun.javafx.application.PlatformImpl", "startup"));
        assertThat(Display.isToolkitFailure(bug)).isFalse();
        assertThat(Display.isToolkitFailure(new IllegalStateException("elsewhere"))).isFalse();
    }

    private static <T extends RuntimeException> T failureAt(T e, String className, String method) {
        e.setStackTrace(new StackTraceElement[] {new StackTraceElement(className, method, null, 1),
            new StackTraceElement("java.lang.Thread", "run", null, 1)});
        return e;
    }
}
