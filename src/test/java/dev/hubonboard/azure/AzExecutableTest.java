package dev.hubonboard.azure;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Azure CLI found and started as Windows needs, checked here with Windows-shaped variables and paths (no
 * Windows on this machine): PATH × PATHEXT in cmd's order, the CLI's install folder, and the command line for a
 * batch file through cmd.exe, with every argument the app passes free of anything cmd re-reads.
 */
class AzExecutableTest {
    private static final String WBIN = "C:\\Program Files\\Microsoft SDKs\\Azure\\CLI2\\wbin";
    private static final String WBIN_X86 = "C:\\Program Files (x86)\\Microsoft SDKs\\Azure\\CLI2\\wbin";
    private static final String PATHEXT = ".COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC;.CPL";

    /** Windows file names ignore case. */
    private static java.util.function.Predicate<String> files(String... paths) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(paths));
        return set::contains;
    }

    private static Map<String, String> windowsEnv(String path) {
        return Map.of("Path", path, "PATHEXT", PATHEXT, "ProgramFiles", "C:\\Program Files",
                "ProgramFiles(x86)", "C:\\Program Files (x86)", "SystemRoot", "C:\\WINDOWS");
    }

    @Test
    void onWindowsTheCliIsAzCmdInItsWbinFolderFoundThroughPathAndPathext() {
        String path = "C:\\WINDOWS\\system32;C:\\WINDOWS;\"" + WBIN + "\";C:\\Users\\Jane Doe\\AppData\\Local\\Microsoft\\WindowsApps";
        // wbin also holds "az" without extension (a bash script for Git Bash/WSL): cmd never runs that one.
        assertThat(AzExecutable.locate(windowsEnv(path), true, files(WBIN + "\\az", WBIN + "\\az.cmd")))
                .contains(WBIN + "\\az.cmd");
    }

    @Test
    void pathFoldersComeFirstThenPathextInItsOrderAsCmdSearches() {
        String path = "C:\\tools;" + WBIN;
        // az.exe and az.cmd in the same folder: .EXE is before .CMD in PATHEXT.
        assertThat(AzExecutable.locate(windowsEnv(path), true, files("C:\\tools\\AZ.EXE", "C:\\tools\\az.cmd",
                WBIN + "\\az.cmd"))).contains("C:\\tools\\az.exe");
        // A folder earlier on PATH wins whatever the extension.
        assertThat(AzExecutable.locate(windowsEnv(path), true, files("C:\\tools\\az.bat", WBIN + "\\az.exe")))
                .contains("C:\\tools\\az.bat");
    }

    @Test
    void withoutPathextCmdsOwnDefaultIsUsed() {
        Map<String, String> env = Map.of("PATH", WBIN + "\\");
        assertThat(AzExecutable.locate(env, true, files(WBIN + "\\az.cmd"))).contains(WBIN + "\\az.cmd");
    }

    @Test
    void anInstallNotYetOnThisProcesssPathIsFoundInProgramFilesThenProgramFilesX86() {
        String path = "C:\\WINDOWS\\system32";
        assertThat(AzExecutable.locate(windowsEnv(path), true, files(WBIN + "\\az.cmd", WBIN_X86 + "\\az.cmd")))
                .contains(WBIN + "\\az.cmd");
        assertThat(AzExecutable.locate(windowsEnv(path), true, files(WBIN_X86 + "\\az.cmd")))
                .contains(WBIN_X86 + "\\az.cmd");
        assertThat(AzExecutable.locate(windowsEnv(path), true, files())).isEmpty();
    }

    @Test
    void elsewhereOnlyAnAzOnPathCounts() {
        Map<String, String> env = Map.of("PATH", "/usr/local/bin:/usr/bin", "ProgramFiles", "C:\\Program Files");
        assertThat(AzExecutable.locate(env, false, files("/usr/bin/az", "/usr/local/bin/az.cmd"))).contains("/usr/bin/az");
        assertThat(AzExecutable.locate(env, false, files(WBIN + "\\az.cmd"))).isEmpty();
    }

    @Test
    void aBatchFileIsRunByCmdExeWithOneQuotedCommandString() {
        List<String> command = AzExecutable.command(WBIN_X86 + "\\az.cmd", AzureCli.ARGUMENTS, true, windowsEnv(""));
        assertThat(command).containsExactly("C:\\WINDOWS\\System32\\cmd.exe", "/d", "/v:off", "/s", "/c",
                "\"\"" + WBIN_X86 + "\\az.cmd\" account get-access-token --resource https://management.azure.com/ --output json\"");
        // What cmd /s /c runs: the outer quotes stripped, the rest as is, the path (with its parentheses) quoted.
        String line = command.getLast();
        assertThat(line.substring(1, line.length() - 1)).isEqualTo("\"" + WBIN_X86 + "\\az.cmd\" " + String.join(" ", AzureCli.ARGUMENTS));
    }

    @Test
    void anExeOrAnotherOsStartsAzDirectly() {
        assertThat(AzExecutable.command("C:\\tools\\az.exe", List.of("version"), true, Map.of()))
                .containsExactly("C:\\tools\\az.exe", "version");
        assertThat(AzExecutable.command("/usr/bin/az", AzureCli.ARGUMENTS, false, Map.of()))
                .containsExactly("/usr/bin/az", "account", "get-access-token", "--resource", "https://management.azure.com/",
                        "--output", "json");
    }

    @Test
    void theArgumentsTheAppPassesHoldNothingCmdRereads() {
        assertThat(AzureCli.ARGUMENTS).allSatisfy(a -> assertThat(a).matches(AzExecutable.PLAIN));
        assertThat(AzureCli.ARGUMENTS).allSatisfy(AzExecutable::requirePlain);
    }

    @Test
    void anArgumentCmdWouldRereadIsRefusedBeforeAnythingStarts() {
        for (String bad : List.of("a&calc", "x|y", "50%", "!var!", "a^b", "(x)", "<in", ">out", "\"q\"", "two words", "")) {
            assertThatThrownBy(() -> AzExecutable.command(WBIN + "\\az.cmd", List.of("account", "show", "--subscription", bad),
                    true, Map.of())).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("cmd.exe would read as syntax");
        }
        assertThatThrownBy(() -> AzExecutable.command("C:\\100%\\az.cmd", List.of("version"), true, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("path");
        // A subscription id (GUID) passes.
        assertThat(AzExecutable.command(WBIN + "\\az.cmd", List.of("account", "show", "--subscription",
                "0b1f6471-1bf0-4dda-aec3-cb9272f09590"), true, Map.of()).getLast())
                .endsWith(" account show --subscription 0b1f6471-1bf0-4dda-aec3-cb9272f09590\"");
    }
}
