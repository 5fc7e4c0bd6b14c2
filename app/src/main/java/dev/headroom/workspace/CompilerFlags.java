// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a gcc/clang command line into {@link CompileOptions}, keeping only what changes how headers are found and
 * preprocessed.
 *
 * <p>Both spellings compilers accept are understood: the value glued to the flag ({@code -Iinclude}) and the value
 * as the next argument ({@code -I include}). Everything that does not change parsing (optimisation, warnings, code
 * generation, dependency files, output) is skipped and reported in {@link ParsedCommand#ignored()}, so a caller can
 * show what was dropped.
 */
public final class CompilerFlags {

    /**
     * A command line split into what matters for parsing.
     *
     * @param options the options the command sets
     * @param sources the C/C++ files the command compiles, resolved against the working folder
     * @param ignored every argument that was skipped (flags and their values), in command order
     */
    public record ParsedCommand(CompileOptions options, List<Path> sources, List<String> ignored) {
        public ParsedCommand {
            Objects.requireNonNull(options, "options");
            sources = List.copyOf(sources);
            ignored = List.copyOf(ignored);
        }
    }

    // Flags that do not matter to us but swallow the next argument; without this the value could pass for a source.
    private static final Set<String> IGNORED_WITH_VALUE = Set.of(
            "-o", "-MF", "-MT", "-MQ", "-arch", "-target", "-Xclang", "-Xpreprocessor", "-Xlinker", "-Xassembler",
            "-isysroot", "--sysroot", "-imacros", "-include-pch", "-iprefix", "-iwithprefix", "-iwithprefixbefore",
            "-iframework", "-framework", "-F", "-L", "-l", "-T", "-u", "-z", "-ivfsoverlay", "-resource-dir");

    private CompilerFlags() {
    }

    /**
     * Parses one compiler invocation.
     *
     * @param args       the arguments, optionally starting with the compiler executable
     * @param workingDir the folder the command runs in; relative directories and files resolve against it
     */
    public static ParsedCommand parse(List<String> args, Path workingDir) {
        return new Parse(args, workingDir.toAbsolutePath().normalize()).run();
    }

    /**
     * Splits a shell command string into arguments the way a POSIX shell would, as the {@code command} field of
     * {@code compile_commands.json} requires: whitespace separates words; single quotes keep everything literally;
     * double quotes keep everything except that a backslash escapes {@code " \ $ `} and newline; outside quotes a
     * backslash makes the next character literal and a backslash-newline joins lines.
     *
     * @throws IllegalArgumentException if a quote is not closed or the command ends in a lone backslash
     */
    public static List<String> splitCommand(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        // Tracks whether a word started, so that '' yields an empty argument rather than nothing.
        boolean inWord = false;
        int i = 0;
        while (i < command.length()) {
            char c = command.charAt(i);
            if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("single quote at column " + (i + 1) + " is never closed");
                }
                word.append(command, i + 1, end);
                inWord = true;
                i = end + 1;
            } else if (c == '"') {
                i = readDoubleQuoted(command, i, word);
                inWord = true;
            } else if (c == '\\') {
                if (i + 1 >= command.length()) {
                    throw new IllegalArgumentException("command ends in a lone backslash");
                }
                char next = command.charAt(i + 1);
                if (next != '\n') {
                    word.append(next);
                    inWord = true;
                }
                i += 2;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                i++;
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return List.copyOf(words);
    }

    /** Appends the body of the double-quoted string opening at {@code open}; returns the index after its end. */
    private static int readDoubleQuoted(String command, int open, StringBuilder word) {
        int i = open + 1;
        while (i < command.length()) {
            char c = command.charAt(i);
            if (c == '"') {
                return i + 1;
            }
            if (c == '\\' && i + 1 < command.length() && "\"\\$`\n".indexOf(command.charAt(i + 1)) >= 0) {
                if (command.charAt(i + 1) != '\n') {
                    word.append(command.charAt(i + 1));
                }
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        throw new IllegalArgumentException("double quote at column " + (open + 1) + " is never closed");
    }

    /** One pass over one command line; holds the lists being built. */
    private static final class Parse {
        private final List<String> args;
        private final Path workingDir;
        private final List<Path> includeDirs = new ArrayList<>();
        private final List<Path> quoteDirs = new ArrayList<>();
        private final List<Path> systemDirs = new ArrayList<>();
        private final List<MacroOption> macros = new ArrayList<>();
        private final List<Path> forcedIncludes = new ArrayList<>();
        private final List<Path> sources = new ArrayList<>();
        private final List<String> ignored = new ArrayList<>();
        private String std;
        private Language language;
        private int next;

        Parse(List<String> args, Path workingDir) {
            this.args = List.copyOf(args);
            this.workingDir = workingDir;
        }

        ParsedCommand run() {
            if (!args.isEmpty() && !args.get(0).startsWith("-") && !SourceFiles.isCFamily(args.get(0))) {
                next = 1; // the compiler executable
            }
            while (next < args.size()) {
                String arg = args.get(next++);
                if (!arg.startsWith("-") || arg.equals("-")) {
                    operand(arg);
                } else if (!(pathOption(arg, "-isystem", systemDirs)
                        || pathOption(arg, "-idirafter", systemDirs)
                        || pathOption(arg, "-iquote", quoteDirs)
                        || pathOption(arg, "-include", forcedIncludes)
                        || pathOption(arg, "-I", includeDirs))) {
                    otherFlag(arg);
                }
            }
            CompileOptions options = new CompileOptions(includeDirs, quoteDirs, systemDirs, macros, std, language,
                    forcedIncludes);
            return new ParsedCommand(options, sources, ignored);
        }

        private void operand(String arg) {
            if (SourceFiles.isCFamily(arg)) {
                sources.add(resolve(arg));
            } else {
                ignored.add(arg); // object files, libraries, values of flags we do not know
            }
        }

        /**
         * Handles {@code flagDIR} and {@code flag DIR}. The longer flags are tried before {@code -I} so that
         * {@code -isystem} is never read as {@code -I} with value {@code system}; {@code -include-pch} is left to
         * the ignore list.
         */
        private boolean pathOption(String arg, String flag, List<Path> into) {
            if (!arg.startsWith(flag) || arg.startsWith("-include-")) {
                return false;
            }
            String value = arg.length() > flag.length() ? arg.substring(flag.length()) : takeValue(arg);
            if (value != null) {
                into.add(resolve(value));
            }
            return true;
        }

        private void otherFlag(String arg) {
            if (arg.startsWith("-D")) {
                String text = arg.length() > 2 ? arg.substring(2) : takeValue(arg);
                if (text != null) {
                    defineOrIgnore(arg, text);
                }
            } else if (arg.startsWith("-U")) {
                String name = arg.length() > 2 ? arg.substring(2) : takeValue(arg);
                if (name != null) {
                    macros.add(MacroOption.undefine(name));
                }
            } else if (arg.startsWith("-std=") || arg.startsWith("--std=")) {
                String value = arg.substring(arg.indexOf('=') + 1);
                std = value.isEmpty() ? null : value;
            } else if (arg.startsWith("-x")) {
                boolean glued = arg.length() > 2;
                String value = glued ? arg.substring(2) : takeValue(arg);
                if (value != null && !setLanguage(value)) {
                    ignored.add(arg);
                    if (!glued) {
                        ignored.add(value);
                    }
                }
            } else if (IGNORED_WITH_VALUE.contains(arg)) {
                ignored.add(arg);
                if (next < args.size()) {
                    ignored.add(args.get(next++));
                }
            } else {
                // -c, -M*, -W*, -O*, -f*, -g*, -m*, --target=..., and anything else we do not know
                ignored.add(arg);
            }
        }

        private void defineOrIgnore(String arg, String text) {
            if (text.isEmpty() || text.startsWith("=")) {
                ignored.add(arg); // "-D=1" names no macro; a compiler would reject it too
            } else {
                macros.add(MacroOption.parseDefine(text));
            }
        }

        /** Applies {@code -x value}; false for languages we do not parse (assembler, Objective-C, ...). */
        private boolean setLanguage(String value) {
            switch (value) {
                case "c", "c-header" -> language = Language.C;
                case "c++", "c++-header" -> language = Language.CXX;
                case "none" -> language = null;
                default -> {
                    return false;
                }
            }
            return true;
        }

        /** The separate value of {@code flag}, or {@code null} (and the flag ignored) when the command ends. */
        private String takeValue(String flag) {
            if (next >= args.size()) {
                ignored.add(flag);
                return null;
            }
            return args.get(next++);
        }

        private Path resolve(String path) {
            return workingDir.resolve(path).normalize();
        }
    }
}
