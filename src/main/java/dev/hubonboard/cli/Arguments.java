package dev.hubonboard.cli;

import dev.hubonboard.cli.CheckCommand.UsageException;
import dev.hubonboard.net.Redact;

import java.util.List;

/** What {@code check} and {@code connect} read alike: help, an unknown word, where the token comes from, the format. */
final class Arguments {
    private Arguments() {
    }

    static boolean wantHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h") || !args.isEmpty() && args.getFirst().equals("help");
    }

    /** An unknown option is named (with a close match); a stray value is not: it may be a password or token. */
    static UsageException unknown(String arg, List<String> options) {
        return new UsageException(arg.startsWith("-")
                ? "unknown option " + Redact.tokenShapes(arg)
                + CloseMatch.among(arg, options).map(m -> " (did you mean " + m + "?)").orElse("") + "."
                : "unexpected value (not shown, in case it is a password or token). Options start with --; "
                + "the token is read from standard input with --token-stdin.");
    }

    /** The checks both commands make once every word is read. */
    static void requireFormatAndTokenSource(String format, boolean stdin, boolean keychain, boolean sandbox)
            throws UsageException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json.");
        }
        if (stdin && keychain) {
            throw new UsageException("use either --token-stdin or --from-keychain, not both.");
        }
        if (!sandbox && !stdin && !keychain) {
            throw new UsageException("say where the token comes from: --token-stdin or --from-keychain.");
        }
    }
}
