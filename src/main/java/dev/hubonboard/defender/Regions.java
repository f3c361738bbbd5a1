package dev.hubonboard.defender;

import dev.hubonboard.azure.Location;
import dev.hubonboard.azure.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a connector may be created: physical regions only (Azure's {@code /locations} lists logical ones such as
 * {@code europe} too, where nothing can be created) and, when the provider says, only where its
 * {@code securityConnectors} resource type is offered (listed there by display name, "West Europe").
 */
final class Regions {
    private Regions() {
    }

    /** The regions to offer; {@code provider} empty when it could not be read (then physical ones only). */
    static List<Location> offered(List<Location> all, Optional<Provider> provider) {
        Optional<List<String>> where = provider.flatMap(Provider::connectorLocations);
        return all.stream().filter(l -> !l.logical())
                .filter(l -> where.map(names -> names.stream().anyMatch(l::is)).orElse(true)).toList();
    }

    /** The offered regions nearest to what was typed, by name: the closest few first. */
    static List<String> nearest(String wanted, List<Location> offered) {
        String w = wanted.toLowerCase(Locale.ROOT);
        return offered.stream().sorted(Comparator.comparingInt((Location l) -> distance(w, l.name()))
                        .thenComparing(Location::name))
                .limit(3).map(Location::name).toList();
    }

    /** Edit distance, with a name that contains the other (europe → westeurope) counted as close. */
    static int distance(String a, String b) {
        if (!a.isEmpty() && (b.contains(a) || a.contains(b))) {
            return Math.abs(a.length() - b.length()) / 4;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1),
                        prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
