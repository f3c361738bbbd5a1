package dev.hubonboard.defender;

/** The Defender plans a Docker Hub connector can carry, by the offering type Microsoft's API expects. */
public enum Plan {
    CSPM_MONITOR("CspmMonitorDockerHub"),
    DEFENDER_FOR_CONTAINERS("DefenderForContainersDockerHub"),
    DEFENDER_CSPM("DefenderCspmDockerHub");

    private final String offeringType;

    Plan(String offeringType) {
        this.offeringType = offeringType;
    }

    /** The {@code offeringType} value in {@code properties.offerings[]}. */
    public String offeringType() {
        return offeringType;
    }

    /** The portal's name for the plan. */
    public String label() {
        return ConnectorForm.label(this);
    }

    /** Billed per resource (Defender for Containers, Defender CSPM); Foundational CSPM is free. */
    public boolean paid() {
        return this != CSPM_MONITOR;
    }

    /** The plan with this offering type, if it is one of ours. */
    public static java.util.Optional<Plan> ofOfferingType(String offeringType) {
        for (Plan p : values()) {
            if (p.offeringType.equalsIgnoreCase(offeringType)) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }
}
