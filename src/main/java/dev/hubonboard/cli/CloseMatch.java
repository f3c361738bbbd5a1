package dev.hubonboard.cli;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …": the known word a mistyped option or command was most likely meant to be. */
public final class CloseMatch {
    private CloseMatch() {
    }

    /**
     * The closest of {@code known} to {@code given} (the part before any {@code =}), if it is a typo away: at most two
     * edits (a swap of neighbours counts as one) and fewer than half the word, so "-x" suggests nothing.
     */
    public static Optional<String> among(String given, Collection<String> known) {
        String word = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
        word = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(word, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= 2 && bestDistance * 2 < best.length() ? Optional.of(best)
                : Optional.empty();
    }

    /** Edit distance with adjacent swaps (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
