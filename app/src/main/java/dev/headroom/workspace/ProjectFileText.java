// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The text of a {@code headroom.json} as written, edited key by key and printed again: what the explorer's settings
 * dialog saves. Values stay as the user wrote them ({@code ~}, {@code ${VAR}}, relative paths); resolving them is
 * {@link ProjectFileReader}'s. Keys that are not edited keep their values and their place; a key set for the first
 * time goes where {@link ProjectFileReader#KEYS} lists it, and a key set to nothing is removed.
 *
 * <p>{@link #render()} prints one key per line, two spaces in, arrays of strings on one line while they are short,
 * objects one member per line: the same settings always print the same text, so a saved file diffs cleanly.
 * Immutable.
 */
public final class ProjectFileText {
    /** Beyond this an array is printed one item per line. */
    private static final int INLINE_ARRAY_LIMIT = 80;

    private final ObjectNode root;

    private ProjectFileText(ObjectNode root) {
        this.root = root;
    }

    /**
     * Reads {@code text}, the content of {@code file}.
     *
     * @throws InputException naming the file and line when the text is not one JSON object
     */
    public static ProjectFileText parse(Path file, String text) throws InputException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw Json.syntaxError(file, e);
        }
        if (node == null || !node.isObject()) {
            throw new InputException(InputProblem.of(file,
                    "a project file must be a JSON object such as {\"inputs\": [\"src\"]}"));
        }
        return new ProjectFileText(((ObjectNode) node).deepCopy());
    }

    /** The strings of array {@code key} as written; empty when the key is absent or holds something else. */
    public List<String> strings(String key) {
        JsonNode node = root.get(key);
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> out.add(item.isTextual() ? item.textValue() : item.toString()));
        }
        return out;
    }

    /** String {@code key} as written, or {@code null} when absent or not a string. */
    public String text(String key) {
        JsonNode node = root.get(key);
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** The {@code defines} object, name to replacement text, in file order; empty when absent. */
    public Map<String, String> defines() {
        JsonNode node = root.get("defines");
        Map<String, String> out = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    /** This text with array {@code key} holding {@code values}; no values removes the key. */
    public ProjectFileText withStrings(String key, List<String> values) {
        if (values.equals(strings(key)) && (root.has(key) || values.isEmpty())) {
            return this;
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return with(key, values.isEmpty() ? null : array);
    }

    /** This text with string {@code key} set to {@code value}; {@code null} or empty removes the key. */
    public ProjectFileText withText(String key, String value) {
        String now = value == null || value.isEmpty() ? null : value;
        if (Objects.equals(now, text(key)) && (now != null || !root.has(key))) {
            return this;
        }
        return with(key, now == null ? null : TextNode.valueOf(now));
    }

    /** This text with {@code defines} holding {@code defines}, in their order; none removes the key. */
    public ProjectFileText withDefines(Map<String, String> defines) {
        if (new ArrayList<>(defines.entrySet()).equals(new ArrayList<>(defines().entrySet()))
                && (root.has("defines") || defines.isEmpty())) {
            return this;
        }
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        defines.forEach(object::put);
        return with("defines", defines.isEmpty() ? null : object);
    }

    private ProjectFileText with(String key, JsonNode value) {
        ObjectNode next = JsonNodeFactory.instance.objectNode();
        boolean placed = root.has(key);
        int rank = rank(key);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!placed && value != null && rank(e.getKey()) > rank) {
                next.set(key, value);
                placed = true;
            }
            if (e.getKey().equals(key)) {
                if (value != null) {
                    next.set(key, value);
                }
            } else {
                next.set(e.getKey(), e.getValue().deepCopy());
            }
        }
        if (!placed && value != null) {
            next.set(key, value);
        }
        return new ProjectFileText(next);
    }

    /** Where {@code key} comes in the documented order; unknown keys come last. */
    private static int rank(String key) {
        int i = ProjectFileReader.KEYS.indexOf(key);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** The text to write: pretty, stable, ending in a newline. */
    public String render() {
        StringBuilder out = new StringBuilder();
        print(root, 0, out);
        return out.append('\n').toString();
    }

    private static void print(JsonNode node, int depth, StringBuilder out) {
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                indent(depth + 1, out);
                out.append(scalar(TextNode.valueOf(e.getKey()))).append(": ");
                print(e.getValue(), depth + 1, out);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append('}');
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            boolean flat = true;
            for (JsonNode item : node) {
                flat &= item.isValueNode();
                items.add(flat ? scalar(item) : "");
            }
            String inline = "[" + String.join(", ", items) + "]";
            if (flat && inline.length() + 2 * depth <= INLINE_ARRAY_LIMIT) {
                out.append(inline);
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                indent(depth + 1, out);
                print(node.get(i), depth + 1, out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            indent(depth, out);
            out.append(']');
        } else {
            out.append(scalar(node));
        }
    }

    private static String scalar(JsonNode node) {
        try {
            return Json.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON value that was read cannot be written: " + node, e);
        }
    }

    private static void indent(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
    }
}
