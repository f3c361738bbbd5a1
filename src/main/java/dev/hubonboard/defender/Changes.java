package dev.hubonboard.defender;

import dev.hubonboard.azure.SecurityConnector;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an update changes on an existing connector, as "from → to" lines for the review, with a paid plan added
 * called out in words. Empty for a new connector.
 */
final class Changes {
    private Changes() {
    }

    static List<String> of(ConnectorSettings s, PreFlight p) {
        if (p.existing().isEmpty()) {
            return List.of();
        }
        SecurityConnector c = p.existing().get();
        List<String> lines = new ArrayList<>();
        Set<Plan> before = EnumSet.noneOf(Plan.class);
        c.offerings().forEach(o -> Plan.ofOfferingType(o).ifPresent(before::add));
        if (p.chosen().plans() && !before.equals(s.offerings())) {
            lines.add("Plans: " + names(before) + " → " + names(s.offerings()));
            Set<Plan> added = EnumSet.copyOf(s.offerings());
            added.removeAll(before);
            added.stream().filter(Plan::paid).forEach(plan -> lines.add(plan.label() + " is added: a paid plan, "
                    + "billed for this organization's images from the next scan on."));
        }
        if (p.chosen().scanInterval() && c.scanInterval() != s.scanIntervalHours()) {
            lines.add("Scan interval: every " + c.scanInterval() + " h → every " + s.scanIntervalHours() + " h");
        }
        if (!c.username().isBlank() && !c.username().equalsIgnoreCase(s.dockerId())) {
            lines.add("Docker ID: " + c.username() + " → " + s.dockerId());
        }
        lines.add("Access token: replaced by the one that just passed the connection test");
        List<String> kept = new ArrayList<>();
        if (!p.chosen().plans() || before.equals(s.offerings())) {
            kept.add("plans (" + names(before) + ")");
        }
        if (!p.chosen().scanInterval() || c.scanInterval() == s.scanIntervalHours()) {
            kept.add("scan interval (every " + c.scanInterval() + " h)");
        }
        kept.add("region (" + c.location() + ")");
        kept.add(c.tags().isEmpty() ? "tags (none)" : "tags (" + c.tags().size() + ")");
        lines.add("Kept as they are: " + String.join(", ", kept));
        return lines;
    }

    private static String names(Set<Plan> plans) {
        return plans.isEmpty() ? "none" : plans.stream().map(Plan::label).collect(Collectors.joining(", "));
    }
}
