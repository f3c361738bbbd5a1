package dev.hubonboard.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * HS256 JSON Web Tokens signed with a key made fresh for each practice Hub, so a token from one run (or from the
 * real Hub) is never accepted by another. Clients should treat these as opaque, except for the registry token's
 * {@code access} claim, which Docker documents.
 */
final class Jwt {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String HEADER = ENCODER.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] key = new byte[32];

    Jwt() {
        new SecureRandom().nextBytes(key);
    }

    /** Signs the claims; {@code iat} is added. */
    String sign(Map<String, Object> claims) {
        Map<String, Object> all = new LinkedHashMap<>(claims);
        all.putIfAbsent("iat", Instant.now().getEpochSecond());
        try {
            String payload = ENCODER.encodeToString(Http.MAPPER.writeValueAsBytes(all));
            String unsigned = HEADER + "." + payload;
            return unsigned + "." + ENCODER.encodeToString(mac(unsigned));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot encode JWT claims", e);
        }
    }

    /**
     * The claims of a token this Hub signed for {@code audience} that has not expired; empty for anything else
     * (bad shape, bad signature, other audience, expired).
     */
    Optional<Map<String, Object>> verify(String token, String audience) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] expected = mac(parts[0] + "." + parts[1]);
            if (!MessageDigest.isEqual(expected, DECODER.decode(parts[2]))) {
                return Optional.empty();
            }
            Map<String, Object> claims = Http.MAPPER.readValue(DECODER.decode(parts[1]), new TypeReference<>() {
            });
            if (!audience.equals(claims.get("aud"))) {
                return Optional.empty();
            }
            if (!(claims.get("exp") instanceof Number exp) || exp.longValue() <= Instant.now().getEpochSecond()) {
                return Optional.empty();
            }
            return Optional.of(claims);
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** Decodes the payload without checking the signature (for tests and for reading {@code access}). */
    static Map<String, Object> payload(String token) {
        String[] parts = token.split("\\.");
        try {
            return Http.MAPPER.readValue(DECODER.decode(parts[1]), new TypeReference<>() {
            });
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a JWT", e);
        }
    }

    private byte[] mac(String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "Jwt[key redacted]";
    }
}
