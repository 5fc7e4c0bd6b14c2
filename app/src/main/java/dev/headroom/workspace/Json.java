// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The Jackson plumbing shared by the JSON readers. They stream the top level themselves, because a tree loses the
 * line numbers that make a problem report worth reading.
 */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The 1-based line of the token the parser is on. */
    static int line(JsonParser parser) {
        return line(parser.currentTokenLocation());
    }

    static int line(JsonLocation location) {
        return location == null ? 0 : Math.max(location.getLineNr(), 0);
    }

    /** Reads the value starting at the current token, mapping a JSON {@code null} to {@link NullNode}. */
    static JsonNode readValue(JsonParser parser) throws IOException {
        JsonNode node = MAPPER.readTree(parser);
        return node == null ? NullNode.getInstance() : node;
    }

    /** A syntax error as a problem on the line Jackson found it, with the fix the user needs. */
    static InputException syntaxError(Path file, JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int newline = message.indexOf('\n');
        if (newline >= 0) {
            message = message.substring(0, newline);
        }
        return new InputException(new InputProblem(file, line(e.getLocation()),
                "invalid JSON: " + message + "; fix the syntax and try again"), e);
    }

    /** A short name for the type of a JSON value, for messages like "expected a string but found a number". */
    static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
            case BINARY -> "binary data";
        };
    }
}
