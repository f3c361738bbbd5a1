package dev.hubonboard.cli;

import dev.hubonboard.cli.CheckCommand.UsageException;

import java.util.Deque;
import java.util.List;

/**
 * The parsed arguments of {@code status}.
 *
 * @param warnDays a token that expires within this many days (or has expired) needs attention
 */
record StatusOptions(boolean sandbox, boolean json, int warnDays) {

    static final int DEFAULT_WARN_DAYS = 14;
    /** A year: Docker Hub's longest token lifetime, so a larger N would warn about every token. */
    static final int MAX_WARN_DAYS = 365;
    static final List<String> OPTIONS = List.of("--sandbox", "--format", "--warn-days", "--help");

    static StatusOptions parse(Deque<String> args) throws UsageException {
        boolean sandbox = false;
        String format = "text";
        int warnDays = DEFAULT_WARN_DAYS;
        while (!args.isEmpty()) {
            String a = args.poll();
            switch (a) {
                case "--sandbox" -> sandbox = true;
                case "--format" -> format = CheckCommand.next(args, a);
                case "--warn-days" -> warnDays = days(CheckCommand.next(args, a));
                default -> throw Arguments.unknown(a, OPTIONS);
            }
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new UsageException("--format must be text or json.");
        }
        return new StatusOptions(sandbox, format.equals("json"), warnDays);
    }

    private static int days(String value) throws UsageException {
        String fix = "--warn-days takes a whole number of days from 0 to " + MAX_WARN_DAYS + ", for example "
                + "--warn-days 30.";
        if (!value.matches("[0-9]{1,3}")) {
            throw new UsageException(fix);
        }
        int n = Integer.parseInt(value);
        if (n > MAX_WARN_DAYS) {
            throw new UsageException(fix);
        }
        return n;
    }
}
