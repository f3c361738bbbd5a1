package dev.hubonboard;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The arrows point one way: ui/cli → onboarding/defender → check → hub/registry/secrets → net. Read from the
 * sources' import lines, so a wrong-way import fails the build with the file that made it.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/hubonboard");

    /** What each package must never import. */
    private static final Map<String, Set<String>> FORBIDDEN = Map.of(
            "net", Set.of("hub", "registry", "check", "onboarding", "secrets", "defender", "cli", "ui", "sandbox", "javafx"),
            "hub", Set.of("registry", "check", "onboarding", "secrets", "defender", "cli", "ui", "sandbox", "javafx"),
            "registry", Set.of("hub", "check", "onboarding", "secrets", "defender", "cli", "ui", "sandbox", "javafx"),
            "secrets", Set.of("hub", "registry", "check", "onboarding", "defender", "cli", "ui", "sandbox", "javafx"),
            "check", Set.of("onboarding", "secrets", "defender", "cli", "ui", "sandbox", "javafx"),
            "onboarding", Set.of("cli", "ui", "sandbox", "javafx"),
            "defender", Set.of("cli", "ui", "sandbox", "javafx"),
            "sandbox", Set.of("hub", "registry", "check", "onboarding", "secrets", "defender", "cli", "ui", "javafx"),
            "cli", Set.of("ui", "javafx"));

    @Test
    void importsPointOneWay() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (var rule : FORBIDDEN.entrySet()) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(rule.getKey()))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        if (!line.startsWith("import ")) {
                            continue;
                        }
                        for (String target : rule.getValue()) {
                            String prefix = target.equals("javafx") ? "import javafx." : "import dev.hubonboard." + target + ".";
                            if (line.startsWith(prefix)) {
                                wrong.add(SOURCES.relativize(f) + ": " + line);
                            }
                        }
                    }
                }
            }
        }
        assertThat(wrong).as("imports against the direction of the arrows").isEmpty();
    }
}
