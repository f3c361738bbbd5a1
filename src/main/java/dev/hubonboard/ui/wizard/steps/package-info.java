/**
 * The wizard's six steps, each a view-model ({@code …Model}, tested without a screen) and a page ({@code …Page})
 * that only builds nodes and binds them; plus the owner's sign-in and the practice panel.
 */
package dev.hubonboard.ui.wizard.steps;
