package dev.hubonboard.hub;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Docker's timestamps ("2021-10-28T18:30:19.520861Z", sometimes without a zone, sometimes empty). A timestamp we
 * cannot read becomes null rather than failing the whole listing: none of them decides anything important.
 */
final class LenientInstant extends StdScalarDeserializer<Instant> {
    LenientInstant() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return Instant.ofEpochSecond(p.getLongValue());
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            p.skipChildren();
            return null;
        }
        return parse(p.getText());
    }

    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(t + "Z"); // no zone given: Docker means UTC
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
