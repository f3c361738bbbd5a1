package dev.hubonboard.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 22, item 2: ✔ and … on a console whose code page has neither (the installed hub-onboard.exe). */
class ConsoleSignsTest {
    private static final String LINE = "✔ Provider registered… — “acme” ⚠ 3 → 2 ✖";

    private static String printed(String charset, java.util.function.Consumer<PrintStream> print) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Charset cs = Charset.forName(charset);
        PrintStream console = ConsoleSigns.fitting(new PrintStream(bytes, true, cs));
        print.accept(console);
        console.flush();
        return bytes.toString(cs);
    }

    /** Windows' OEM code pages 437 and 850 (the console's default in the US and western Europe) and plain ASCII. */
    @ParameterizedTest
    @ValueSource(strings = {"IBM437", "IBM850", "US-ASCII"})
    void signsTheCodePageLacksAreWrittenInAscii(String charset) {
        String shown = printed(charset, out -> {
            out.println(LINE);
            out.printf("%s and %s%n", "✔", "…");
            out.print('…');
            out.print((Object) "✔");
            out.append("—");
        });

        assertThat(shown).doesNotContain("?").contains("OK Provider registered... -- \"acme\" ! 3 -> 2 X")
                .contains("OK and ...").endsWith("...OK--");
    }

    /** Code page 850 has × and é; 437 has é only: each keeps what it can show. */
    @Test
    void whatTheCodePageShowsIsLeftAsItIs() {
        assertThat(printed("IBM850", out -> out.print("3 × 2 café"))).isEqualTo("3 × 2 café");
        assertThat(printed("IBM437", out -> out.print("3 × 2 café"))).isEqualTo("3 x 2 café");
    }

    @Test
    void aConsoleThatShowsTheSignsKeepsThemAndTheSameStream() {
        PrintStream utf8 = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(ConsoleSigns.fitting(utf8)).isSameAs(utf8);
        assertThat(printed("UTF-8", out -> out.println(LINE))).isEqualTo(LINE + System.lineSeparator());
    }

    @Test
    void aCharacterWithoutAStandInIsStillAQuestionMarkAsBefore() {
        assertThat(printed("IBM437", out -> out.print("☃ snow"))).isEqualTo("? snow");
    }

    @Test
    void theWordsOfEveryStandInAreAscii() {
        assertThat(ConsoleSigns.ASCII.values()).allSatisfy(s -> assertThat(s).matches("[\\x20-\\x7e]+"));
    }

    /** The app itself, as the installed launcher starts it on a code page 437 console: "check ..." and no '?'. */
    @Test
    void theAppsOwnOutputOnACodePage437Console() throws Exception {
        String jvm = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(jvm, "-Dstdout.encoding=IBM437", "-cp", System.getProperty("java.class.path"),
                "dev.hubonboard.Main", "--help").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), Charset.forName("IBM437"));
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        assertThat(out).contains("hub-onboard check ...").doesNotContain("?");
    }
}
