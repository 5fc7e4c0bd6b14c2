// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import dev.headroom.bridge.FileMounts;
import dev.headroom.model.UnitKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Resolves the paths a user gives into {@link WorkspaceInputs}.
 *
 * <p>A folder means its {@code headroom.json} if it has one; else the {@code .jank} modules under it; else the C/C++
 * headers and sources under it (hidden folders and {@code build}, {@code target} and {@code node_modules} are
 * skipped). A file is read by its name: {@code headroom.json} is a project, {@code compile_commands.json} or any
 * other {@code .json} holding an array is a compilation database, other {@code .json} files are read as projects,
 * {@code .jank} is a module, and each C/C++ file is a unit of its own. A project's inputs follow the same rules.
 *
 * <p>A bad input never stops the others from loading: it becomes one {@link InputProblem}. Command-line options are
 * applied on top of the options of the project or compile command that declared a unit.
 */
public final class WorkspaceLoader {

    private static final Set<String> SKIPPED_FOLDERS = Set.of("build", "target", "node_modules");
    private static final int BINARY_SNIFF_BYTES = 8 * 1024;
    private static final String PROJECT_FILE_NAME = "headroom.json";
    private static final String COMPILE_COMMANDS_NAME = "compile_commands.json";

    private WorkspaceLoader() {
    }

    /** Loads {@code inputs}, expanding variables in project files from the process environment. */
    public static WorkspaceInputs load(List<Path> inputs, CompileOptions commandLineOptions) {
        return load(inputs, commandLineOptions, System.getenv());
    }

    /**
     * Loads {@code inputs}, expanding variables in project files from {@code env}.
     *
     * @param inputs             folders and files, in the order given
     * @param commandLineOptions options applied on top of every unit's own options
     * @param env                the environment for {@code ~} and {@code ${VAR}} in project files
     */
    public static WorkspaceInputs load(List<Path> inputs, CompileOptions commandLineOptions, Map<String, String> env) {
        return load(inputs, commandLineOptions, env, Map.of());
    }

    /**
     * Loads {@code inputs} as above, reading each project file named in {@code projectTexts} from the text given
     * there instead of from the disk: settings being tried before they are saved.
     *
     * @param projectTexts project files (absolute, normalized) and the content to read them as
     */
    public static WorkspaceInputs load(List<Path> inputs, CompileOptions commandLineOptions, Map<String, String> env,
            Map<Path, String> projectTexts) {
        List<Path> absolute = inputs.stream().map(path -> path.toAbsolutePath().normalize()).toList();
        return new Loading(absolute, commandLineOptions, env, Map.copyOf(projectTexts)).run();
    }

    /**
     * Who declared the inputs being loaded, and with which options.
     *
     * @param options    the options of the enclosing project, before command-line options
     * @param declaredIn the declaring project file, or {@code null} when each file declares itself
     */
    private record Scope(CompileOptions options, Path declaredIn) {
        Path declaredIn(Path file) {
            return declaredIn != null ? declaredIn : file;
        }
    }

    /** One run of the loader. */
    private static final class Loading {
        private final List<Path> inputs;
        private final CompileOptions commandLine;
        private final Map<String, String> env;
        private final Map<Path, String> projectTexts;
        private final Path root;
        private final Map<Path, UnitSpec> units = new LinkedHashMap<>();
        private final Map<Path, JankModule> modules = new LinkedHashMap<>();
        private final List<InputProblem> problems = new ArrayList<>();
        // Every file and folder already loaded, so that a path given twice (or reached twice) loads once.
        private final Set<Path> seen = new HashSet<>();
        private Path projectFile;
        private java.util.Map<String, Object> projectJit = java.util.Map.of();
        private String projectName;
        private List<Path> projectFolders = List.of();

        Loading(List<Path> inputs, CompileOptions commandLine, Map<String, String> env, Map<Path, String> projectTexts) {
            this.inputs = inputs;
            this.projectTexts = projectTexts;
            this.commandLine = Objects.requireNonNull(commandLine, "commandLineOptions");
            this.env = Objects.requireNonNull(env, "env");
            // the same preference as the workspace name: the first folder, else the first file's folder
            this.root = inputs.stream()
                    .filter(input -> Files.isDirectory(FileMounts.path(input)))
                    .findFirst()
                    .or(() -> inputs.stream().filter(input -> Files.exists(FileMounts.path(input))).findFirst()
                            .map(Path::getParent))
                    .orElse(Path.of("").toAbsolutePath());
        }

