package dev.hubonboard.defender;

import dev.hubonboard.files.SmallFiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hubonboard.onboarding.store.ConfigDirectory;
import dev.hubonboard.onboarding.Validation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * The saved connector targets, one small JSON file per organization in {@code defender-connectors/} of the config
 * folder, beside the onboarding's progress file (a folder of its own, so the progress listing never sees them).
 * Holds IDs and names only: there is no token field to save.
 */
public final class SavedConnectors {
    static final String FOLDER = "defender-connectors";

    private final Path directory;

    /** @param configDirectory the folder the onboarding progress is saved in */
    public SavedConnectors(Path configDirectory) {
        this.directory = Objects.requireNonNull(configDirectory, "configDirectory").resolve(FOLDER);
    }

    public static SavedConnectors forThisUser() {
        return new SavedConnectors(ConfigDirectory.forThisUser());
    }

    Path fileFor(String organization) {
        if (!Validation.organization(organization).isAcceptable()) {
            throw new IllegalArgumentException("Organization: not a Docker Hub organization name.");
        }
        return directory.resolve(Validation.trim(organization) + ".json");
    }

    /** The saved target, or empty when none is saved or the file is unreadable (the dialog then asks again). */
    public Optional<SavedConnector> load(String organization) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(fileFor(organization));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            JsonNode n = Json.MAPPER.readTree(bytes);
            String written = n.path("lastWritten").asText("");
            return Optional.of(new SavedConnector(organization, n.path("subscriptionId").asText(),
                    n.path("resourceGroup").asText(), n.path("name").asText(), n.path("location").asText(""),
                    written.isBlank() ? Optional.empty() : Optional.of(Instant.parse(written))));
        } catch (IOException | DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Saves atomically and durably (the one small-file write: synced, then moved in one step; 0600 in 0700). */
    public void save(SavedConnector saved) throws IOException {
        Path file = fileFor(saved.organization());
        ObjectNode n = Json.object();
        n.put("organization", saved.organization());
        n.put("subscriptionId", saved.subscriptionId());
        n.put("resourceGroup", saved.resourceGroup());
        n.put("name", saved.name());
        n.put("location", saved.location());
        saved.lastWritten().ifPresent(at -> n.put("lastWritten", at.toString()));
        SmallFiles.write(file, Json.pretty(n).getBytes(StandardCharsets.UTF_8));
    }

    public boolean delete(String organization) throws IOException {
        return Files.deleteIfExists(fileFor(organization));
    }
}
