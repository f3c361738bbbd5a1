package dev.hubonboard.cli;

import dev.hubonboard.cli.CheckCommand.UsageException;
import dev.hubonboard.defender.SavedConnectors;
import dev.hubonboard.onboarding.store.AppMode;
import dev.hubonboard.onboarding.store.ConfigDirectory;
import dev.hubonboard.onboarding.store.ProgressStore;
import dev.hubonboard.onboarding.store.ProgressStoreException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code hub-onboard status}: every saved onboarding with its step, last connection test, token expiry and Defender
 * connector, for people and for monitoring. It reports what is saved: no request is sent, no keychain is read, and
 * nothing on disk changes (a file that cannot be read is reported in its row, not moved). Practice ({@code --sandbox})
 * and real use are read from their own folders, never mixed. Exit codes (README): 0 all fine, 1 something needs
 * attention (a token expires within N days or has expired, the last test was not ready or could not reach Docker
 * Hub, a saved file cannot be read), 2 usage.
 */
public final class StatusCommand {
    static final int FINE = 0;
    static final int ATTENTION = 1;
    static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: hub-onboard status [--sandbox] [--format text|json] [--warn-days N]
                   hub-onboard status --help
            Lists every saved onboarding: organization, Docker ID, step, last connection test (time and result),
            token expiry and days left, Defender connector (where, and when last written). It reads what Hub Onboard
            saved on this computer for this user: no network, no keychain.
            --sandbox: the onboardings made in practice mode (they are kept apart from real ones).
            --warn-days N: a token expiring within N days needs attention (default 14, 0 to 365).
            Exit codes: 0 all fine, 1 a token expires within N days or has expired, or the last test was not ready
            or could not reach Docker Hub or was rate-limited, or a saved file cannot be read; 2 usage error.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Path configDirectory;
    private final Clock clock;

    /**
     * @param configDirectory the OS config folder (practice reads its {@code practice} subfolder)
     * @param clock           today and the zone times are shown in
     */
    public StatusCommand(PrintStream out, PrintStream err, Path configDirectory, Clock clock) {
        this.out = out;
        this.err = err;
        this.configDirectory = configDirectory;
        this.clock = clock;
    }

    public static int fromMain(List<String> args) {
        return new StatusCommand(System.out, System.err, ConfigDirectory.forThisUser(), Clock.systemDefaultZone())
                .run(args);
    }

    public int run(List<String> args) {
        if (Arguments.wantHelp(args)) {
            out.print(USAGE_TEXT);
            out.flush();
            return FINE;
        }
        StatusOptions options;
        try {
            options = StatusOptions.parse(new ArrayDeque<>(args));
        } catch (UsageException e) {
            err.println("hub-onboard status: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        AppMode mode = AppMode.of(options.sandbox());
        Path folder = mode.folder(configDirectory);
        StatusTimes times = new StatusTimes(clock);
        List<StatusRow> rows = new ArrayList<>();
        try {
            SavedConnectors connectors = new SavedConnectors(folder);
            for (ProgressStore.Surveyed s : new ProgressStore(folder).survey()) {
                if (s.onboarding().isEmpty()) {
                    rows.add(StatusRow.unreadable(s.organization(), s.file(), s.problem().orElse("unknown"),
                            s.newer()));
                } else if (mode.owns(s.onboarding().get())) {
                    rows.add(StatusRow.of(s.onboarding().get(), connectors.load(s.organization()), times.today(),
                            options.warnDays(), times));
                }
            }
        } catch (ProgressStoreException e) {
            err.println("hub-onboard status: " + e.getMessage());
            return ATTENTION;
        }
        out.print(options.json() ? StatusOutput.json(options.sandbox(), folder, options, rows, times)
                : StatusOutput.text(options.sandbox(), folder, options, rows, times));
        out.flush();
        return rows.stream().allMatch(StatusRow::fine) ? FINE : ATTENTION;
    }
}
