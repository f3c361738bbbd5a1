package dev.hubonboard.defender;

import dev.hubonboard.azure.SecurityConnector;

import java.util.List;
import java.util.Optional;

/**
 * What was found before writing the connector, with each finding in words for the dialog and the CLI.
 *
 * @param existing      a Docker Hub connector for this organization already in the subscription: it is updated in
 *                      place under its own name and resource group instead of creating a second one
 * @param resourceGroup where the write goes (the existing connector's, else the chosen one)
 * @param name          the connector name written (the existing connector's, else the chosen one)
 * @param location      the region written (an existing connector keeps its own: ARM cannot move a resource)
 */
public record PreFlight(String providerState, boolean containersPlanOn, boolean cloudPosturePlanOn,
                        Optional<SecurityConnector> existing, String resourceGroup, String name, String location,
                        List<Finding> findings) {

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

    /** Create or update, in the words people use. */
    public enum Action {
        CREATE("create", "created"), UPDATE("update", "updated");

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

    public Action action() {
        return existing.isPresent() ? Action.UPDATE : Action.CREATE;
    }

    public boolean blocked() {
        return findings.stream().anyMatch(f -> f.level() == Level.BLOCK);
    }

    public boolean providerRegistered() {
        return "Registered".equalsIgnoreCase(providerState);
    }

    public List<String> warnings() {
        return findings.stream().filter(f -> f.level() == Level.WARN).map(Finding::words).toList();
    }
}
