/**
 * The app: start-up, the one window, theme and window settings, the context handed to every screen ({@code
 * AppContext}, with the session's secrets) and the model that chooses the screen ({@code AppModel}). May touch every
 * room; only {@code AppContext} and {@code SessionSecrets} are touched back by the screens.
 */
package dev.hubonboard.ui.app;
