#!/usr/bin/env bash
# Creates or updates the Microsoft Defender for Cloud connector for the Docker Hub organization 'acme-corp'.
# Exported by Hub Onboard. This file holds no access token: the script asks for it without echoing it,
# or reads it from Azure Key Vault when KEYVAULT_NAME and KEYVAULT_SECRET are set.
#
# Before running: sign in with `az login`; install jq. Where SUBSCRIPTION_ID or RESOURCE_GROUP below
# still read {subscriptionId} / {resourceGroup}, replace them with your subscription's ID and the
# resource group that will hold the connector; the script refuses to run until you do.
#
# UNCONFIRMED: hierarchyIdentifier = organization name is not confirmed by Microsoft's docs;
# check the connector in the portal after creating it.
set -euo pipefail
set +x # tracing would print the token

SUBSCRIPTION_ID='{subscriptionId}'
RESOURCE_GROUP='{resourceGroup}'
CONNECTOR_NAME='dockerhub-acme-corp'
DOCKER_ID='acmescanner'

case "$SUBSCRIPTION_ID $RESOURCE_GROUP" in
  *'{'*) echo "Replace the {subscriptionId} / {resourceGroup} placeholders at the top of $0 first." >&2; exit 2 ;;
esac

# No region was chosen: use the resource group's.
LOCATION="$(az group show --name "$RESOURCE_GROUP" --query location --output tsv)"

if [[ -n "${KEYVAULT_NAME:-}" ]]; then
  DOCKERHUB_TOKEN="$(az keyvault secret show --vault-name "$KEYVAULT_NAME" \
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
{
  "properties": {
    "hierarchyIdentifier": "acme-corp",
    "environmentName": "DockerHub",
    "offerings": [
      {
        "offeringType": "CspmMonitorDockerHub"
      },
      {
        "offeringType": "DefenderForContainersDockerHub"
      }
    ],
    "environmentData": {
      "environmentType": "DockerHubOrganization",
      "scanInterval": 12,
      "authentication": {
        "authenticationType": "AccessToken",
        "username": "acmescanner"
      }
    }
  }
}
JSON
)

URI="https://management.azure.com/subscriptions/$SUBSCRIPTION_ID/resourceGroups/$RESOURCE_GROUP/providers/Microsoft.Security/securityConnectors/$CONNECTOR_NAME?api-version=2024-08-01-preview"

# jq gets the token through its environment (readable by this user only), not --arg (visible in ps).
# az reads the body from stdin (azure-cli has expanded an argument '@-' to stdin's content since 2016), so it
# never touches a file. The API does not mark accessToken as secret, so print only a summary of the
# response, never all of it.
printf '%s' "$BODY_TEMPLATE" \
  | DOCKERHUB_TOKEN="$DOCKERHUB_TOKEN" LOCATION="$LOCATION" jq \
      '.location = env.LOCATION | .properties.environmentData.authentication.accessToken = env.DOCKERHUB_TOKEN' \
  | az rest --method put --uri "$URI" --body @- \
      --query '{id: id, name: name, location: location, hierarchyIdentifier: properties.hierarchyIdentifier}' \
      --output json
unset DOCKERHUB_TOKEN
