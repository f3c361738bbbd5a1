package dev.hubonboard.onboarding;

import dev.hubonboard.check.Report;
import dev.hubonboard.check.RepositoryCounts;

import java.util.List;

/**
 * What the connection test saw, in the owner's words, for the screens: how many private repositories the token sees
 * (manual mode has no owner list, so the owner compares it with Docker Hub's own count) and which ones it cannot pull.
 */
public final class TokenView {
    private TokenView() {
    }

    /** For manual mode: the token's private count and the request to compare it with Docker Hub's. */
    public static String compareWithDockerHub(Report report) {
        RepositoryCounts n = report.repositories();
        String page = Endpoints.web("repositories/" + report.org());
        if (!n.listed()) {
            return "Docker Hub did not let this token list the repositories of " + report.org() + ", so there is "
                    + "no count to compare. Open " + page + " and save the private repository names as a list "
                    + "(check --repositories FILE) so every test proves pull on them.";
        }
        return "The token sees " + n.privateCount() + " private " + (n.privateCount() == 1 ? "repository" : "repositories")
                + " of " + report.org() + ". Compare with the number of private repositories Docker Hub shows you at "
                + page + ": if it shows more, the token or the user's role does not reach them all.";
    }

    /** The private repositories (ORG/NAME) the token could not pull; empty when all could. */
    public static List<String> notPullable(Report report) {
        return report.repositories().notPullable();
    }
}
