package dev.hubonboard.defender;

import dev.hubonboard.azure.SecurityConnector;

import java.time.Instant;
import java.util.Optional;

/**
 * A connector written and read back.
 *
 * @param action    created or updated as the pre-flight found it (never from the 200/201)
 * @param connector as Azure shows it now (GET after the PUT), without its token
 * @param at        when the write finished, for "last written" on the Connections card
 * @param note      what could not be confirmed after a write Azure accepted (an unreadable answer, a failed read-back)
 */
public record ConnectorWritten(PreFlight.Action action, SecurityConnector connector, Instant at, Optional<String> note) {

    public ConnectorWritten(PreFlight.Action action, SecurityConnector connector, Instant at) {
        this(action, connector, at, Optional.empty());
    }

    /** Defender for Cloud's Environment settings, where the connector's status shows. */
    public static final String PORTAL_LINK =
            "https://portal.azure.com/#view/Microsoft_Azure_Security/SecurityMenuBlade/~/EnvironmentSettings";

    /** What nobody can check through the API: there is no documented status for a Docker Hub connector. */
    public static final String NEXT_STEP = "Defender starts within about an hour; there confirm Connected "
            + "(Defender for Cloud → Environment settings). No API reports that status, so Hub Onboard cannot.";
}
