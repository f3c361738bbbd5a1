package dev.hubonboard.cli;

import dev.hubonboard.net.Redact;
import dev.hubonboard.onboarding.store.LogDirectory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The app's own command line, decided before any window opens or request is sent: the wizard (with or without
 * {@code --sandbox}), a subcommand such as {@code check}, {@code --help}, {@code --version}, or a usage error. An
 * unknown flag never falls through to a window: a typo like {@code --sandbx} would otherwise open the real wizard.
 */
public final class AppArguments {
    public static final int USAGE_ERROR = 2;

    static final List<String> HELP = List.of("--help", "-h", "help");
    static final List<String> OPTIONS = List.of("--sandbox", "--version", "--help", "-h");

    /** One subcommand: its name, a line for the usage text, and what runs it (its arguments in, exit code out). */
    public record Subcommand(String name, String summary, Function<List<String>, Integer> run) {
        public Subcommand {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(summary, "summary");
            Objects.requireNonNull(run, "run");
        }
    }

    /** What the command line asks for. */
    public sealed interface Action {
    }

    /** Print {@code text} on standard output; exit 0. */
    public record Help(String text) implements Action {
    }

    public record Version() implements Action {
    }

    /** Open the wizard's window, against the practice Hub when {@code sandbox}. */
    public record Window(boolean sandbox) implements Action {
    }

    /** Run a subcommand with the arguments after its name. */
    public record Run(Subcommand command, List<String> args) implements Action {
    }

    /** Print {@code message} and the usage on standard error; exit {@value #USAGE_ERROR}. */
    public record Usage(String message, String usage) implements Action {
        public String text() {
            return "hub-onboard: " + message + "\n" + usage;
        }
    }

    private AppArguments() {
    }

    public static Action parse(List<String> args, List<Subcommand> subcommands) {
        String usage = usage(subcommands);
        if (!args.isEmpty()) {
            for (Subcommand s : subcommands) {
                if (s.name().equals(args.getFirst())) {
                    return new Run(s, List.copyOf(args.subList(1, args.size())));
                }
            }
            // "help check" is "check --help"
            if (args.getFirst().equals("help") && args.size() == 2) {
                for (Subcommand s : subcommands) {
                    if (s.name().equals(args.get(1))) {
                        return new Run(s, List.of("--help"));
                    }
                }
            }
        }
        boolean help = false;
        boolean version = false;
        boolean sandbox = false;
        for (String a : args) {
            switch (a) {
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                case "--sandbox" -> sandbox = true;
                default -> {
                    if (a.equals("help") && args.size() == 1) {
                        help = true;
                    } else {
                        return new Usage(unknown(a, subcommands), usage);
                    }
                }
            }
        }
        if (help) {
            return new Help(usage);
        }
        if (version) {
            return new Version();
        }
        return new Window(sandbox);
    }

    /** Names the mistake and the likely meaning; a stray word is not repeated, in case it is a password or token. */
    private static String unknown(String arg, List<Subcommand> subcommands) {
        if (arg.startsWith("-")) {
            return "unknown option " + Redact.tokenShapes(arg)
                    + CloseMatch.among(arg, OPTIONS).map(m -> " (did you mean " + m + "?)").orElse("") + ".";
        }
        List<String> names = new ArrayList<>(subcommands.stream().map(Subcommand::name).toList());
        names.add("help");
        return CloseMatch.among(arg, names).map(m -> "unknown command " + Redact.tokenShapes(arg) + " (did you mean "
                        + m + "?).")
                .orElse("unexpected argument (not shown, in case it is a password or token); the commands are "
                        + String.join(", ", names) + ".");
    }

    static String usage(List<Subcommand> subcommands) {
        StringBuilder sb = new StringBuilder("Usage:");
        line(sb, "[--sandbox]", "the wizard; --sandbox: against the practice Hub on this computer, offline");
        for (Subcommand s : subcommands) {
            line(sb, s.name() + " …", s.summary());
        }
        line(sb, "--version", "the version");
        line(sb, "--help", "this text");
        return sb
                .append("Exit codes: 0 done, 1 the window could not be opened, 2 usage error; each subcommand's "
                        + "--help lists its own.\n")
                .append("The app's log (what went wrong, secrets masked): ").append(LogDirectory.forThisUser())
                .append('\n')
                .toString();
    }

    private static void line(StringBuilder sb, String what, String summary) {
        sb.append(sb.length() == "Usage:".length() ? " " : "       ")
                .append(String.format("hub-onboard %-12s %s", what, summary)).append('\n');
    }
}
