package dev.hubonboard.defender;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The bash script that PUTs the connector through {@code az rest}. The request body is rendered here without the
 * token; at run time jq adds the token (taken from jq's environment) and pipes the body to {@code az rest --body @-}.
 * So the token is never echoed, never in a file and never on a command line (where {@code ps} would show it).
 */
final class AzRestScript {

    private AzRestScript() {
    }

    static String render(ConnectorSettings s) {
        String subscription = s.subscriptionId().orElse("{subscriptionId}");
        String group = s.resourceGroup().orElse("{resourceGroup}");
        String location = s.location().map(l -> "LOCATION=" + shellQuote(l) + "\n").orElse("""
                # No region was chosen: use the resource group's.
                LOCATION="$(az group show --name "$RESOURCE_GROUP" --query location --output tsv)"
                """);
        return """
                #!/usr/bin/env bash
                # Creates or updates the Microsoft Defender for Cloud connector for the Docker Hub organization %1$s.
                # Exported by Hub Onboard. This file holds no access token: the script asks for it without echoing it,
                # or reads it from Azure Key Vault when KEYVAULT_NAME and KEYVAULT_SECRET are set.
                #
                # Before running: sign in with `az login`; install jq. Where SUBSCRIPTION_ID or RESOURCE_GROUP below
                # still read {subscriptionId} / {resourceGroup}, replace them with your subscription's ID and the
                # resource group that will hold the connector; the script refuses to run until you do.
                #
                # UNCONFIRMED: %2$s;
                # check the connector in the portal after creating it.
                set -euo pipefail
                set +x # tracing would print the token

                SUBSCRIPTION_ID=%3$s
                RESOURCE_GROUP=%4$s
                CONNECTOR_NAME=%5$s
                DOCKER_ID=%6$s

                case "$SUBSCRIPTION_ID $RESOURCE_GROUP" in
                  *'{'*) echo "Replace the {subscriptionId} / {resourceGroup} placeholders at the top of $0 first." >&2; exit 2 ;;
                esac

                %7$s

                if [[ -n "${KEYVAULT_NAME:-}" ]]; then
                  DOCKERHUB_TOKEN="$(az keyvault secret show --vault-name "$KEYVAULT_NAME" \\
                    --name "${KEYVAULT_SECRET:?set KEYVAULT_SECRET to the secret holding the token}" --query value --output tsv)"
                else
                  read -rs -p "Read-only access token of Docker ID $DOCKER_ID (input hidden): " DOCKERHUB_TOKEN || true # input without a final newline still counts
                  echo >&2
                fi
                if [[ -z "$DOCKERHUB_TOKEN" ]]; then
                  echo "No access token given." >&2
                  exit 2
                fi

                # The request body without the token; jq adds the location and the token below.
                BODY_TEMPLATE=$(cat <<'JSON'
                %8$sJSON
                )

                URI="https://management.azure.com/subscriptions/$SUBSCRIPTION_ID/resourceGroups/$RESOURCE_GROUP/providers/%9$s/$CONNECTOR_NAME?api-version=%10$s"

                # jq gets the token through its environment (readable by this user only), not --arg (visible in ps).
                # az reads the body from stdin (azure-cli has expanded an argument '@-' to stdin's content since 2016), so it
                # never touches a file. The API does not mark accessToken as secret, so print only a summary of the
                # response, never all of it.
                printf '%%s' "$BODY_TEMPLATE" \\
                  | DOCKERHUB_TOKEN="$DOCKERHUB_TOKEN" LOCATION="$LOCATION" jq \\
                      '.location = env.LOCATION | .properties.environmentData.authentication.accessToken = env.DOCKERHUB_TOKEN' \\
                  | az rest --method put --uri "$URI" --body @- \\
                      --query '{id: id, name: name, location: location, hierarchyIdentifier: properties.hierarchyIdentifier}' \\
                      --output json
                unset DOCKERHUB_TOKEN
                """.formatted(shellQuote(s.organization()), ConnectorExport.UNCONFIRMED, shellQuote(subscription),
                shellQuote(group), shellQuote(s.connectorName()), shellQuote(s.dockerId()), location.strip(),
                Json.pretty(body(s)), ConnectorExport.RESOURCE_TYPE, ConnectorExport.API_VERSION);
    }

    /** The PUT body minus location and token, which the script fills in at run time. */
    static ObjectNode body(ConnectorSettings s) {
        return ConnectorBody.withoutLocationAndToken(s);
    }

    /** One shell word, taken literally: single quotes, with each ' written as '\''. */
    static String shellQuote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
