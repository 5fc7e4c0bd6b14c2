// SPDX-License-Identifier: Apache-2.0
package dev.headroom.bridge;

import java.nio.file.Path;
import java.util.List;

/**
 * The facts one parse of one translation unit yields. Plain data, safe to keep and serialize; no parser
 * object leaks out.
 *
 * @param mainFile    the unit's main file
 * @param files       every file whose content entered the unit, main file first, in order of first entry
 * @param includes    every include directive met, in source order, inactive ones included
 * @param bodies      every function definition with a body
 * @param uses        cross-file symbol uses (empty unless requested)
 * @param problems    syntax and preprocessor problems
 * @param parseMillis time spent in CDT's parser
 * @param factMillis  time spent collecting these facts from the AST
 */
public record ParsedUnit(
        Path mainFile,
        List<ParsedFile> files,
        List<IncludeDirective> includes,
        List<FunctionBody> bodies,
        List<SymbolUse> uses,
        List<ParseProblem> problems,
        long parseMillis,
        long factMillis) {

    public ParsedUnit {
        files = List.copyOf(files);
        includes = List.copyOf(includes);
        bodies = List.copyOf(bodies);
        uses = List.copyOf(uses);
        problems = List.copyOf(problems);
    }
}
