package dev.hubonboard.files;

import dev.hubonboard.defender.SavedConnector;
import dev.hubonboard.defender.SavedConnectors;
import dev.hubonboard.onboarding.Onboarding;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.sandbox.PracticeHub;
import dev.hubonboard.ui.app.UiSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 20, item 5: one small-file store: whole or nothing, 0600 files in 0700 folders made at every level, no
 * temporary file left; and the four writers (saved progress, window settings, connector targets, the practice
 * Hub's state) all write through it.
 */
class SmallFilesTest {
    @TempDir
    Path dir;

    private static String perms(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private static long temps(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".tmp")).count();
        }
    }

    @Test
    void writesTheFileOwnerOnlyInFoldersMadeOwnerOnlyAtEveryLevel() throws Exception {
        Path file = dir.resolve("a/b/c/settings.json");
        SmallFiles.write(file, "{\"v\":1}".getBytes());
        assertThat(Files.readString(file)).isEqualTo("{\"v\":1}");
        assertThat(perms(file)).isEqualTo("rw-------");
        for (Path p : new Path[] {dir.resolve("a"), dir.resolve("a/b"), dir.resolve("a/b/c")}) {
            assertThat(perms(p)).as(p.toString()).isEqualTo("rwx------");
        }
        assertThat(temps(file.getParent())).isZero();
    }

    @Test
    void aFolderThatExistsIsLeftAsItIs() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
        SmallFiles.write(dir.resolve("f"), new byte[] {1});
        assertThat(perms(dir)).isEqualTo("rwxr-x---");
    }

    @Test
    void aWriteStoppedBeforeTheMoveLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("progress.json");
        SmallFiles.write(file, "old".getBytes());
        assertThatThrownBy(() -> SmallFiles.write(file, "new".getBytes(), (temp, target) -> {
            assertThat(Files.readString(temp)).isEqualTo("new"); // written and synced before the move
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(temps(dir)).isZero();
    }

    @Test
    void everyWriterWritesThroughIt() throws Exception {
        Path config = dir.resolve("config");
        ProgressStore progress = new ProgressStore(config.resolve("progress"));
        progress.save(Onboarding.begin("acme-corp"));
        UiSettings ui = new UiSettings(config.resolve("ui/ui.properties"));
        ui.put("theme", "dark");
        ui.save();
        new SavedConnectors(config.resolve("progress")).save(new SavedConnector("acme-corp", "sub", "rg", "name",
                "westeurope", Optional.empty()));
        try (PracticeHub hub = PracticeHub.builder().emailVerified(true).inviteAccepted(true)
                .savedIn(config.resolve("practice/hub/state.json")).start()) {
            hub.createToken(PracticeHub.Scope.READ); // a change: the practice Hub saves its state
        }
        for (Path file : new Path[] {progress.fileFor("acme-corp"), config.resolve("ui/ui.properties"),
                config.resolve("progress/defender-connectors/acme-corp.json"),
                config.resolve("practice/hub/state.json")}) {
            assertThat(file).exists();
            assertThat(perms(file)).as(file.toString()).isEqualTo("rw-------");
            assertThat(perms(file.getParent())).as(file.getParent().toString()).isEqualTo("rwx------");
            assertThat(temps(file.getParent())).isZero();
        }
    }
}
