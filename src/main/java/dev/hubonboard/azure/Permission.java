package dev.hubonboard.azure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One entry of what the caller may do at a scope ({@code GET …/providers/Microsoft.Authorization/permissions},
 * azure-rest-api-specs authorization 2022-04-01 {@code Permissions_ListForResourceGroup}). Effective rights are the
 * union over entries of {@code actions} minus that entry's {@code notActions}; both may hold {@code *} wildcards.
 */
public record Permission(List<String> actions, List<String> notActions) {
    public static final String CONNECTOR_WRITE = "Microsoft.Security/securityConnectors/write";

    public Permission {
        actions = List.copyOf(actions);
        notActions = List.copyOf(notActions);
    }

    public boolean allows(String action) {
        return actions.stream().anyMatch(a -> matches(a, action)) && notActions.stream().noneMatch(a -> matches(a, action));
    }

    /** True when any entry allows the action. */
    public static boolean anyAllows(List<Permission> permissions, String action) {
        return permissions.stream().anyMatch(p -> p.allows(action));
    }

    private static boolean matches(String pattern, String action) {
        String regex = Pattern.quote(pattern.toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q");
        return action.toLowerCase(Locale.ROOT).matches(regex);
    }
}
