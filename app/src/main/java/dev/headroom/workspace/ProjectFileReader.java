// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.bridge.FileMounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a {@code headroom.json} project file (format: {@code docs/project-file.md}).
 *
 * <p>Unknown keys are errors, because a misspelt {@code "includeDir"} silently ignored would cost a user an
 * afternoon. Things that only make the result less complete, like an include dir that does not exist or an unset
 * environment variable, become {@link ProjectFile#warnings()} instead.
 */
public final class ProjectFileReader {

    /** The keys a project file may have, in the order the documentation lists them. */
    public static final List<String> KEYS = List.of("name", "inputs", "includeDirs", "quoteDirs",
            "systemIncludeDirs", "projectFolders", "defines", "undefines", "std", "flags", "jit");

    private static final TypeReference<Map<String, Object>> RAW_MAP = new TypeReference<>() {
    };

    private ProjectFileReader() {
    }

    /**
     * Reads {@code file}, expanding variables from the process environment.
     *
     * @throws InputException if the file cannot be read, is not valid JSON, has an unknown key or a value of the
     *                        wrong type, or has no {@code inputs}
     */
    public static ProjectFile read(Path file) throws InputException {
        return read(file, System.getenv());
    }

    /**
     * Reads {@code file}, expanding {@code ~} and {@code ${VAR}} from {@code env}.
     *
     * @throws InputException as {@link #read(Path)}
     */
    public static ProjectFile read(Path file, Map<String, String> env) throws InputException {
        Path absolute = file.toAbsolutePath().normalize();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(FileMounts.path(absolute));
        } catch (IOException e) {
            throw new InputException(InputProblem.of(absolute, "cannot read project file (" + e + ")"), e);
        }
        return read(absolute, bytes, env);
    }

    /**
     * Reads {@code bytes} as if they were the content of {@code file}: relative paths are resolved against the
     * file's folder and problems name the file. The explorer tries edited settings this way before they are saved.
     *
     * @throws InputException as {@link #read(Path)}
     */
    public static ProjectFile read(Path file, byte[] bytes, Map<String, String> env) throws InputException {
        Path absolute = file.toAbsolutePath().normalize();
        Map<String, Entry> entries = readEntries(absolute, bytes);
        return new Resolution(absolute, entries, env).resolve();
    }

    /**
     * Where path entry {@code raw} of {@code file} (an include dir, a project folder) points: {@code ~} and
     * {@code ${VAR}} expanded from {@code env}, then resolved against the file's folder, as loading it would.
     *
     * @throws IllegalArgumentException naming the variable when one is unset and has no fallback
     */
    public static Path resolveEntry(Path file, String raw, Map<String, String> env) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder.resolve(EnvExpander.expand(raw, env)).normalize();
    }

    /** A top-level value and the line of its key. */
    private record Entry(String key, JsonNode value, int line) {
    }

    private static Map<String, Entry> readEntries(Path file, byte[] bytes) throws InputException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (JsonParser parser = Json.MAPPER.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(file, Json.line(parser),
                        "a project file must be a JSON object such as {\"inputs\": [\"src\"]}");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int line = Json.line(parser);
                if (!KEYS.contains(key)) {
                    throw new InputException(file, line, "unknown key \"" + key + "\"; allowed keys are "
                            + String.join(", ", KEYS));
                }
                if (entries.containsKey(key)) {
                    throw new InputException(file, line, "key \"" + key + "\" appears twice (first on line "
                            + entries.get(key).line() + "); keep one");
                }
                parser.nextToken();
                entries.put(key, new Entry(key, Json.readValue(parser), line));
            }
            if (parser.nextToken() != null) {
                throw new InputException(file, Json.line(parser),
                        "unexpected content after the closing }; a project file holds exactly one object");
            }
        } catch (JsonProcessingException e) {
            throw Json.syntaxError(file, e);
        } catch (IOException e) {
            throw new InputException(InputProblem.of(file, "cannot read project file (" + e + ")"), e);
        }
        return entries;
    }

    /** Turns the raw entries of one file into a {@link ProjectFile}. */
    private static final class Resolution {
        private final Path file;
        private final Path folder;
        private final Map<String, Entry> entries;
        private final Map<String, String> env;
        private final List<InputProblem> warnings = new ArrayList<>();

        Resolution(Path file, Map<String, Entry> entries, Map<String, String> env) {
            this.file = file;
            this.folder = file.getParent();
            this.entries = entries;
            this.env = env;
        }

        ProjectFile resolve() throws InputException {
            Entry inputs = entries.get("inputs");
            if (inputs == null) {
                throw new InputException(InputProblem.of(file,
                        "no \"inputs\"; list what to analyse, e.g. \"inputs\": [\"src\"]"));
            }
            List<String> inputPaths = new ArrayList<>();
            paths(inputs, path -> inputPaths.add(path.toString()));
            if (inputPaths.isEmpty() && warnings.isEmpty()) {
                throw new InputException(file, inputs.line(), "\"inputs\" is empty; list at least one folder or file");
            }
            String std = text("std");
            String badStd = CompileOptionChecks.badStd(std);
            if (badStd != null) {
                throw new InputException(file, entries.get("std").line(), "\"std\": " + badStd);
            }
            CompileOptions options = new CompileOptions(dirs("includeDirs"), dirs("quoteDirs"),
                    dirs("systemIncludeDirs"), macros(), std, null, List.of());
            options = options.overriddenBy(flags());
            return new ProjectFile(file, text("name"), inputPaths, options, jit(), warnings, dirs("projectFolders"));
        }

        private List<Path> dirs(String key) throws InputException {
            Entry entry = entries.get(key);
            List<Path> dirs = new ArrayList<>();
            if (entry != null) {
                paths(entry, dir -> {
                    if (!Files.isDirectory(FileMounts.path(dir))) {
                        warnings.add(new InputProblem(file, entry.line(), key + " entry " + dir
                                + " is not an existing folder; fix the path or remove it"));
                    }
                    dirs.add(dir);
                });
            }
            return dirs;
        }

        /** Expands and resolves each string of an array entry; entries with unset variables are warned and left out. */
        private void paths(Entry entry, Consumer<Path> sink) throws InputException {
            for (String raw : strings(entry)) {
                String expanded = expandOrWarn(entry, raw);
                if (expanded != null) {
                    sink.accept(folder.resolve(expanded).normalize());
                }
            }
        }

        private String expandOrWarn(Entry entry, String raw) {
            try {
                return EnvExpander.expand(raw, env);
            } catch (IllegalArgumentException e) {
                warnings.add(new InputProblem(file, entry.line(), entry.key() + " entry \"" + raw
                        + "\" skipped: " + e.getMessage() + "; set it or write ${VAR:-fallback}"));
                return null;
            }
        }

        private List<MacroOption> macros() throws InputException {
            List<MacroOption> macros = new ArrayList<>();
            Entry defines = entries.get("defines");
            if (defines != null) {
                if (!defines.value().isObject()) {
                    throw wrongType(defines, "an object such as {\"NDEBUG\": \"\", \"VERSION\": \"2\"}");
                }
                for (Map.Entry<String, JsonNode> define : defines.value().properties()) {
                    JsonNode value = define.getValue();
                    if (!value.isValueNode() || value.isNull()) {
                        throw new InputException(file, defines.line(), "defines value for \"" + define.getKey()
                                + "\" is " + Json.describe(value) + "; write a string, \"\" for an empty macro");
                    }
                    String bad = CompileOptionChecks.badMacroName(define.getKey());
                    if (bad != null) {
                        throw new InputException(file, defines.line(), "defines: " + bad);
                    }
                    macros.add(MacroOption.define(define.getKey(), value.asText()));
                }
            }
            Entry undefines = entries.get("undefines");
            if (undefines != null) {
                for (String name : strings(undefines)) {
                    String bad = CompileOptionChecks.badMacroName(name);
                    if (bad != null) {
                        throw new InputException(file, undefines.line(), "undefines: " + bad);
                    }
                    macros.add(MacroOption.undefine(name));
                }
            }
            return macros;
        }

        private CompileOptions flags() throws InputException {
            Entry flags = entries.get("flags");
            if (flags == null) {
                return CompileOptions.empty();
            }
            List<String> args = new ArrayList<>();
            for (String raw : strings(flags)) {
                String expanded = expandOrWarn(flags, raw);
                if (expanded != null) {
                    args.add(expanded);
                }
            }
            CompilerFlags.ParsedCommand parsed = CompilerFlags.parse(args, folder);
            List<String> needValue = List.of("-I", "-isystem", "-iquote", "-idirafter", "-include", "-D", "-U", "-x");
            if (!args.isEmpty() && needValue.contains(args.get(args.size() - 1))) {
                String last = args.get(args.size() - 1);
                warnings.add(new InputProblem(file, flags.line(), "\"flags\" ends with " + last + ", which needs a"
                        + " value after it (" + last + (last.startsWith("-i") || last.equals("-I") ? " DIR" : " VALUE")
                        + "); it is ignored"));
                parsed = CompilerFlags.parse(args.subList(0, args.size() - 1), folder);
            }
            if (!parsed.sources().isEmpty() || !parsed.ignored().isEmpty()) {
                List<String> dropped = new ArrayList<>(parsed.ignored());
                parsed.sources().forEach(source -> dropped.add(source.toString()));
                warnings.add(new InputProblem(file, flags.line(), "flags ignored because they do not affect "
                        + "parsing: " + String.join(" ", dropped) + "; list sources under \"inputs\""));
            }
            return parsed.options();
        }

        private Map<String, Object> jit() throws InputException {
            Entry jit = entries.get("jit");
            if (jit == null) {
                return Map.of();
            }
            if (!jit.value().isObject()) {
                throw wrongType(jit, "an object");
            }
            return frozenMap(Json.MAPPER.convertValue(jit.value(), RAW_MAP));
        }

        private String text(String key) throws InputException {
            Entry entry = entries.get(key);
            if (entry == null) {
                return null;
            }
            if (!entry.value().isTextual()) {
                throw wrongType(entry, "a string");
            }
            return entry.value().textValue();
        }

        private List<String> strings(Entry entry) throws InputException {
            if (!entry.value().isArray()) {
                throw wrongType(entry, "an array of strings");
            }
            List<String> strings = new ArrayList<>();
            for (JsonNode item : entry.value()) {
                if (!item.isTextual()) {
                    throw new InputException(file, entry.line(), "\"" + entry.key() + "\" holds "
                            + Json.describe(item) + "; it must be an array of strings");
                }
                strings.add(item.textValue());
            }
            return strings;
        }

        private InputException wrongType(Entry entry, String expected) {
            return new InputException(file, entry.line(), "\"" + entry.key() + "\" is "
                    + Json.describe(entry.value()) + "; it must be " + expected);
        }
    }

    /** Deep, unmodifiable copy that, unlike {@link Map#copyOf}, keeps JSON nulls. */
    private static Map<String, Object> frozenMap(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key, frozen(value)));
        return Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object frozen(Object value) {
        if (value instanceof Map<?, ?> map) {
            return frozenMap((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(frozen(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
