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
    private static final Map<String, Set<String>> FORBIDDEN = Map.ofEntries(
            // Azure Resource Manager sits beside hub: it uses net only.
            Map.entry("azure", Set.of("hub", "registry", "check", "onboarding", "secrets", "defender", "cli", "ui", "sandbox", "javafx")),
            Map.entry("net", Set.of("azure", "hub", "registry", "check", "onboarding", "secrets", "defender", "cli", "ui", "sandbox", "javafx")),
            Map.entry("hub", Set.of("azure", "registry", "check", "onboarding", "secrets", "defender", "cli", "ui", "sandbox", "javafx")),
            Map.entry("registry", Set.of("azure", "hub", "check", "onboarding", "secrets", "defender", "cli", "ui", "sandbox", "javafx")),
            Map.entry("secrets", Set.of("azure", "hub", "registry", "check", "onboarding", "defender", "cli", "ui", "sandbox", "javafx")),
            Map.entry("check", Set.of("azure", "onboarding", "secrets", "defender", "cli", "ui", "sandbox", "javafx")),
            Map.entry("onboarding", Set.of("cli", "ui", "sandbox", "javafx")),
            Map.entry("defender", Set.of("cli", "ui", "sandbox", "javafx")),
            Map.entry("sandbox", Set.of("azure", "hub", "registry", "check", "onboarding", "secrets", "defender", "cli", "ui", "javafx")),
            Map.entry("cli", Set.of("ui", "javafx")));

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
