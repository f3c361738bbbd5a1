package dev.hubonboard.cli;

import dev.hubonboard.cli.AppArguments.Action;
import dev.hubonboard.cli.AppArguments.Help;
import dev.hubonboard.cli.AppArguments.Run;
import dev.hubonboard.cli.AppArguments.Subcommand;
import dev.hubonboard.cli.AppArguments.Usage;
import dev.hubonboard.cli.AppArguments.Version;
import dev.hubonboard.cli.AppArguments.Window;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's command line: what each argument list asks for, before any window or request. */
class AppArgumentsTest {
    private static final Subcommand CHECK = new Subcommand("check", "the connection test", a -> 0);
    private static final Subcommand CONNECT = new Subcommand("connect", "another subcommand", a -> 0);
    private static final List<Subcommand> SUBCOMMANDS = List.of(CHECK, CONNECT);

    private static Action parse(String... args) {
        return AppArguments.parse(List.of(args), SUBCOMMANDS);
    }

    @Test
    void noArgumentsOrSandboxOpenTheWizard() {
        assertThat(parse()).isEqualTo(new Window(false));
        assertThat(parse("--sandbox")).isEqualTo(new Window(true));
    }

    @Test
    void helpInEveryFormPrintsTheUsageNamingEverySubcommand() {
        for (String help : List.of("--help", "-h", "help")) {
            assertThat(parse(help)).as(help).isInstanceOfSatisfying(Help.class, h -> assertThat(h.text())
                    .startsWith("Usage: hub-onboard [--sandbox]").contains("hub-onboard check …")
                    .contains("hub-onboard connect …").contains("--version").contains("Exit codes"));
        }
        assertThat(parse("--sandbox", "--help")).isInstanceOf(Help.class); // help wins over opening a window
    }

    @Test
    void helpSaysWhereTheAppsLogIs() {
        assertThat(parse("--help")).isInstanceOfSatisfying(Help.class, h -> assertThat(h.text())
                .contains("log").contains(dev.hubonboard.onboarding.store.LogDirectory.forThisUser().toString()));
    }

    @Test
    void versionIsAskedForNotAWindow() {
        assertThat(parse("--version")).isEqualTo(new Version());
    }

    @Test
    void aSubcommandGetsTheRestOfTheArgumentsUntouched() {
        assertThat(parse("check", "--org", "acme", "--sandbx")).isEqualTo(new Run(CHECK, List.of("--org", "acme",
                "--sandbx")));
        assertThat(parse("connect")).isEqualTo(new Run(CONNECT, List.of()));
        assertThat(parse("help", "check")).isEqualTo(new Run(CHECK, List.of("--help")));
    }

    @Test
    void aMistypedFlagIsAUsageErrorNamingItAndTheCloseMatch() {
        assertThat(parse("--sandbx")).isInstanceOfSatisfying(Usage.class, u -> {
            assertThat(u.message()).isEqualTo("unknown option --sandbx (did you mean --sandbox?).");
            assertThat(u.text()).startsWith("hub-onboard: unknown option --sandbx").contains("Usage: hub-onboard");
        });
        assertThat(parse("--sandbox", "-sandbox")).isInstanceOfSatisfying(Usage.class,
                u -> assertThat(u.message()).contains("did you mean --sandbox?"));
        assertThat(parse("--hlep")).isInstanceOfSatisfying(Usage.class,
                u -> assertThat(u.message()).contains("did you mean --help?"));
        // Even beside --help: an unknown flag is never passed over.
        assertThat(parse("--help", "--verbose")).isInstanceOfSatisfying(Usage.class,
                u -> assertThat(u.message()).isEqualTo("unknown option --verbose."));
        assertThat(AppArguments.USAGE_ERROR).isEqualTo(2);
    }

    @Test
    void aMistypedCommandIsNamedAndAStrayValueIsNot() {
        assertThat(parse("chek")).isInstanceOfSatisfying(Usage.class,
                u -> assertThat(u.message()).isEqualTo("unknown command chek (did you mean check?)."));
        assertThat(parse("dckr_pat_Secret123456")).isInstanceOfSatisfying(Usage.class, u -> assertThat(u.text())
                .doesNotContain("Secret123456").contains("not shown").contains("check, connect, help"));
        assertThat(parse("--sandbox", "s3cret-password")).isInstanceOfSatisfying(Usage.class,
                u -> assertThat(u.text()).doesNotContain("s3cret"));
        assertThat(parse("--token=dckr_pat_Secret123456")).isInstanceOfSatisfying(Usage.class,
                u -> assertThat(u.text()).doesNotContain("Secret123456"));
    }

    @Test
    void closeMatchesAreTyposNotAnyWord() {
        List<String> known = List.of("--sandbox", "--help", "-h", "--version");
        assertThat(CloseMatch.among("--sandbx", known)).contains("--sandbox");
        assertThat(CloseMatch.among("--snadbox", known)).contains("--sandbox"); // neighbours swapped: one edit
        assertThat(CloseMatch.among("--SANDBOX", known)).contains("--sandbox");
        assertThat(CloseMatch.among("--sandbox=yes", known)).contains("--sandbox");
        assertThat(CloseMatch.among("--verison", known)).contains("--version");
        assertThat(CloseMatch.among("-x", known)).isEmpty();
        assertThat(CloseMatch.among("--frobnicate", known)).isEmpty();
        assertThat(CloseMatch.distance("kitten", "sitting")).isEqualTo(3);
    }
}
