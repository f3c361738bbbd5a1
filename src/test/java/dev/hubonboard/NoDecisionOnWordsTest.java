package dev.hubonboard;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20, item 3: no decision on the text of a message. A source scan (ArchUnit sees calls, not which string they
 * are called on) over the rooms that write sentences for people (ui, onboarding, check, defender): nothing tests a
 * message, reason, summary, text or outcome with contains/startsWith/endsWith/matches/equals. Decide on a type, an
 * enum or a state instead. What the layers below read from Docker Hub's and the JDK's own words (hub/HubErrors,
 * net/HttpTransport) is out of this scan: there the words are the only signal the other side gives.
 */
class NoDecisionOnWordsTest {
    private static final Path MAIN = Path.of("src/main/java/dev/hubonboard");
    private static final List<String> ROOMS = List.of("ui", "onboarding", "check", "defender");
    static final Pattern DECISION_ON_WORDS = Pattern.compile(
            "\\b(getMessage|getLocalizedMessage|message|reason|summary|text|words|outcome|detail|remediation)\\(\\)\\)?"
                    + "\\s*\\.(contains|startsWith|endsWith|matches|equals|equalsIgnoreCase)\\(");

    @Test
    void thePatternCatchesTheDecisionsItIsAbout() {
        assertThat(DECISION_ON_WORDS.matcher("!test.reason().startsWith(\"Docker Hub could not be reached\")").find())
                .isTrue();
        assertThat(DECISION_ON_WORDS.matcher("c.summary().startsWith(\"Docker Hub refused\")").find()).isTrue();
        assertThat(DECISION_ON_WORDS.matcher("String.valueOf(e.getMessage()).contains(\"x\")").find()).isTrue();
        assertThat(DECISION_ON_WORDS.matcher("name.contains(\".\")").find()).as("a file name is not a message")
                .isFalse();
    }

    @Test
    void noRoomThatWritesForPeopleDecidesOnTheWords() throws IOException {
        List<String> found = new ArrayList<>();
        for (String room : ROOMS) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(room))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (DECISION_ON_WORDS.matcher(lines.get(i)).find()) {
                            found.add(MAIN.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
