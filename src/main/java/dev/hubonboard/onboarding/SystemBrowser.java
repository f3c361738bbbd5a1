package dev.hubonboard.onboarding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The OS's own way to open an address: {@code xdg-open} on Linux and the BSDs, {@code open} on macOS, the URL protocol
 * handler on Windows. Its exit status tells whether a browser was found.
 */
final class SystemBrowser implements Browser {
    /** An opener still running after this long has handed the page to a browser it runs in the foreground. */
    private static final long WAIT_MS = 5_000;

    private final String os;
    private final Map<String, String> env;

    SystemBrowser(String osName, Map<String, String> env) {
        this.os = osName.toLowerCase(Locale.ROOT);
        this.env = env;
    }

    @Override
    public void open(String address) throws IOException {
        Process p = new ProcessBuilder(command(address)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (p.waitFor(WAIT_MS, TimeUnit.MILLISECONDS) && p.exitValue() != 0) {
                throw new IOException(opener() + " found no browser (exit status " + p.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("stopped while opening the browser");
        }
    }

    /** The command that opens {@code address}; only web addresses are handed to the OS. */
    List<String> command(String address) throws IOException {
        if (!address.startsWith("https://") && !address.startsWith("http://127.0.0.1")) {
            throw new IllegalArgumentException("not a web address this app opens: " + address);
        }
        if (os.startsWith("windows")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", address);
        }
        if (os.startsWith("mac")) {
            return List.of("open", address);
        }
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            throw new IOException("there is no desktop session");
        }
        Path xdgOpen = onPath("xdg-open").orElseThrow(() -> new IOException("xdg-open is not installed"));
        return List.of(xdgOpen.toString(), address);
    }

    private String opener() {
        return os.startsWith("windows") ? "Windows" : os.startsWith("mac") ? "open" : "xdg-open";
    }

    private Optional<Path> onPath(String name) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
