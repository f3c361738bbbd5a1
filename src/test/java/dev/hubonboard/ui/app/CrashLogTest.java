package dev.hubonboard.ui.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** An exception nothing caught: one calm sentence, the detail in a rotated log file, secrets masked (issue 20). */
class CrashLogTest {
    private static final String PAT = "dckr_pat_AbCdEfGhIjKlMnOpQrStUvWxYz0";
    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl";

    @TempDir
    Path dir;
    private final List<String> said = new ArrayList<>();
    private CrashLog log;

    @AfterEach
    void close() {
        if (log != null) {
            log.close();
        }
    }

    private String logText() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("logs"))) {
            StringBuilder all = new StringBuilder();
            for (Path p : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                all.append(Files.readString(p));
            }
            return all.toString();
        }
    }

    @Test
    void theDetailGoesToTheLogMaskedAndTheScreenGetsOneCalmSentence() throws Exception {
        log = new CrashLog(dir.resolve("logs"), said::add);
        Exception e = new IllegalStateException("token " + PAT + " and bearer " + JWT + " in a message",
                new RuntimeException("cause with " + PAT));
        log.uncaughtException(new Thread(() -> { }, "hub-onboard-work-1"), e);

        String text = logText();
        assertThat(text).contains("hub-onboard-work-1").contains("IllegalStateException")
                .contains("CrashLogTest.theDetailGoesToTheLogMaskedAndTheScreenGetsOneCalmSentence")
                .contains("Caused by: java.lang.RuntimeException: cause with ***");
        assertThat(text).doesNotContain(PAT).doesNotContain(JWT).doesNotContain("dckr_pat_AbCd");
        assertThat(said).containsExactly(CrashLog.SENTENCE);
        assertThat(CrashLog.SENTENCE).doesNotContain("IllegalStateException").doesNotContain(PAT);
    }

    @Test
    void theLogIsRotatedAndNeverGrowsPastItsFiles() throws Exception {
        log = new CrashLog(dir.resolve("logs"), said::add, 4_000);
        for (int i = 0; i < 300; i++) {
            RuntimeException e = new RuntimeException("crash number " + i);
            e.setStackTrace(new StackTraceElement[0]); // entries of about 100 bytes, so the sizes below are exact
            log.uncaughtException(Thread.currentThread(), e);
        }
        List<Path> logs;
        try (Stream<Path> files = Files.list(dir.resolve("logs"))) {
            logs = files.filter(f -> f.toString().endsWith(".log")).toList();
        }
        assertThat(logs).hasSize(CrashLog.FILES);
        for (Path p : logs) {
            assertThat(Files.size(p)).isLessThan(4_000L + 200); // a file ends at the limit plus at most one entry
        }
        assertThat(logText()).contains("crash number 299").doesNotContain("crash number 0\n");
        assertThat(said).hasSize(300);
    }

    @Test
    void aLogThatCannotBeWrittenStillShowsTheSentenceAndThrowsNothing() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        log = new CrashLog(notAFolder.resolve("logs"), said::add);
        log.uncaughtException(Thread.currentThread(), new RuntimeException(PAT));
        assertThat(said).containsExactly(CrashLog.SENTENCE);
    }
}