        WorkspaceInputs run() {
            if (inputs.isEmpty()) {
                problems.add(InputProblem.of(root, "no inputs given; name a folder, headroom.json, "
                        + "compile_commands.json, .jank module or C/C++ file"));
            }
            for (String p : CompileOptionChecks.problems(commandLine)) {
                problems.add(InputProblem.of(Path.of("<command line>"), p));
            }
            Scope topLevel = new Scope(CompileOptions.empty(), null);
            for (Path input : inputs) {
                if (!Files.exists(FileMounts.path(input))) {
                    problems.add(InputProblem.of(input, "does not exist; check the path"));
                } else {
                    load(input, topLevel);
                }
            }
            List<UnitSpec> sortedUnits = units.values().stream()
                    .sorted(Comparator.comparing((UnitSpec unit) -> unit.mainFile().toString())
                            .thenComparing(UnitSpec::kind))
                    .toList();
            List<JankModule> sortedModules = modules.values().stream()
                    .sorted(Comparator.comparing(module -> module.file().toString()))
                    .toList();
            return new WorkspaceInputs(name(), projectFile != null ? projectFile.getParent() : root, projectFile,
                    sortedUnits, sortedModules, problems, projectJit, projectFolders);
        }

        private String name() {
            if (projectFile != null) {
                return projectName != null ? projectName : SourceFiles.fileName(projectFile.getParent());
            }
            return inputs.stream().filter(input -> Files.isDirectory(FileMounts.path(input))).findFirst()
                    .or(() -> inputs.stream().findFirst())
                    .map(SourceFiles::fileName)
                    .filter(name -> !name.isEmpty())
                    .orElse("workspace");
        }

        private void load(Path input, Scope scope) {
            if (!seen.add(input)) {
                return;
            }
            if (Files.isDirectory(FileMounts.path(input))) {
                loadFolder(input, scope);
            } else {
                loadFile(input, scope);
            }
        }

        private void loadFolder(Path folder, Scope scope) {
            Path project = folder.resolve(PROJECT_FILE_NAME);
            if (Files.isRegularFile(FileMounts.path(project))) {
                load(project, scope);
                return;
            }
            List<Path> files = listFiles(folder);
            List<Path> jank = files.stream().filter(file -> SourceFiles.hasExtension(file, "jank")).toList();
            List<Path> chosen = jank.isEmpty() ? files.stream().filter(SourceFiles::isCFamily).toList() : jank;
            if (chosen.isEmpty()) {
                problems.add(InputProblem.of(folder, "has no " + PROJECT_FILE_NAME
                        + ", .jank modules or C/C++ files; point at a folder with sources or add a "
                        + PROJECT_FILE_NAME));
            }
            chosen.forEach(file -> load(file, scope));
        }

