/**
 * The onboarding of one Docker Hub organization, as plain Java: the steps and their states ({@link
 * dev.hubonboard.onboarding.Onboarding}), how the owner signs in ({@link dev.hubonboard.onboarding.OwnerMode}),
 * input checks ({@link dev.hubonboard.onboarding.Validation}) and saved progress
 * ({@link dev.hubonboard.onboarding.store.ProgressStore}). No JavaFX here: the UI wraps these in view-models.
 * Tokens and passwords never enter this package's state or files.
 */
package dev.hubonboard.onboarding;
