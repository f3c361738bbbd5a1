package dev.hubonboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The practice Azure's connectors between runs ({@code practice/azure/state.json}, beside the practice Hub's
 * {@code practice/hub/state.json}), so a practice connector is still there after a restart. A Docker Hub token is
 * never written: its SHA-256 digest stands in its place, as the practice Hub keeps its tokens.
 */
final class AzureSnapshot {
    static final String DIGEST = "sha256:";
    private static final int VERSION = 1;

    private AzureSnapshot() {
    }

    /** "sha256:HEX" of a token. */
    static String digest(String token) {
        try {
            return DIGEST + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The saved connectors (empty when there is no file or it is unusable: practice starts afresh). */
    static List<AzureState.Stored> load(Path file) {
        List<AzureState.Stored> all = new ArrayList<>();
        if (file == null || !Files.isRegularFile(file)) {
            return all;
        }
        try {
            JsonNode root = Http.MAPPER.readTree(Files.readAllBytes(file));
            if (root == null || root.path("version").asInt() != VERSION) {
                return all;
            }
            for (JsonNode c : root.path("connectors")) {
                AzureState.Stored s = new AzureState.Stored(c.path("subscription").asText(),
                        c.path("resourceGroup").asText(), c.path("name").asText());
                s.body = (ObjectNode) c.path("body").deepCopy();
                s.createdAt = Instant.parse(c.path("createdAt").asText());
                s.modifiedAt = Instant.parse(c.path("modifiedAt").asText());
                all.add(s);
            }
        } catch (IOException | RuntimeException e) {
            all.clear(); // unreadable: practice starts afresh rather than failing
        }
        return all;
    }

    /** Writes every connector, tokens as digests, atomically and forced to the disk. */
    static void save(Path file, List<AzureState.Stored> connectors) throws IOException {
        ObjectNode root = Http.MAPPER.createObjectNode().put("version", VERSION);
        ArrayNode list = root.putArray("connectors");
        for (AzureState.Stored s : connectors) {
            ObjectNode body = s.body.deepCopy();
            JsonNode auth = body.path("properties").path("environmentData").path("authentication");
            if (auth instanceof ObjectNode a && a.hasNonNull("accessToken")
                    && !a.get("accessToken").asText().startsWith(DIGEST)) {
                a.put("accessToken", digest(a.get("accessToken").asText()));
            }
            list.addObject().put("subscription", s.subscription).put("resourceGroup", s.resourceGroup)
                    .put("name", s.name).put("createdAt", s.createdAt.toString())
                    .put("modifiedAt", s.modifiedAt.toString()).set("body", body);
        }
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            try {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            } catch (UnsupportedOperationException ignored) {
                // Windows: the profile folder is already private
            }
        }
        Path temp = Files.createTempFile(folder, file.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(Http.MAPPER.writeValueAsBytes(root));
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
