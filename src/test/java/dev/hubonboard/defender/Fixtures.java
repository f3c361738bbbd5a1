package dev.hubonboard.defender;

/** Settings the export tests share: every value differs from its default, so each one can be traced in the output. */
final class Fixtures {

    private Fixtures() {
    }

    static ConnectorSettings full() {
        return ConnectorSettings.builder("acme-corp", "acmescanner")
                .scanIntervalHours(12)
                .offerings(Plan.DEFENDER_FOR_CONTAINERS, Plan.DEFENDER_CSPM)
                .connectorName("acme-dockerhub")
                .location("northeurope")
                .subscriptionId("11111111-2222-3333-4444-555555555555")
                .resourceGroup("rg-defender")
                .build();
    }

    /** Only what the form requires: name, region, subscription and group fall back to defaults or placeholders. */
    static ConnectorSettings minimal() {
        return ConnectorSettings.builder("acme-corp", "acmescanner").build();
    }
}
