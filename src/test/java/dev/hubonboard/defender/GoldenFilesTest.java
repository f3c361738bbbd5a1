package dev.hubonboard.defender;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each export format against a reviewed file in {@code src/test/resources/dev/hubonboard/defender/}, so any change to
 * what users get shows up as a diff. After an intended change, regenerate and review the diff:
 *
 * <pre>./mvnw -B -q test -Dtest='dev.hubonboard.defender.GoldenFilesTest' -Dgolden.update=true</pre>
 *
 * Maven passes {@code -Dgolden.update} on to the test JVM; the files are written relative to the project directory.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/hubonboard/defender");

    @ParameterizedTest
    @EnumSource(ConnectorExport.Format.class)
    void fullSettings(ConnectorExport.Format format) throws Exception {
        check(Fixtures.full(), "full", format);
    }

    @ParameterizedTest
    @EnumSource(ConnectorExport.Format.class)
    void minimalSettings(ConnectorExport.Format format) throws Exception {
        check(Fixtures.minimal(), "minimal", format);
    }

    private static void check(ConnectorSettings settings, String name, ConnectorExport.Format format) throws Exception {
        String actual = new ConnectorExport(settings).render(format);
        Path file = GOLDEN.resolve(name + format.extension());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual);
        }
        assertThat(file).as("golden file %s (regenerate with -Dgolden.update=true)", file).exists();
        assertThat(actual).isEqualTo(Files.readString(file));
    }
}
