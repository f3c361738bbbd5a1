package dev.hubonboard;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source build's two launchers as the pom generates them (target/hub-onboard/bin, written at process-resources):
 * the Windows {@code hub-onboard.cmd} starts Java exactly as the POSIX {@code hub-onboard} does. Nobody can run the
 * .cmd here (no Windows), so its text is checked: line ends, quoting, arguments, exit code, where Java comes from.
 * What the .cmd does when run is in .ci/wine-test (Wine's cmd); what the shell one does, in {@link ShellLauncherTest}.
 */
class LaunchersTest {
    private static final Path BIN = Path.of("target", "hub-onboard", "bin");
    /**
     * set -- OPTIONS -Xlog:aot*… -Xlog:cds*… -cp "$here/lib/*" "$main" "$@" with main=MAIN above it; the last two -Xlog options only quiet
     * the shell launcher's AOT cache (the .cmd has none), so they are left out of the comparison.
     */
    private static final Pattern SH_JAVA = Pattern.compile(
            "^set -- (.*) -Xlog:aot\\*=error:stderr -Xlog:cds\\*=error:stderr -cp \"\\$here/lib/\\*\" \"\\$main\" \"\\$@\"$", Pattern.MULTILINE);
    private static final Pattern SH_MAIN = Pattern.compile("^main=(\\S+)$", Pattern.MULTILINE);
    /**
     * The commands: "%JAVA_EXE%" OPTIONS -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -cp "%HERE%\lib\*" MAIN %*
     * followed, on the same line, by the CALL that keeps the exit code and spares "Terminate batch job (Y/N)?".
     */
    private static final Pattern CMD_JAVA = Pattern.compile(
            "^\"%JAVA_EXE%\" (.*) -Dstdout\\.encoding=UTF-8 -Dstderr\\.encoding=UTF-8 -cp \"%HERE%\\\\lib\\\\\\*\" (\\S+) %\\*"
                    + " & call set \"HO_EXIT=%%ERRORLEVEL%%\"$", Pattern.MULTILINE);
    /** The wizard: start "" "%JAVAW_EXE%" OPTIONS -cp "%HERE%\lib\*" MAIN %* (no console window to close). */
    private static final Pattern CMD_WIZARD = Pattern.compile(
            "^start \"\" \"%JAVAW_EXE%\" (.*) -cp \"%HERE%\\\\lib\\\\\\*\" (\\S+) %\\*$", Pattern.MULTILINE);

    private static String read(String name) throws Exception {
        return Files.readString(BIN.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void theCmdLauncherStartsTheSameJavaOptionsClassPathAndMainClassAsTheShellOne() throws Exception {
        String sh = read("hub-onboard");
        String cmd = read("hub-onboard.cmd").replace("\r\n", "\n");
        Matcher s = SH_JAVA.matcher(sh);
        Matcher c = CMD_JAVA.matcher(cmd);
        assertThat(s.find()).as("the shell launcher's java line:\n" + sh).isTrue();
        assertThat(c.find()).as("the .cmd launcher's java line:\n" + cmd).isTrue();
        assertThat(c.group(1)).isEqualTo(s.group(1)).contains("--enable-native-access=ALL-UNNAMED");
        Matcher w = CMD_WIZARD.matcher(cmd);
        assertThat(w.find()).as("the .cmd launcher's wizard line:\n" + cmd).isTrue();
        assertThat(w.group(1)).isEqualTo(s.group(1));
        Matcher main = SH_MAIN.matcher(sh);
        assertThat(main.find()).as("the shell launcher's main class:\n" + sh).isTrue();
        assertThat(c.group(2)).isEqualTo(main.group(1)).isEqualTo(Main.class.getName());
        assertThat(w.group(2)).isEqualTo(main.group(1));
        assertThat(sh).contains("exec \"$java\" \"$@\""); // without a cache, the same command
        assertThat(cmd).doesNotContainPattern("@[A-Z_]+@"); // every placeholder filled in
    }

    @Test
    void theCmdLauncherHasCrlfLineEndsAndReturnsJavasExitCode() throws Exception {
        String cmd = read("hub-onboard.cmd");
        assertThat(cmd.replace("\r\n", "")).as("no bare LF or CR").doesNotContain("\n").doesNotContain("\r");
        List<String> lines = cmd.lines().filter(l -> !l.isBlank() && !l.startsWith("rem ")).toList();
        assertThat(lines.getFirst()).isEqualTo("@echo off");
        assertThat(lines).contains("setlocal"); // its variables do not leak into the caller's console
        // Commands: java's exit code kept by the CALL on java's own line, the code page put back, then returned.
        assertThat(lines.getLast()).isEqualTo("exit /b %HO_EXIT%");
        assertThat(lines.get(lines.size() - 3)).startsWith("\"%JAVA_EXE%\" ").endsWith(" %* & call set \"HO_EXIT=%%ERRORLEVEL%%\"");
        assertThat(lines.get(lines.size() - 2)).startsWith("if defined CODEPAGE chcp ");
        assertThat(lines).containsSubsequence("chcp 65001 >nul 2>&1", lines.get(lines.size() - 3));
        // The wizard: started, not waited for.
        int start = lines.indexOf(lines.stream().filter(l -> l.startsWith("start \"\" ")).findFirst().orElseThrow());
        assertThat(lines.get(start + 1)).isEqualTo("exit /b 0");
    }

    @Test
    void onlyTheWizardStartsWithoutAConsoleInBothLaunchersAlike() throws Exception {
        String sh = read("hub-onboard");
        List<String> cmd = read("hub-onboard.cmd").lines().toList();
        // The shell launcher's wizard (what its AOT training may repeat): no arguments, or only --sandbox.
        assertThat(sh).contains("case \"$*\" in \"\"|--sandbox) wizard=yes ;; esac");
        assertThat(cmd).containsSubsequence("if \"%~1\"==\"\" set \"WIZARD=yes\"",
                "if \"%~1\"==\"--sandbox\" if \"%~2\"==\"\" set \"WIZARD=yes\"", "if not defined WIZARD goto command",
                "set \"JAVAW_EXE=%JAVA_DIR%javaw.exe\"", "if not exist \"%JAVAW_EXE%\" goto command");
    }

    @Test
    void bothLaunchersCheckTheJavaVersionBeforeStartingTheApp() throws Exception {
        String sh = read("hub-onboard");
        String cmd = read("hub-onboard.cmd").replace("\r\n", "\n");
        assertThat(sh).containsSubsequence("JAVA_VERSION=", "-version", "[ \"$major\" -lt 25 ]",
                "hub-onboard needs Java 25 or later, but found Java", "exit 2", "set -- ", "exec \"$java\"");
        assertThat(cmd).containsSubsequence("\"JAVA_VERSION\"", "-version", "if %JAVA_MAJOR_N% GEQ 25 goto run",
                "hub-onboard needs Java 25 or later, but found Java", "exit /b 2", ":run", "\"%JAVA_EXE%\" ");
    }

    @Test
    void pathsWithSpacesOrParenthesesAreQuotedAndNeverInsideABlock() throws Exception {
        List<String> lines = read("hub-onboard.cmd").lines().filter(l -> !l.startsWith("rem ")).toList();
        assertThat(lines).contains("set \"HERE=%~dp0..\"");
        for (String line : lines) {
            // A %VAR% holding "C:\Program Files (x86)\..." would close a parenthesized block early.
            assertThat(line).as(line).doesNotStartWith("(").doesNotEndWith("(");
            if (line.startsWith("if ")) {
                assertThat(line).as(line).doesNotContain("(");
            }
            // A path that is run or tested is in quotes; messages (echo) only print it. ^" is an escaped quote
            // (the for /f around java -version), not one that opens or closes.
            if ((line.contains("%JAVA_EXE%") || line.contains("%HERE%") || line.contains("%JAVAW_EXE%")
                    || line.contains("%HO_JAVA_HOME%")) && !line.contains(" echo ") && !line.startsWith("echo ")) {
                assertThat(line.replace("^\"", "").replaceAll("\"[^\"]*\"", "")).as("every path in quotes: " + line)
                        .doesNotContain("%JAVA_EXE%").doesNotContain("%HERE%").doesNotContain("%JAVAW_EXE%")
                        .doesNotContain("%HO_JAVA_HOME%");
            }
        }
    }

    @Test
    void bothLaunchersLookForJavaInTheSameOrder() throws Exception {
        String sh = read("hub-onboard");
        String cmd = read("hub-onboard.cmd");
        String buildJdk = System.getProperty("java.home");
        // HUB_ONBOARD_JAVA, then the JDK that built it, then JAVA_HOME (without quotes), then java on the PATH.
        assertThat(sh).containsSubsequence("java_home=${java_home#\\\"}; java_home=${java_home%\\\"}",
                "if [ -n \"${HUB_ONBOARD_JAVA:-}\" ]", "elif [ -x \"$built/bin/java\" ]",
                "java=$java_home/bin/java", "java=$(command -v java");
        assertThat(cmd).containsSubsequence("set \"HO_JAVA_HOME=%HO_JAVA_HOME:\"=%\"", "if defined HO_GIVEN goto given",
                "\\bin\\java.exe\" set \"JAVA_EXE=", "set \"JAVA_EXE=%HO_JAVA_HOME%\\bin\\java.exe\"",
                "set \"JAVA_EXE=%%~$PATH:j\"", ":given", "set \"JAVA_EXE=%HO_GIVEN%\"");
        if (buildJdk != null) {
            assertThat(sh).contains("built=" + buildJdk + "\n");
            assertThat(cmd).contains("if exist \"" + buildJdk + "\\bin\\java.exe\" set \"JAVA_EXE=" + buildJdk + "\\bin\\java.exe\"");
        }
    }
}
