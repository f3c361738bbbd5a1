/**
 * Defender for Cloud's connector from the app: the create and export dialogs with their models, and the way to
 * Azure ({@code DefenderLink}). Opened by the wizard's Finish step and by Connections; touches kit, task and the
 * layers below, never the app, the wizard or Connections.
 */
package dev.hubonboard.ui.connector;
