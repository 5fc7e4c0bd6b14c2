// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.bridge.FileMounts;
import dev.headroom.model.UnitKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads a clang JSON compilation database ({@code compile_commands.json}): an array of
 * {@code {"directory", "file", "command" | "arguments", "output"?}} entries, one per compiled file.
 *
 * <p>Each entry becomes a {@link UnitKind#COMPILE_COMMAND} unit with the options of its own command. As the
 * format specifies, {@code arguments} wins over {@code command} when both are present, {@code file} is relative to
 * {@code directory}, and a relative {@code directory} (which the format does not allow, but generators emit) is taken
 * relative to the database's folder.
 */
public final class CompileCommandsReader {

    private static final String ENTRY_SHAPE =
            "each entry needs \"directory\", \"file\" and \"command\" or \"arguments\"";
    private static final String REGENERATE = "regenerate the database (cmake -DCMAKE_EXPORT_COMPILE_COMMANDS=ON, "
            + "bear, or meson) or fix it by hand";

    /**
     * The units of a database together with the entries that had to be skipped.
     *
     * @param units    one unit per usable entry, in file order
     * @param problems one problem per skipped entry
     */
    public record Result(List<UnitSpec> units, List<InputProblem> problems) {
        public Result {
            units = List.copyOf(units);
            problems = List.copyOf(problems);
        }
    }

    private CompileCommandsReader() {
    }

    /**
     * Reads every entry and fails on the first one that cannot be used.
     *
     * @throws InputException if the file cannot be read, is not valid JSON, is not an array, or has a bad entry
     */
    public static List<UnitSpec> read(Path compileCommandsJson) throws InputException {
        Result result = readSkippingBadEntries(compileCommandsJson);
        if (!result.problems().isEmpty()) {
            throw new InputException(result.problems().get(0));
        }
        return result.units();
    }

    /**
     * Reads every usable entry and reports the others, so that one broken entry does not hide the rest.
     *
     * @throws InputException if the file as a whole is unusable: unreadable, not valid JSON, or not an array
     */
    public static Result readSkippingBadEntries(Path compileCommandsJson) throws InputException {
        Path file = compileCommandsJson.toAbsolutePath().normalize();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(FileMounts.path(file));
        } catch (IOException e) {
            throw new InputException(InputProblem.of(file, "cannot read compilation database (" + e + ")"), e);
        }
        try (JsonParser parser = Json.MAPPER.createParser(bytes)) {
            return new Entries(file).readArray(parser);
        } catch (JsonProcessingException e) {
            throw Json.syntaxError(file, e);
        } catch (IOException e) {
            throw new InputException(InputProblem.of(file, "cannot read compilation database (" + e + ")"), e);
        }
    }

    /** State for reading one database. */
    private static final class Entries {
        private final Path file;
        private final Path folder;
        private final List<UnitSpec> units = new ArrayList<>();
        private final List<InputProblem> problems = new ArrayList<>();

        Entries(Path file) {
            this.file = file;
            this.folder = Objects.requireNonNullElse(file.getParent(), file);
        }

        Result readArray(JsonParser parser) throws IOException, InputException {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw new InputException(file, Json.line(parser),
                        "a compilation database must be a JSON array of entries; " + ENTRY_SHAPE);
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                int line = Json.line(parser);
                entry(Json.readValue(parser), line);
            }
            if (parser.nextToken() != null) {
                throw new InputException(file, Json.line(parser),
                        "unexpected content after the closing ]; a database holds exactly one array");
            }
            return new Result(units, problems);
        }

        private void entry(JsonNode entry, int line) {
            if (!entry.isObject()) {
                skip(line, "entry is " + Json.describe(entry) + ", not an object; " + ENTRY_SHAPE);
                return;
            }
            String directory = text(entry, "directory");
            String source = text(entry, "file");
            if (directory == null || source == null) {
                String missing = directory == null && source == null ? "\"directory\" and \"file\""
                        : directory == null ? "\"directory\"" : "\"file\"";
                skip(line, "entry has no string " + missing + "; " + ENTRY_SHAPE + "; " + REGENERATE);
                return;
            }
            List<String> arguments;
            try {
                arguments = arguments(entry);
            } catch (IllegalArgumentException e) {
                skip(line, e.getMessage() + "; " + REGENERATE);
                return;
            }
            Path workingDir;
            Path mainFile;
            try {
                workingDir = folder.resolve(directory).normalize();
                mainFile = workingDir.resolve(source).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                skip(line, "\"directory\" or \"file\" is not a usable path (" + CompileOptionChecks.printable(e.getReason())
                        + " in \"" + CompileOptionChecks.printable(e.getInput()) + "\"); " + REGENERATE);
                return;
            }
            arguments = withResponseFiles(arguments, workingDir, line, mainFile);
            CompileOptions options = CompilerFlags.parse(arguments, workingDir).options();
            for (String p : CompileOptionChecks.problems(options)) {
                problems.add(new InputProblem(file, line, "entry for " + nameOf(mainFile) + ": " + p));
            }

            units.add(new UnitSpec(nameOf(mainFile), UnitKind.COMPILE_COMMAND, mainFile, List.of(), options, file));
        }

        /**
         * {@code @file} arguments replaced by the file's words, as compilers do; a response file that cannot be read
         * is reported, since the flags it held (include folders, macros) are then missing from the unit.
         */
        private List<String> withResponseFiles(List<String> arguments, Path workingDir, int line, Path mainFile) {
            List<String> out = new ArrayList<>();
            for (String a : arguments) {
                if (!a.startsWith("@") || a.length() == 1) {
                    out.add(a);
                    continue;
                }
                Path rsp;
                try {
                    rsp = workingDir.resolve(a.substring(1)).normalize();
                } catch (java.nio.file.InvalidPathException e) {
                    problems.add(new InputProblem(file, line, "entry for " + nameOf(mainFile) + ": response file "
                            + CompileOptionChecks.printable(a) + " is not a usable path; its flags are missing"));
                    continue;
                }
                try {
                    if (!Files.isRegularFile(FileMounts.path(rsp)) || Files.size(FileMounts.path(rsp)) > 1 << 20) {
                        throw new IOException(Files.exists(FileMounts.path(rsp)) ? "not a plain file under 1 MB" : "no such file");
                    }
                    out.addAll(CompilerFlags.splitCommand(Files.readString(FileMounts.path(rsp))));
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(new InputProblem(file, line, "entry for " + nameOf(mainFile) + ": response file "
                            + rsp + " cannot be read (" + e.getMessage() + "); the flags it holds are missing"));
                }
            }
            return out;
        }

        /** The entry's arguments, from {@code arguments} if present, else split from {@code command}. */
        private static List<String> arguments(JsonNode entry) {
            JsonNode arguments = entry.get("arguments");
            if (arguments != null) {
                if (!arguments.isArray()) {
                    throw new IllegalArgumentException(
                            "\"arguments\" is " + Json.describe(arguments) + ", expected an array of strings");
                }
                List<String> list = new ArrayList<>();
                for (JsonNode argument : arguments) {
                    if (!argument.isTextual()) {
                        throw new IllegalArgumentException("\"arguments\" holds " + Json.describe(argument)
                                + ", expected only strings");
                    }
                    list.add(argument.textValue());
                }
                return list;
            }
            JsonNode command = entry.get("command");
            if (command == null || !command.isTextual()) {
                throw new IllegalArgumentException(command == null
                        ? "entry has neither \"command\" nor \"arguments\""
                        : "\"command\" is " + Json.describe(command) + ", expected a string");
            }
            try {
                return CompilerFlags.splitCommand(command.textValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot split \"command\": " + e.getMessage(), e);
            }
        }

        private static String text(JsonNode entry, String key) {
            JsonNode value = entry.get(key);
            return value != null && value.isTextual() ? value.textValue() : null;
        }

        private String nameOf(Path mainFile) {
            return PathNames.nameRelativeTo(folder, mainFile);
        }

        private void skip(int line, String message) {
            problems.add(new InputProblem(file, line, "skipped entry: " + message));
        }
    }
}
