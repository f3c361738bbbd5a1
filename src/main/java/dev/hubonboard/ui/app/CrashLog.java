package dev.hubonboard.ui.app;

import dev.hubonboard.net.Redact;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What happens to an exception nothing else caught: one calm sentence for the person at the screen, and the detail
 * (thread, stack trace) in a rotated log file in the OS's log folder, with every token-shaped part masked by the one
 * redaction ({@link Redact}). The JDK's own {@link FileHandler} does the rotation (5 files of 512 KB), so the log
 * can never fill a disk, and writes under a lock, so two threads' traces never interleave.
 */
public final class CrashLog implements Thread.UncaughtExceptionHandler {
    /** Shown on screen; never the exception's own text, which is written for developers and may hold values. */
    public static final String SENTENCE = "Something went wrong inside Hub Onboard. What you entered and saved is "
            + "kept; the details are in the log folder (Hub Onboard menu, Open log folder).";
    static final int LIMIT = 512 * 1024;
    static final int FILES = 5;

    private final Path folder;
    private final Consumer<String> say;
    private final Logger logger;
    private final int limit;

    /**
     * @param folder where the log files go, made on first use
     * @param say    shows the sentence (the app hands it to the JavaFX thread)
     */
    public CrashLog(Path folder, Consumer<String> say) {
        this(folder, say, LIMIT);
    }

    /** Tests: a smaller file size, to see the rotation. */
    CrashLog(Path folder, Consumer<String> say, int limit) {
        this.limit = limit;
        this.folder = folder;
        this.say = say;
        this.logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false); // never to the console, whatever the logging setup
        logger.setLevel(Level.ALL);
    }

    public Path folder() {
        return folder;
    }

    /** Catches what every thread, the JavaFX thread included, leaves uncaught. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread t, Throwable e) {
        try {
            write(t, e);
        } catch (RuntimeException | IOException | Error failure) {
            // The log could not be written: the sentence still shows; nothing unmasked goes anywhere else.
        }
        say.accept(SENTENCE);
    }

    private synchronized void write(Thread t, Throwable e) throws IOException {
        if (logger.getHandlers().length == 0) {
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("hub-onboard.%g.log").toString(), limit, FILES, true);
            file.setFormatter(new Masked());
            logger.addHandler(file);
        }
        logger.log(Level.SEVERE, "Uncaught in thread " + t.getName(), e);
        for (var h : logger.getHandlers()) {
            h.flush();
        }
    }

    /** Closes the open log file (the app quits). */
    public synchronized void close() {
        for (var h : logger.getHandlers()) {
            h.close();
            logger.removeHandler(h);
        }
    }

    /** One entry: time, what, and the stack trace, masked as a whole (a token can sit in any exception's message). */
    private static final class Masked extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringWriter out = new StringWriter();
            out.append(Instant.ofEpochMilli(r.getMillis()).toString()).append(' ').append(r.getLevel().getName())
                    .append(' ').append(r.getMessage()).append(System.lineSeparator());
            if (r.getThrown() != null) {
                r.getThrown().printStackTrace(new PrintWriter(out));
            }
            return Redact.tokenShapes(out.toString());
        }
    }
}
