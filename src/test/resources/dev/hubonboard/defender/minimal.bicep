// Microsoft Defender for Cloud connector for the Docker Hub organization 'acme-corp'.
// Exported by Hub Onboard. The access token is not in this file: it is a secure parameter without
// default, so in a terminal `az deployment group create --resource-group <group> --template-file <this file>`
// asks for it without echoing it. A parameters file may reference it from Key Vault instead.

@description('Name of the security connector (one per Docker Hub organization).')
param connectorName string = 'dockerhub-acme-corp'

@description('Azure region of the connector resource.')
param location string = resourceGroup().location

@description('Docker Hub organization; also sent as hierarchyIdentifier (unconfirmed, see below).')
param organization string = 'acme-corp'

@description('Docker ID (not e-mail) of the dedicated Docker Hub user the connector signs in as.')
param dockerId string = 'acmescanner'

@description('Hours between scans of the organization\'s repositories.')
@allowed([4, 6, 12, 24])
param scanInterval int = 12

@description('Read-only personal access token of the dedicated user.')
@secure()
param dockerHubAccessToken string

resource connector 'Microsoft.Security/securityConnectors@2024-08-01-preview' = {
  name: connectorName
  location: location
  properties: {
    // UNCONFIRMED: hierarchyIdentifier = organization name is not confirmed by Microsoft's docs.
    hierarchyIdentifier: organization
    environmentName: 'DockerHub'
    offerings: [
      {
        offeringType: 'CspmMonitorDockerHub'
      }
      {
        offeringType: 'DefenderForContainersDockerHub'
      }
    ]
    environmentData: {
      environmentType: 'DockerHubOrganization'
      scanInterval: scanInterval
      authentication: {
        authenticationType: 'AccessToken'
        username: dockerId
        accessToken: dockerHubAccessToken
      }
    }
  }
}

output connectorId string = connector.id
