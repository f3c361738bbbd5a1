package dev.hubonboard.cli;

import dev.hubonboard.cli.CheckCommand.UsageException;
import dev.hubonboard.net.BaseUrl;
import dev.hubonboard.net.Redact;
import okhttp3.HttpUrl;

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

    /** With {@code --from-keychain}, lets the saved token go to a host other than Docker's (or Azure's) own. */
    static final String ALLOW_CUSTOM_HOST = "--allow-custom-host";

    /**
     * With {@code --from-keychain} the saved token is sent without anyone typing it, so a changed {@code --hub-url}
     * (or another URL option) in a script would hand it to that host: a URL option whose host is not the default one
     * needs {@code --allow-custom-host} as well. With {@code --token-stdin} the caller chose the token and the host.
     * A URL that does not parse is left to {@link BaseUrl#parse}, which says what is wrong with it.
     *
     * @param urls each URL option: {option, URL as given, its default URL}
     */
    static void requireDefaultHosts(boolean fromKeychain, boolean allowCustomHost, String[]... urls)
            throws UsageException {
        if (!fromKeychain || allowCustomHost) {
            return;
        }
        for (String[] option : urls) {
            String given = option[1];
            String standard = option[2];
            HttpUrl url = given == null ? null : HttpUrl.parse(given.strip());
            if (url != null && !BaseUrl.sameHost(url, standard)) {
                throw new UsageException(option[0] + ": with --from-keychain the saved token goes only to "
                        + HttpUrl.get(standard).host() + "; to send it to " + url.host() + " add "
                        + ALLOW_CUSTOM_HOST + " (only for a server you trust, such as a test server).");
            }
        }
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
