package dev.hubonboard.onboarding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The repository list file of {@code check --repositories FILE}: the private repositories an organization expects
 * the scanner to reach, one a line, {@code NAME} or {@code ORG/NAME}; blank lines and {@code #} comments are ignored.
 * The Connections screen writes it from the owner's saved list for monitoring scripts.
 */
public final class RepositoryList {
    /**
     * A repository name's one path component, as Docker's distribution reference grammar has it
     * ({@code path-component := alpha-numeric (separator alpha-numeric)*},
     * {@code separator := [_.] | "__" | [-]+}): so {@code my__repo} and {@code my--repo} are names, {@code my___repo}
     * and {@code my._repo} are not. Possessive quantifiers: no backtracking, so the work grows with the length of the
     * text, whatever it holds (RepositoryNameTest counts it).
     */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]++(?:(?:__|[._]|-++)[a-z0-9]++)*+");
    /** Docker Hub's longest repository name. */
    private static final int MAX_NAME = 255;

    private RepositoryList() {
    }

    /** A line that is not a repository of the organization; {@code line} counts from 1. */
    public static final class BadLine extends Exception {
        private final int line;

        BadLine(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** The names in a file's lines (without the organization), in order, without duplicates. */
    public static List<String> parse(String organization, List<String> lines) throws BadLine {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            String problem = problem(organization, line);
            if (problem != null) {
                // The line is the user's own file content, not a secret: quoting it helps find it.
                throw new BadLine(i + 1, "line " + (i + 1) + " (\""
                        + dev.hubonboard.net.Redact.forPeople(line, 80, List.of()) + "\"): " + problem);
            }
            out.add(line.contains("/") ? line.substring(line.indexOf('/') + 1) : line);
        }
        return List.copyOf(out);
    }

    /** Reads and parses a file; an unreadable file is reported like a bad line 0. */
    public static List<String> read(String organization, Path file) throws BadLine {
        try {
            return parse(organization, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadLine(0, file + " could not be read (" + e.getClass().getSimpleName() + ").");
        }
    }

    /** The file's text: a comment saying what it is, then ORG/NAME per line. */
    public static String text(String organization, List<String> names) {
        StringBuilder out = new StringBuilder();
        out.append("# Private repositories of ").append(organization)
                .append(" that Defender for Containers must be able to pull.\n")
                .append("# Use with: hub-onboard check --org ").append(organization)
                .append(" --username DOCKER_ID --token-stdin --repositories THIS_FILE\n");
        for (String name : names(names)) {
            out.append(organization).append('/').append(name).append('\n');
        }
        return out.toString();
    }

    /** Writes {@link #text} to a file (names are not secret). */
    public static void write(Path file, String organization, List<String> names) throws IOException {
        Files.writeString(file, text(organization, names), StandardCharsets.UTF_8);
    }

    /** Whether {@code name} (without the organization) is a repository name: the one grammar every reader uses. */
    public static boolean isName(CharSequence name) {
        return name != null && name.length() <= MAX_NAME && grammar(name);
    }

    /** The grammar alone, whatever the length (tests measure its work on long text). */
    static boolean grammar(CharSequence name) {
        return NAME.matcher(name).matches();
    }

    /** Checks names for {@link Onboarding#setExpectedRepositories}: valid, without duplicates. */
    static List<String> names(List<String> names) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String n : names) {
            String name = n == null ? "" : n.strip();
            if (!isName(name)) {
                throw new IllegalArgumentException("not a Docker Hub repository name: \""
                        + dev.hubonboard.net.Redact.forPeople(name, 80, List.of()) + "\"");
            }
            out.add(name);
        }
        return List.copyOf(new ArrayList<>(out));
    }

    private static String problem(String organization, String line) {
        if (!dev.hubonboard.net.Redact.tokenShapes(line).equals(line)) {
            // A token is a valid-looking name; sent as a scope it would reach URLs and the report.
            return "this looks like an access token, not a repository: remove it from the file.";
        }
        if (line.chars().anyMatch(Character::isWhitespace)) {
            return "one repository a line, without spaces.";
        }
        String name = line;
        int slash = line.indexOf('/');
        if (slash >= 0) {
            String org = line.substring(0, slash);
            name = line.substring(slash + 1);
            if (!org.equals(organization)) {
                return "not a repository of " + organization + " (write NAME or " + organization + "/NAME).";
            }
            if (name.contains("/")) {
                return "write NAME or " + organization + "/NAME.";
            }
        }
        if (!isName(name)) {
            return "not a Docker Hub repository name (lower-case letters and digits, joined by one . or _, by __, "
                    + "or by dashes).";
        }
        return null;
    }
}
