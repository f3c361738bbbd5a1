/**
 * What the organization owner does through Docker Hub's API: sign in, check the organization, list its
 * repositories, invite the dedicated user and watch for acceptance. Blocking calls; touches the domain, never the
 * store.
 */
package dev.hubonboard.onboarding.owner;
