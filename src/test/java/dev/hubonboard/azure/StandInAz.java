package dev.hubonboard.azure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * A stand-in {@code az} on a temporary PATH: a small sh script that prints what the real CLI would, records its
 * arguments (never a secret) in {@code args.txt} beside it, and exits as told.
 */
public final class StandInAz {
    public final Path dir;

    private StandInAz(Path dir) {
        this.dir = dir;
    }

    /** {@code az} that prints the CLI's JSON for {@code token}, with {@code expires_on} one hour ahead. */
    public static StandInAz signedIn(Path dir, String token, String subscription) throws IOException {
        long expires = Instant.now().plus(Duration.ofHours(1)).getEpochSecond();
        String json = "{\n  \"accessToken\": \"" + token + "\",\n  \"expiresOn\": \"2030-01-01 10:00:00.000000\",\n"
                + "  \"expires_on\": " + expires + ",\n  \"subscription\": \"" + subscription + "\",\n"
                + "  \"tenant\": \"72f988bf-86f1-41af-91ab-2d7cd011db47\",\n  \"tokenType\": \"Bearer\"\n}";
        return script(dir, "printf '%s\\n' '" + json + "'\n");
    }

    /**
     * {@code az} as the real CLI is when nobody ran {@code az login}: a token is refused with "Please run 'az login'"
     * (exit 1), and {@code az account list} answers {@code []} (exit 0; its own "Please run" is a warning).
     */
    public static StandInAz notSignedIn(Path dir) throws IOException {
        return script(dir, """
                if [ "$2" = list ]; then printf '%s\\n' '[]'; exit 0; fi
                echo "ERROR: Please run 'az login' to setup account." >&2
                exit 1
                """);
    }

    /** {@code az} with this body after the argument recording. */
    public static StandInAz script(Path dir, String body) throws IOException {
        Files.createDirectories(dir);
        Path az = dir.resolve("az");
        // Only shell built-ins and absolute paths: the PATH it runs with holds nothing but this folder.
        Files.writeString(az, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + dir.resolve("args.txt") + "'\n" + body);
        Files.setPosixFilePermissions(az, PosixFilePermissions.fromString("rwx------"));
        return new StandInAz(dir);
    }

    /** {@code sleep} by its absolute path, for a stand-in that hangs. */
    public static String sleep(int seconds) {
        String bin = Files.isExecutable(Path.of("/bin/sleep")) ? "/bin/sleep" : "/usr/bin/sleep";
        return "exec " + bin + " " + seconds + "\n";
    }

    /** An Azure CLI that finds only this stand-in on its PATH. */
    public AzureCli cli(Duration limit) {
        return new AzureCli(Map.of("PATH", dir.toString()), false, limit, ZoneOffset.UTC);
    }

    public AzureCli cli() {
        return cli(Duration.ofSeconds(20));
    }

    public String args() throws IOException {
        return Files.readString(dir.resolve("args.txt"));
    }
}
