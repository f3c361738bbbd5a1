/**
 * The Connections home screen: every saved organization with its health (last connection test, token expiry,
 * finished or not) and what can be done with it (re-test, rotate the token, resume, remove, export the Defender
 * connector). Models hold the logic and JavaFX properties and are tested without a screen; views only build nodes.
 */
package dev.hubonboard.ui.connections;
