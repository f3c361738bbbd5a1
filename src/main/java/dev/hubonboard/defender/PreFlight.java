package dev.hubonboard.defender;

import dev.hubonboard.azure.SecurityConnector;

import java.util.List;
import java.util.Optional;

/**
 * What was found before writing the connector, with each finding in words for the dialog and the CLI.
 *
 * @param providerState  Microsoft.Security's registration state, or "" when it could not be read
 * @param containersPlanOn / cloudPosturePlanOn  empty when the plans could not be read (a role on the group only)
 * @param existing       a Docker Hub connector for this organization already in the subscription (or, when the
 *                       subscription could not be listed, in the resource group): it is updated in place under its
 *                       own name and resource group, keeping what was not asked to change
 * @param existenceKnown false when no look for an existing connector was allowed: the write then says "written"
 * @param registerFirst  Microsoft.Security is not registered yet: the write registers it first
 * @param resourceGroup  where the write goes (the existing connector's, else the chosen one)
 * @param name           the connector name written (the existing connector's, else the chosen one)
 * @param location       the region written (an existing connector keeps its own: ARM cannot move a resource)
 * @param chosen         what the user chose to set on an existing connector (the rest is kept)
 */
public record PreFlight(String providerState, Optional<Boolean> containersPlanOn, Optional<Boolean> cloudPosturePlanOn,
                        Optional<SecurityConnector> existing, boolean existenceKnown, boolean registerFirst,
                        String resourceGroup, String name, String location, Chosen chosen, List<Finding> findings) {

    public PreFlight {
        findings = List.copyOf(findings);
    }

    /** How much a finding matters: OK and WARN let the write go ahead, BLOCK does not. */
    public enum Level {
        OK, WARN, BLOCK
    }

    public record Finding(Level level, String words) {
        /** "✔ words", "⚠ words" or "✖ words": a sign and words, so colour is never the only signal. */
        public String line() {
            return switch (level) {
                case OK -> "✔ ";
                case WARN -> "⚠ ";
                case BLOCK -> "✖ ";
            } + words;
        }
    }

    /**
     * Which of the settings the user chose for an existing connector. {@code connect} sets plans only with
     * {@code --plans} and the interval only with {@code --scan-interval}; the dialog pre-selects the existing values,
     * so what it shows is what it chose.
     */
    public record Chosen(boolean plans, boolean scanInterval) {
        public static final Chosen ALL = new Chosen(true, true);
        public static final Chosen NOTHING = new Chosen(false, false);
    }

    /** Create or update, in the words people use; WRITE when whether one existed could not be looked at. */
    public enum Action {
        CREATE("create", "created"), UPDATE("update", "updated"), WRITE("write", "written");

        private final String verb;
        private final String past;

        Action(String verb, String past) {
            this.verb = verb;
            this.past = past;
        }

        public String verb() {
            return verb;
        }

        public String past() {
            return past;
        }
    }

    /** From the pre-flight's look, never from the write's 200 or 201 (a create may answer either). */
    public Action action() {
        return existing.isPresent() ? Action.UPDATE : existenceKnown ? Action.CREATE : Action.WRITE;
    }

    public boolean blocked() {
        return findings.stream().anyMatch(f -> f.level() == Level.BLOCK);
    }

    public boolean providerRegistered() {
        return !registerFirst;
    }

    public List<String> warnings() {
        return findings.stream().filter(f -> f.level() == Level.WARN).map(Finding::words).toList();
    }
}
