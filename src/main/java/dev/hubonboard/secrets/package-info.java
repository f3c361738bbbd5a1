/**
 * The dedicated user's access token in the OS keychain ({@link dev.hubonboard.secrets.SecretStore}), and only
 * there: no file fallback. Every keychain call is time-limited and its failures are put in words the user can act on.
 */
package dev.hubonboard.secrets;
