/**
 * Where onboardings are kept: the config folder of this OS, real and practice apart ({@code AppMode}), the
 * saved-progress files ({@code ProgressStore}, {@code ProgressJson}) and their one ordered writer ({@code
 * ProgressWriter}). Touches the domain, never the owner's actions. Never a token or a password.
 */
package dev.hubonboard.onboarding.store;
