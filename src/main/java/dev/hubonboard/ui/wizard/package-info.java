/**
 * The onboarding wizard: its model (flow, Next/Back/Close), window, step list, and the bases of each step's model
 * and page; the six steps are in {@code steps}. Touches kit, task, the connector dialogs, the app's context and the
 * layers below; never Connections.
 */
package dev.hubonboard.ui.wizard;
