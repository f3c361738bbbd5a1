package dev.hubonboard.azure;

/**
 * Where an Azure access token for Resource Manager comes from: the Azure CLI in real use, the practice Azure in
 * practice mode, a fixed token in tests.
 */
@FunctionalInterface
public interface AzureSignIn {
    AzureToken signIn() throws AzureSignInException;

    /** A token valid for this subscription's tenant; the default suits sources with one tenant (practice, tests). */
    default AzureToken signIn(String subscription) throws AzureSignInException {
        return signIn();
    }
}
