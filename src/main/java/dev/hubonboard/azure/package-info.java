/**
 * Azure: sign-in through the administrator's Azure CLI ({@link dev.hubonboard.azure.AzureCli}) and a small Azure
 * Resource Manager client ({@link dev.hubonboard.azure.ArmClient}) for what creating Defender for Cloud's Docker Hub
 * connector needs: subscriptions, resource groups, locations, the Microsoft.Security provider, Defender pricings and
 * security connectors.
 *
 * <p>Sits beside {@code hub} in the arrows (it uses only {@code net}); no JavaFX. The Azure access token lives in an
 * {@link dev.hubonboard.azure.AzureToken} in memory only, and every response body is treated as possibly holding the
 * Docker Hub token (the API does not mark {@code accessToken} secret): bodies are parsed field by field and never
 * echoed into a message.
 */
package dev.hubonboard.azure;
