// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import dev.headroom.bridge.ParseRequest;
import dev.headroom.bridge.SourceLanguage;
import dev.headroom.bridge.Toolchain;
import dev.headroom.workspace.CompileOptions;
import dev.headroom.workspace.Language;
import dev.headroom.workspace.MacroOption;
import dev.headroom.workspace.UnitKind;
import dev.headroom.workspace.UnitSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a unit as the inputs describe it, plus the compiler's own settings, into a parse request. */
final class ParseSettings {
    private ParseSettings() {
    }

    static SourceLanguage languageOf(UnitSpec spec) {
        Language declared = spec.options().language();
        if (declared != null) {
            return declared == Language.C ? SourceLanguage.C : SourceLanguage.CXX;
        }
        String name = spec.mainFile().getFileName().toString();
        // ".C" is C++ on case-sensitive systems, as compilers read it.
        return name.endsWith(".c") ? SourceLanguage.C : SourceLanguage.CXX;
    }

    static ParseRequest requestFor(UnitSpec spec, Toolchain toolchain, boolean collectUses) {
        CompileOptions options = spec.options();
        List<Path> system = new ArrayList<>(absolute(options.systemIncludeDirs()));
        if (toolchain != null) {
            system.addAll(toolchain.systemDirs());
        }
        Map<String, String> macros = applyMacros(toolchain == null ? Map.of() : toolchain.macros(), options.macros());
        boolean jank = spec.kind() == UnitKind.JANK_MODULE;
        return new ParseRequest(
                jank ? synthesizedPath(spec.mainFile()) : spec.mainFile().toAbsolutePath().normalize(),
                jank ? synthesizedMain(spec.includes()) : null,
                languageOf(spec),
                absolute(options.quoteDirs()),
                absolute(options.includeDirs()),
                system,
                macros,
                absolute(options.forcedIncludes()),
                collectUses);
    }

    /** File name of the text synthesized for jank modules; it never exists on disk. */
    static final String SYNTHESIZED_NAME = "(jank-requires).hpp";

    /**
     * Where a jank module's synthesized text is said to live: beside the module, so quoted requires resolve as
     * they would from there, and under one name, so modules of a folder requiring the same headers parse once.
     */
    static Path synthesizedPath(Path jankFile) {
        Path dir = jankFile.toAbsolutePath().normalize().getParent();
        return dir.resolve(SYNTHESIZED_NAME);
    }

    /** A jank module's unit: its header requires in order, as the JIT includes them. */
    static String synthesizedMain(List<String> includes) {
        StringBuilder text = new StringBuilder();
        for (String include : includes) {
            text.append("#include \"").append(include).append("\"\n");
        }
        return text.toString();
    }

    /** Applies {@code -D}/{@code -U} in command order on top of the compiler's predefined set. */
    static Map<String, String> applyMacros(Map<String, String> predefined, List<MacroOption> options) {
        Map<String, String> macros = new LinkedHashMap<>(predefined);
        for (MacroOption option : options) {
            if (dev.headroom.workspace.CompileOptionChecks.badMacroName(option.name()) != null) {
                continue; // reported with the inputs; CDT would take "A B" for a macro named A
            }
            String base = baseName(option.name());
            macros.keySet().removeIf(k -> baseName(k).equals(base));
            if (!option.undefine()) {
                macros.put(option.name(), option.value() == null ? "1" : option.value());
            }
        }
        return macros;
    }

    private static String baseName(String macroKey) {
        int paren = macroKey.indexOf('(');
        return paren < 0 ? macroKey : macroKey.substring(0, paren);
    }

    private static List<Path> absolute(List<Path> paths) {
        return paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }
}
