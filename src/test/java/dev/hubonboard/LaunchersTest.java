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
    /** "%JAVA_EXE%" OPTIONS -cp "%HERE%\lib\*" MAIN %* */
    private static final Pattern CMD_JAVA = Pattern.compile(
            "^\"%JAVA_EXE%\" (.*) -cp \"%HERE%\\\\lib\\\\\\*\" (\\S+) %\\*$", Pattern.MULTILINE);

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
        Matcher main = SH_MAIN.matcher(sh);
        assertThat(main.find()).as("the shell launcher's main class:\n" + sh).isTrue();
        assertThat(c.group(2)).isEqualTo(main.group(1)).isEqualTo(Main.class.getName());
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
        assertThat(lines.getLast()).isEqualTo("exit /b %ERRORLEVEL%");
        assertThat(lines.get(lines.size() - 2)).startsWith("\"%JAVA_EXE%\" ").endsWith(" %*");
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
            if (line.contains("%JAVA_EXE%") || line.contains("%HERE%")) {
                assertThat(line.replaceAll("\"[^\"]*\"", "")).as("every path in quotes: " + line)
                        .doesNotContain("%JAVA_EXE%").doesNotContain("%HERE%");
            }
        }
    }

    @Test
    void bothLaunchersLookForJavaInTheSameOrder() throws Exception {
        String sh = read("hub-onboard");
        String cmd = read("hub-onboard.cmd");
        String buildJdk = System.getProperty("java.home");
        // HUB_ONBOARD_JAVA, then the JDK that built it, then JAVA_HOME, then java on the PATH.
        assertThat(sh).containsSubsequence("HUB_ONBOARD_JAVA", "/bin/java", "JAVA_HOME/bin/java", "java=java");
        assertThat(cmd).containsSubsequence("set \"JAVA_EXE=%HUB_ONBOARD_JAVA%\"",
                "\\bin\\java.exe\"", "set \"JAVA_EXE=%JAVA_HOME%\\bin\\java.exe\"", "set \"JAVA_EXE=java\"");
        if (buildJdk != null) {
            assertThat(sh).contains(buildJdk + "/bin/java");
            assertThat(cmd).contains(buildJdk + "\\bin\\java.exe");
        }
    }
}