        /** The regular files under {@code folder}, sorted, outside hidden and build-output folders. */
        private List<Path> listFiles(Path folder) {
            List<Path> files = new ArrayList<>();
            Path walked = FileMounts.path(folder);
            try {
                Files.walkFileTree(walked, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        String name = SourceFiles.fileName(dir);
                        boolean skip = !dir.equals(walked) && (name.startsWith(".") || SKIPPED_FOLDERS.contains(name));
                        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!SourceFiles.fileName(file).startsWith(".") && Files.isRegularFile(file)) {
                            // Named as the parser names it: a mounted tree's files by their path string.
                            files.add(folder.resolve(walked.relativize(file).toString()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        problems.add(InputProblem.of(file, "cannot be read (" + e.getMessage()
                                + "); check its permissions"));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                problems.add(InputProblem.of(folder, "cannot be listed (" + e.getMessage()
                        + "); check its permissions"));
            }
            files.sort(Comparator.comparing(Path::toString));
            return files;
        }

        private void loadFile(Path file, Scope scope) {
            String name = SourceFiles.fileName(file);
            boolean json = SourceFiles.hasExtension(file, "json");
            boolean jank = SourceFiles.hasExtension(file, "jank");
            if (!json && !jank && !SourceFiles.isCFamily(name)) {
                problems.add(InputProblem.of(file, "unknown kind of input; give a folder, " + PROJECT_FILE_NAME
                        + ", " + COMPILE_COMMANDS_NAME + ", a .jank module or a C/C++ source or header"));
                return;
            }
            byte[] head = readHead(file, json || jank);
            if (head == null) {
                return;
            }
            if (json) {
                if (name.equals(COMPILE_COMMANDS_NAME) || (!name.equals(PROJECT_FILE_NAME) && startsArray(head))) {
                    loadCompileCommands(file, scope);
                } else {
                    loadProject(file, scope);
                }
            } else if (jank) {
                loadJank(file, scope);
            } else {
                loadSource(file, scope);
            }
        }

        /**
         * Whether C/C++ text is binary: a NUL among more than 10% of control bytes other than white space. A stray
         * NUL in text is the parser's to warn about, as clang does; the parser bridge applies the same rule.
         */
        private static boolean looksBinary(byte[] head) {
            int nuls = 0;
            int controls = 0;
            for (byte x : head) {
                int b = x & 0xFF;
                nuls += b == 0 ? 1 : 0;
                if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B) || b == 0x7F) {
                    controls++;
                }
            }
            return nuls > 0 && controls * 10L > head.length;
        }

        /**
         * The first bytes of {@code file}, or {@code null} with a problem recorded if it is unreadable, not a plain
         * file, or (when {@code refuseNul}) binary. C/C++ text is judged by the parser, which ignores a stray NUL as
         * clang does.
         */
        private byte[] readHead(Path file, boolean refuseNul) {
            if (!Files.isRegularFile(FileMounts.path(file))) {
                // A FIFO would block the read below forever and /dev/zero would never end.
                problems.add(InputProblem.of(file, "is not a regular file (a device, FIFO or socket); give a plain file"));
                return null;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(FileMounts.path(file))) {
                head = in.readNBytes(BINARY_SNIFF_BYTES);
            } catch (IOException e) {
                problems.add(InputProblem.of(file, "cannot be read (" + e.getMessage() + "); check its permissions"));
                return null;
            }
            if (!refuseNul) {
                if (looksBinary(head)) {
                    problems.add(InputProblem.of(file, "is a binary file (NUL byte in the first 8 KiB), not "
                            + "source text; give the source or header instead"));
                    return null;
                }
                return head;
            }
            for (byte b : head) {
                if (b == 0) {
                    problems.add(InputProblem.of(file, "is a binary file (NUL byte in the first 8 KiB), not "
                            + "source text; give the source or header instead"));
                    return null;
                }
            }
            return head;
        }

        private static boolean startsArray(byte[] head) {
            for (byte b : head) {
                if (!Character.isWhitespace(b)) {
                    return b == '[';
                }
            }
            return false;
        }

        private void loadProject(Path file, Scope scope) {
            ProjectFile project;
            try {
                String text = projectTexts.get(file);
                project = text == null ? ProjectFileReader.read(file, env)
                        : ProjectFileReader.read(file, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), env);
            } catch (InputException e) {
                problems.add(e.problem());
                return;
            }
            problems.addAll(project.warnings());
            if (projectFile == null) {
                projectFile = file;
                projectName = project.name();
                projectJit = project.jit();
                projectFolders = project.projectFolders();
            }
            Scope inner = new Scope(scope.options().overriddenBy(project.options()), file);
            for (Path input : project.inputPaths()) {
                if (!Files.exists(FileMounts.path(input))) {
                    problems.add(InputProblem.of(file, "input " + input + " does not exist; fix \"inputs\""));
                } else {
                    load(input, inner);
                }
            }
        }

        private void loadCompileCommands(Path file, Scope scope) {
            CompileCommandsReader.Result result;
            try {
                result = CompileCommandsReader.readSkippingBadEntries(file);
            } catch (InputException e) {
                problems.add(e.problem());
                return;
            }
            problems.addAll(result.problems());
            if (result.units().isEmpty() && result.problems().isEmpty()) {
                problems.add(InputProblem.of(file, "has no entries; rebuild with compile commands export on"));
            }
            for (UnitSpec unit : result.units()) {
                add(unit.withOptions(scope.options().overriddenBy(unit.options()).overriddenBy(commandLine)));
            }
        }

        private void loadJank(Path file, Scope scope) {
            JankModule module;
            try {
                module = JankNamespaceReader.read(file);
            } catch (InputException e) {
                problems.add(e.problem());
                return;
            }
            modules.putIfAbsent(file, module);
            // jank's native interop goes through clang's C++ front end, so its headers are C++ unless told otherwise
            CompileOptions options = effectiveOptions(scope, Language.CXX);
            add(new UnitSpec(module.namespace(), UnitKind.JANK_MODULE, file, module.headers(), options,
                    scope.declaredIn(file)));
        }

        private void loadSource(Path file, Scope scope) {
            UnitKind kind = SourceFiles.isHeader(file) ? UnitKind.HEADER : UnitKind.SOURCE;
            CompileOptions options = effectiveOptions(scope, SourceFiles.languageOf(file));
            add(new UnitSpec(PathNames.nameRelativeTo(root, file), kind, file, List.of(), options,
                    scope.declaredIn(file)));
        }

        /** The scope's options, then the command line's, then {@code byExtension} if neither chose a language. */
        private CompileOptions effectiveOptions(Scope scope, Language byExtension) {
            CompileOptions options = scope.options().overriddenBy(commandLine);
            return options.language() == null ? options.withLanguage(byExtension) : options;
        }

        private void add(UnitSpec unit) {
            units.putIfAbsent(unit.mainFile(), unit);
        }
    }
}
