package dev.hubonboard.cli;

import dev.hubonboard.secrets.MemorySecretStore;
import dev.hubonboard.secrets.SecretKey;
import dev.hubonboard.secrets.SecretStoreException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code --from-keychain} for unattended runs: a missing entry names whose keychain was asked (OS user, service,
 * account) and what a scheduled task needs; a keychain that cannot be used at all is the environment (exit 3),
 * not a usage error, and no library prints anything on standard error.
 */
class KeychainTokenSourceTest {

    @Test
    void aSavedTokenIsRead() throws Exception {
        MemorySecretStore store = new MemorySecretStore();
        store.save(new SecretKey("acme", "scanner"), "dckr_pat_saved");
        assertThat(new KeychainTokenSource(store, "jane").read("acme", "scanner")).isEqualTo("dckr_pat_saved");
    }

    @Test
    void noEntryNamesTheOsUserServiceAndAccountAndWhatAScheduledTaskNeeds() {
        MemorySecretStore store = new MemorySecretStore();
        assertThatThrownBy(() -> new KeychainTokenSource(store, "jane").read("acme", "scanner"))
                .isExactlyInstanceOf(CheckCommand.UsageException.class)
                .hasMessage("--from-keychain: no token is saved for acme/scanner in the keychain of the OS user jane"
                        + " (service \"Hub Onboard\", account \"acme/scanner\"). Finish the wizard for it as that user,"
                        + " or use --token-stdin; a scheduled task must run as that same user, in a session where the"
                        + " keychain is unlocked (Windows: not as SYSTEM, and with the password stored; Linux: the"
                        + " user's D-Bus session with the keyring unlocked; macOS: the user logged in).");
    }

    @Test
    void noKeychainServiceIsUnavailableNotUsageAndSaysWhoseKeychain() {
        MemorySecretStore store = new MemorySecretStore().unavailable("no keychain service is running");
        assertThatThrownBy(() -> new KeychainTokenSource(store, "SYSTEM").read("acme", "scanner"))
                .isInstanceOfSatisfying(KeychainTokenSource.Unavailable.class, e -> {
                    assertThat(e.kind()).isEqualTo(SecretStoreException.Kind.NO_SERVICE);
                    assertThat(e.getMessage()).startsWith("--from-keychain: the keychain of the OS user SYSTEM (service"
                            + " \"Hub Onboard\", account \"acme/scanner\") could not be used: no keychain service is running."
                            + " A scheduled task must run as that same user").contains("not as SYSTEM");
                });
    }

    @Test
    void checkAndConnectExitThreeWithoutAKeychainAndTwoWithoutAnEntryBeforeAnyRequest() {
        MemorySecretStore none = new MemorySecretStore().unavailable("no keychain service is running");
        List<String> args = List.of("--org", "acme", "--username", "scanner", "--from-keychain");
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        CheckCommand check = new CheckCommand(java.io.InputStream.nullInputStream(), new java.io.PrintStream(out),
                new java.io.PrintStream(err), new KeychainTokenSource(none, "jane"),
                () -> { throw new AssertionError("no request may be made"); });
        assertThat(check.run(args)).isEqualTo(3);
        assertThat(err.toString()).startsWith("hub-onboard check: --from-keychain: the keychain of the OS user jane");

        CheckCommand empty = new CheckCommand(java.io.InputStream.nullInputStream(), new java.io.PrintStream(out),
                new java.io.PrintStream(err), new KeychainTokenSource(new MemorySecretStore(), "jane"),
                () -> { throw new AssertionError("no request may be made"); });
        assertThat(empty.run(args)).isEqualTo(2);

        ConnectCapture connect = new ConnectCapture();
        List<String> connectArgs = List.of("--org", "acme", "--username", "scanner", "--from-keychain",
                "--subscription", "0b1f6471-1bf0-4dda-aec3-cb9272f09590", "--resource-group", "rg", "--location", "westeurope");
        assertThat(connect.run("", () -> {
            throw new AssertionError("Azure may not be asked");
        }, new KeychainTokenSource(none, "jane"), connectArgs)).isEqualTo(3);
        assertThat(connect.stderr).startsWith("hub-onboard connect: --from-keychain: the keychain of the OS user jane");
        assertThat(connect.run("", () -> {
            throw new AssertionError("Azure may not be asked");
        }, new KeychainTokenSource(new MemorySecretStore(), "jane"), connectArgs)).isEqualTo(2);
    }
}
