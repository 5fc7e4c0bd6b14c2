// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import dev.headroom.analysis.jit.JitScenario;
import dev.headroom.analysis.jit.JitSettings;
import dev.headroom.workspace.InputException;
import dev.headroom.workspace.WorkspaceInputs;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Option;

/** The JIT budget's limit and what-ifs, as options. */
final class BudgetOptions {
    @Option(names = "--budget", paramLabel = "SIZE", description = "memory limit, e.g. 1850MB (default: the project's, else 1850MB)")
    String budget;

    @Option(names = "--pch", paramLabel = "HEADER", split = ",",
            description = "what-if: these headers (and what they include) come from a precompiled header")
    List<String> pch = new ArrayList<>();

    @Option(names = "--aot", paramLabel = "NAMESPACE", split = ",", description = "what-if: these modules are compiled ahead of time")
    List<String> aot = new ArrayList<>();

    @Option(names = "--lazy", description = "what-if: load only the entry module and what it requires at start-up")
    boolean lazy;

    JitScenario scenario() {
        return new JitScenario(Set.copyOf(pch), Set.copyOf(aot), lazy);
    }

    /**
     * The settings, or empty with the reason printed to {@code err}. Asked before the analysis, so a mistyped
     * {@code --budget} or {@code "jit"} key is told at once rather than after every unit was parsed.
     */
    Optional<JitSettings> settingsOrExplain(WorkspaceInputs inputs, PrintWriter err) {
        try {
            return Optional.of(settings(inputs));
        } catch (InputException e) {
            err.println("headroom: " + e.problem());
        } catch (IllegalArgumentException e) {
            err.println("headroom: --budget: " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * The seed's defaults, then the project file's {@code "jit"} object, then {@code --budget}.
     *
     * @throws InputException when the project file's settings are wrong
     * @throws IllegalArgumentException when {@code --budget} is not a size
     */
    JitSettings settings(WorkspaceInputs inputs) throws InputException {
        JitSettings settings = JitSettings.seedDefaults();
        if (!inputs.jit().isEmpty()) {
            try {
                settings = settings.with(inputs.jit(), inputs.projectFile().getFileName().toString());
            } catch (IllegalArgumentException e) {
                throw new InputException(inputs.projectFile(), 0, e.getMessage());
            }
        }
        if (budget != null) {
            settings = settings.withLimit(Bytes.parse(budget), "--budget");
        }
        return settings;
    }
}
