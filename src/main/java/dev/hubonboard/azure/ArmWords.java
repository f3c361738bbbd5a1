package dev.hubonboard.azure;

/**
 * The one mapping from an Azure Resource Manager refusal to words for people, by Azure's {@code error.code} (and the
 * status where there is no code), never by its message: {@link ArmException#getMessage()} is made here, and the
 * dialog and {@code connect} both show it. Azure's own message follows the code, masked, for the detail.
 */
final class ArmWords {
    private ArmWords() {
    }

    static String refusal(String what, int status, String code, String said, ArmException.Kind kind, String action,
                          String role, String tenant) {
        StringBuilder m = new StringBuilder("Azure refused ").append(what).append(" (HTTP ").append(status)
                .append(code.isEmpty() ? "" : " " + code).append(")");
        m.append(said.isEmpty() ? "." : ": " + said + (said.endsWith(".") ? "" : "."));
        m.append(' ').append(advice(code, kind, action, role, tenant));
        return m.toString().strip();
    }

    private static String advice(String code, ArmException.Kind kind, String action, String role, String tenant) {
        switch (code) {
            case ArmCodes.WRONG_TENANT -> {
                return tenant != null
                        ? "The subscription is in tenant " + tenant + ", and your Azure CLI is signed in to another: "
                        + "run `az login --tenant " + tenant + "`, then try again."
                        : "The subscription is in another tenant than your Azure CLI's sign-in: run `az account show "
                        + "--subscription SUBSCRIPTION_ID --query tenantId` and `az login --tenant TENANT_ID`, then try again.";
            }
            case ArmCodes.EXPIRED_TOKEN -> {
                return "The Azure sign-in has expired: run `az login`, then try again.";
            }
            case ArmCodes.SUBSCRIPTION_NOT_REGISTERED, ArmCodes.MISSING_REGISTRATION -> {
                return "The Microsoft.Security resource provider is not registered on the subscription yet: it must be "
                        + "registered first (" + ArmClient.REGISTER + ", which " + ArmClient.ROLE_REGISTER + " has).";
            }
            case ArmCodes.LOCATION_NOT_AVAILABLE -> {
                return "Security connectors are not offered in that region: choose one the pre-flight lists.";
            }
            case ArmCodes.INVALID_RESOURCE_LOCATION -> {
                return "A connector cannot move to another region: keep its region, or delete it in the portal first.";
            }
            default -> {
                // by status below
            }
        }
        return switch (kind) {
            case SIGN_IN -> "The Azure sign-in is missing or not valid here: run `az login`, then try again.";
            case FORBIDDEN -> "Your role does not allow " + (action == null ? "this" : action) + "; " + role
                    + " has it. Ask an owner of the subscription to assign it (it can take a few minutes to apply), "
                    + "then try again.";
            default -> "";
        };
    }
}
