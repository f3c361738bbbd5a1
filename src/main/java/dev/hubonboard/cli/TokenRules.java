package dev.hubonboard.cli;

import dev.hubonboard.cli.CheckCommand.UsageException;

/** Input rules the CLI applies before sending anything. TEMPORARY home until the onboarding validators land. */
final class TokenRules {
    private TokenRules() {
    }

    static String dockerIdProblem(String id) {
        if (id.contains("@")) {
            return "a Docker ID is needed, not an e-mail (Docker ID, not e-mail).";
        }
        return null;
    }

    static void check(String token) throws UsageException {
        if (token.startsWith("dckr_oat_")) {
            throw new UsageException("that is an organization access token; the connector needs the dedicated "
                    + "user's personal access token (dckr_pat_…).");
        }
    }
}
