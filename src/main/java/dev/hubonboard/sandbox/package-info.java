/**
 * The embedded practice Hub: a loopback imitation of Docker Hub's API, its registry token service and its registry,
 * used by the tests and by the app's offline practice mode. Start with {@link dev.hubonboard.sandbox.PracticeHub}.
 *
 * <p>Files: {@code PracticeHub} (facade, builder, the dedicated user's actions), {@code HubState} (organization,
 * users, invites, repositories, tokens), {@code Jwt} (signing), {@code HubApi} (Hub routes), {@code TokenService}
 * (registry tokens and grant rules), {@code Registry} (challenge and manifests), {@code Fault}/{@code Faults}
 * (injected misbehaviour), {@code RequestLog}, {@code Endpoint}/{@code Http}/{@code Pages} (server plumbing).
 * No JavaFX here.
 */
package dev.hubonboard.sandbox;
