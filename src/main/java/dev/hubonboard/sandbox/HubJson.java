package dev.hubonboard.sandbox;

import dev.hubonboard.sandbox.HubState.Invite;
import dev.hubonboard.sandbox.HubState.Repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of Hub API rows (members, invites, repositories, tags), named as Docker's spec names them. */
final class HubJson {

    private final HubState state;

    HubJson(HubState state) {
        this.state = state;
    }

    Map<String, Object> memberRow(String username, String role) {
        HubState.User user = state.user(username);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", Integer.toHexString(username.hashCode()));
        row.put("username", username);
        row.put("full_name", "");
        row.put("type", "User");
        row.put("email", user.email);
        row.put("primary_email", user.email);
        // The Hub takes roles in lower case and returns them capitalised.
        row.put("role", capitalise(role));
        row.put("groups", role.equals(HubState.ROLE_OWNER) ? List.of("owners") : List.of());
        row.put("is_guest", false);
        row.put("date_joined", "2024-03-01T10:00:00Z");
        return row;
    }

    static Map<String, Object> inviteeRow(Invite invite) {
        boolean email = invite.invitee().contains("@");
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", invite.id());
        row.put("username", email ? "" : invite.invitee());
        row.put("email", email ? invite.invitee() : "");
        row.put("role", "Invitee");
        row.put("invite_role", capitalise(invite.role()));
        row.put("groups", invite.team() == null ? List.of() : List.of(invite.team()));
        row.put("is_guest", false);
        return row;
    }

    Map<String, Object> inviteJson(Invite invite) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", invite.id());
        json.put("inviter_username", invite.inviter());
        json.put("invitee", invite.invitee());
        json.put("org", state.org);
        json.put("team", invite.team());
        json.put("role", invite.role());
        json.put("created_at", invite.createdAt().toString());
        return json;
    }

    Map<String, Object> repositoryJson(Repository r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", r.name());
        json.put("namespace", state.org);
        json.put("repository_type", "image");
        json.put("status", 1);
        json.put("status_description", "active");
        json.put("description", "");
        json.put("is_private", r.isPrivate());
        json.put("star_count", 0);
        json.put("pull_count", 42);
        json.put("last_updated", r.lastUpdated().toString());
        json.put("last_modified", r.lastUpdated().toString());
        json.put("date_registered", "2024-03-01T10:00:00Z");
        json.put("affiliation", "");
        json.put("media_types", List.of("application/vnd.oci.image.index.v1+json"));
        json.put("content_types", List.of("image"));
        json.put("categories", List.of());
        json.put("storage_size", 31_457_280);
        return json;
    }

    Map<String, Object> tagJson(Repository repo, String tag) {
        String digest = Registry.digest(state.org + "/" + repo.name(), tag);
        Map<String, Object> image = new LinkedHashMap<>();
        image.put("architecture", "amd64");
        image.put("os", "linux");
        image.put("digest", digest);
        image.put("size", 15_728_640);
        image.put("status", "active");
        image.put("last_pushed", repo.lastUpdated().toString());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", Math.abs((repo.name() + ":" + tag).hashCode()));
        json.put("name", tag);
        json.put("last_updated", repo.lastUpdated().toString());
        json.put("last_updater_username", state.owner);
        json.put("full_size", 15_728_640);
        json.put("digest", digest);
        json.put("media_type", "application/vnd.oci.image.index.v1+json");
        json.put("content_type", "image");
        json.put("tag_status", "active");
        json.put("tag_last_pushed", repo.lastUpdated().toString());
        json.put("images", List.of(image));
        return json;
    }

    static String capitalise(String role) {
        return role.isEmpty() ? role : Character.toUpperCase(role.charAt(0)) + role.substring(1);
    }
}
