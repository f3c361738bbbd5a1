package dev.hubonboard.azure;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where the Azure CLI is and how to start it. On Windows {@code az} is a batch file, {@code az.cmd} (in
 * {@code C:\Program Files\Microsoft SDKs\Azure\CLI2\wbin}, older 32-bit installs under {@code Program Files (x86)}),
 * found the way {@code cmd} finds it: each {@code PATH} folder in order, each {@code PATHEXT} extension in order.
 * A batch file is not a program: it is run by {@code cmd.exe /d /v:off /s /c ""az.cmd" ARGS"} (no AutoRun, no
 * delayed expansion, outer quotes stripped and the rest kept as is), and because cmd expands {@code %} even inside
 * quotes and re-reads {@code & | < > ^ ( ) "} outside them, every argument must be made of characters cmd leaves
 * alone ({@link #PLAIN}): anything else is refused before a process starts. Elsewhere {@code az} is started directly.
 */
public final class AzExecutable {
    /** What an argument may contain: nothing cmd.exe reads as syntax, no space (so no quoting is needed). */
    static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:/=@,+~-]+");
    static final String DEFAULT_PATHEXT = ".COM;.EXE;.BAT;.CMD";
    /** Where the Azure CLI's MSI puts az.cmd, under %ProgramFiles% and %ProgramFiles(x86)%. */
    static final String INSTALL_FOLDER = "Microsoft SDKs\\Azure\\CLI2\\wbin";

    private AzExecutable() {
    }

    /** The az of this environment: Windows-shaped lookup when {@code windows}, else the POSIX one. */
    public static Optional<Path> locate(Map<String, String> environment, boolean windows) {
        Predicate<String> isFile = p -> {
            try {
                Path path = Path.of(p);
                return Files.isRegularFile(path) && (windows || Files.isExecutable(path));
            } catch (InvalidPathException e) {
                return false; // a malformed PATH entry is skipped, as a shell does
            }
        };
        // This JVM's own separators: the same as Windows' on Windows, and they let a test on Linux look for az.cmd.
        return locate(environment, windows, isFile, File.pathSeparator, File.separator).map(Path::of);
    }

    /** {@link #locate(Map, boolean, Predicate, String, String)} with the target OS's separators. */
    static Optional<String> locate(Map<String, String> environment, boolean windows, Predicate<String> isFile) {
        return locate(environment, windows, isFile, windows ? ";" : ":", windows ? "\\" : "/");
    }

    /**
     * @param isFile whether a path names a file that can be run (tests pass a fixed set of Windows paths)
     * @return the first match: Windows {@code PATH} × {@code PATHEXT} for {@code az}, then the CLI's install
     *         folders; POSIX {@code PATH} for {@code az}
     */
    static Optional<String> locate(Map<String, String> environment, boolean windows, Predicate<String> isFile,
                                   String pathSeparator, String separator) {
        List<String> names = new ArrayList<>();
        if (windows) {
            for (String ext : get(environment, "PATHEXT").orElse(DEFAULT_PATHEXT).split(";")) {
                if (!ext.isBlank()) {
                    names.add("az" + ext.strip().toLowerCase(Locale.ROOT));
                }
            }
        } else {
            names.add("az");
        }
        List<String> folders = new ArrayList<>();
        for (String dir : get(environment, "PATH").orElse("").split(Pattern.quote(pathSeparator))) {
            String d = windows ? dir.strip().replace("\"", "") : dir; // cmd tolerates quoted PATH entries
            if (!d.isBlank()) {
                folders.add(d.endsWith(separator) ? d.substring(0, d.length() - 1) : d);
            }
        }
        for (String folder : folders) {
            for (String name : names) {
                String candidate = folder + separator + name;
                if (isFile.test(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        if (windows) { // installed but not on this process's PATH yet (the app was started before the install)
            for (String root : List.of("ProgramFiles", "ProgramFiles(x86)")) {
                Optional<String> candidate = get(environment, root).map(r -> r + separator + INSTALL_FOLDER.replace("\\", separator) + separator + "az.cmd");
                if (candidate.isPresent() && isFile.test(candidate.get())) {
                    return candidate;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The process command for {@code az ARGS}: on Windows, a batch file goes through {@code cmd.exe} with one
     * already-quoted command string, which Java passes on unchanged.
     *
     * @throws IllegalArgumentException when an argument (or, for a batch file, its path) holds something cmd would
     *                                  read as syntax; nothing is started then
     */
    public static List<String> command(String az, List<String> arguments, boolean windows, Map<String, String> environment) {
        List<String> command = new ArrayList<>();
        if (!(windows && isBatchFile(az))) {
            command.add(az);
            command.addAll(arguments);
            return List.copyOf(command);
        }
        for (String argument : arguments) {
            requirePlain(argument);
        }
        if (az.contains("\"") || az.contains("%") || az.contains("!")) {
            throw new IllegalArgumentException("The Azure CLI's path holds a character cmd.exe would read as syntax (\", % or !): "
                    + az + ". Install it in a folder without them.");
        }
        String systemRoot = get(environment, "SystemRoot").orElse("C:\\Windows");
        command.add(systemRoot + "\\System32\\cmd.exe");
        command.addAll(List.of("/d", "/v:off", "/s", "/c"));
        command.add("\"\"" + az + "\" " + String.join(" ", arguments) + "\"");
        return List.copyOf(command);
    }

    static boolean isBatchFile(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        return p.endsWith(".cmd") || p.endsWith(".bat");
    }

    /** @throws IllegalArgumentException naming the argument when cmd.exe would re-read any of it */
    static void requirePlain(String argument) {
        if (!PLAIN.matcher(argument).matches()) {
            throw new IllegalArgumentException("An argument for az.cmd holds a character cmd.exe would read as syntax"
                    + " or a space: '" + argument + "'. Only letters, digits and . _ : / = @ , + ~ - can be passed.");
        }
    }

    /** Windows variable names ignore case (Path, PATH); an exact match wins. */
    private static Optional<String> get(Map<String, String> environment, String name) {
        String exact = environment.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return environment.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst();
    }
}
