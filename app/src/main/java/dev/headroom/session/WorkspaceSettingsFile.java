// SPDX-License-Identifier: Apache-2.0
package dev.headroom.session;

import dev.headroom.files.AtomicFiles;
import dev.headroom.model.Problem;
import dev.headroom.session.WorkspaceSettings.Field;
import dev.headroom.workspace.CompileOptionChecks;
import dev.headroom.workspace.InputException;
import dev.headroom.workspace.ProjectFileReader;
import dev.headroom.workspace.ProjectFileText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One workspace's {@code headroom.json} as the settings dialog reads, checks and writes it. Every method does I/O:
 * call them off the FX thread.
 *
 * <p>The text to try and the text to save are made the same way, from the file as it is on the disk when asked (so
 * an edit made elsewhere to a key the dialog does not show is kept), and both are read back with
 * {@link ProjectFileReader} before they are handed on: what the explorer tries is exactly what the command line
 * reads once it is saved. Writing this file is the one write into an analysed tree (decision 0023).
 */
public final class WorkspaceSettingsFile {
    private final Path file;
    private final Map<String, String> env;

    /** The settings of {@code projectFile}, expanding variables from the process environment. */
    public WorkspaceSettingsFile(Path projectFile) {
        this(projectFile, System.getenv());
    }

    WorkspaceSettingsFile(Path projectFile, Map<String, String> env) {
        this.file = projectFile.toAbsolutePath().normalize();
        this.env = Objects.requireNonNull(env, "env");
    }

    /** The project file. */
    public Path file() {
        return file;
    }

    /**
     * The settings as saved.
     *
     * @throws SessionException naming the file when it cannot be read or is not a JSON object
     */
    public WorkspaceSettings read() throws SessionException {
        ProjectFileText text = parse(readText());
        return new WorkspaceSettings(text.strings(Field.INCLUDE_DIRS.key()), text.strings(Field.SYSTEM_INCLUDE_DIRS.key()),
                text.defines(), text.text(Field.STD.key()), text.strings(Field.PROJECT_FOLDERS.key()));
    }

    /**
     * Checks the fields as typed ({@code field} to its lines; a field not given is empty): every folder must exist,
     * every define be {@code NAME} or {@code NAME=VALUE} with a macro's name and given once, the standard one clang
     * knows. A leading {@code -D} or {@code -std=}, as pasted from a command line, is allowed.
     */
    public SettingsCheck check(Map<Field, String> typed) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        List<String> includeDirs = folders(Field.INCLUDE_DIRS, typed, problems);
        List<String> systemDirs = folders(Field.SYSTEM_INCLUDE_DIRS, typed, problems);
        List<String> projectFolders = folders(Field.PROJECT_FOLDERS, typed, problems);
        Map<String, String> defines = defines(typed.getOrDefault(Field.DEFINES, ""), problems);
        String std = typed.getOrDefault(Field.STD, "").strip();
        if (std.startsWith("-std=")) {
            std = std.substring("-std=".length());
        }
        String badStd = CompileOptionChecks.badStd(std.isEmpty() ? null : std);
        if (badStd != null) {
            problems.put(Field.STD, badStd + " (or leave it empty for the compiler's default)");
        }
        if (!problems.isEmpty()) {
            return new SettingsCheck(problems, Optional.empty());
        }
        return new SettingsCheck(Map.of(), Optional.of(new WorkspaceSettings(includeDirs, systemDirs, defines,
                std.isEmpty() ? null : std, projectFolders)));
    }

    /**
     * The file's text as it is on the disk with {@code settings} put in, read back as the command line would.
     *
     * @throws SessionException naming the file when it cannot be read, or the result would not load
     */
    public String text(WorkspaceSettings settings) throws SessionException {
        String text = parse(readText())
                .withStrings(Field.INCLUDE_DIRS.key(), settings.includeDirs())
                .withStrings(Field.SYSTEM_INCLUDE_DIRS.key(), settings.systemIncludeDirs())
                .withDefines(settings.defines())
                .withText(Field.STD.key(), settings.std())
                .withStrings(Field.PROJECT_FOLDERS.key(), settings.projectFolders())
                .render();
        try {
            ProjectFileReader.read(file, text.getBytes(StandardCharsets.UTF_8), env);
        } catch (InputException e) {
            throw problem(e.problem().message(), e);
        }
        return text;
    }

    /**
     * Writes {@code settings} into the file atomically, keeping what else it holds.
     *
     * @return the text written
     * @throws SessionException naming the file when it cannot be read or written
     */
    public String save(WorkspaceSettings settings) throws SessionException {
        String text = text(settings);
        try {
            AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw problem(e.getMessage(), e);
        }
        return text;
    }

    private List<String> folders(Field field, Map<Field, String> typed, Map<Field, String> problems) {
        List<String> entries = new ArrayList<>();
        String[] lines = typed.getOrDefault(field, "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i].strip();
            if (raw.isEmpty()) {
                continue;
            }
            String problem = folderProblem(raw);
            if (problem != null) {
                problems.putIfAbsent(field, "line " + (i + 1) + ": " + problem);
            }
            entries.add(raw);
        }
        return entries;
    }

    private String folderProblem(String raw) {
        Path dir;
        try {
            dir = ProjectFileReader.resolveEntry(file, raw, env);
        } catch (java.nio.file.InvalidPathException e) {
            return raw + " is not a path";
        } catch (IllegalArgumentException e) {
            return e.getMessage() + "; set it or write ${VAR:-fallback}";
        }
        if (!Files.isDirectory(dir)) {
            return (dir.toString().equals(raw) ? raw : raw + " (" + dir + ")") + " is not an existing folder";
        }
        return null;
    }

    private static Map<String, String> defines(String typed, Map<Field, String> problems) {
        Map<String, String> defines = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        String[] lines = typed.split("\n", -1);
        for (int i = 0; i < lines.length && !problems.containsKey(Field.DEFINES); i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String body = line.startsWith("-D") ? line.substring(2).strip() : line;
            int eq = body.indexOf('=');
            String name = (eq < 0 ? body : body.substring(0, eq)).strip();
            String value = eq < 0 ? "1" : body.substring(eq + 1);
            String bad = CompileOptionChecks.badMacroName(name);
            String at = "line " + (i + 1) + ": ";
            if (bad != null) {
                problems.put(Field.DEFINES, at + bad + "; write NAME, NAME=VALUE or NAME= for an empty macro");
            } else if (lineOf.containsKey(name)) {
                problems.put(Field.DEFINES, at + name + " is defined on line " + lineOf.get(name)
                        + " already; keep one");
            } else {
                lineOf.put(name, i + 1);
                defines.put(name, value);
            }
        }
        return defines;
    }

    private String readText() throws SessionException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw problem("cannot read the project file (" + e.getMessage() + ")", e);
        }
    }

    private ProjectFileText parse(String text) throws SessionException {
        try {
            return ProjectFileText.parse(file, text);
        } catch (InputException e) {
            throw problem(e.problem().message(), e);
        }
    }

    private SessionException problem(String message, Exception cause) {
        return new SessionException(new Problem(file.toString(), 0, message, Problem.Source.INPUT), cause);
    }
}
