/**
 * Exports of the Defender for Cloud Docker Hub connector ({@code Microsoft.Security/securityConnectors}) as an ARM
 * template, a Bicep file and an {@code az rest} script, from {@link dev.hubonboard.defender.ConnectorSettings}.
 *
 * <p>The access token is never an input here, by design: the settings have no token field and the renderers take no
 * token argument. ARM and Bicep declare it as a secure parameter; the script reads it at run time.
 */
package dev.hubonboard.defender;
