// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ingest;

import dev.headroom.bridge.CancelSignal;
import dev.headroom.bridge.ParseCancelledException;
import dev.headroom.bridge.ParseRequest;
import dev.headroom.bridge.Toolchain;
import dev.headroom.bridge.ToolchainProbe;
import dev.headroom.bridge.TranslationUnitParser;
import dev.headroom.model.HeaderOutline;
import dev.headroom.model.Problem;
import dev.headroom.workspace.UnitSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Outlines one header's declarations at file and namespace scope by parsing one unit that includes it, with the
 * unit's flags and the compiler's settings: the facts a header split stands on, asked for only when a split is
 * planned.
 */
public final class HeaderOutliner {
    private final ToolchainCache toolchains;

    public HeaderOutliner(AnalysisOptions options) {
        this.toolchains = new ToolchainCache(new ToolchainProbe(), options.cacheDir());
    }

    /**
     * The outline of {@code header} as {@code unit} sees it.
     *
     * @throws AnalysisCancelledException when {@code cancelled} says so during the parse
     */
    public HeaderOutline outline(UnitSpec unit, Path header, BooleanSupplier cancelled)
            throws AnalysisCancelledException {
        return outlines(unit, List.of(header), false, cancelled).get(0);
    }

    /**
     * The outlines of {@code headers} as {@code unit} sees them, in their order, from one parse of the unit, with
     * {@code extern "C"} blocks opened so each member counts as a declaration: what a header's utilisation is
     * measured on.
     *
     * @throws AnalysisCancelledException when {@code cancelled} says so during the parse
     */
    public List<HeaderOutline> outlines(UnitSpec unit, List<Path> headers, BooleanSupplier cancelled)
            throws AnalysisCancelledException {
        return outlines(unit, headers, true, cancelled);
    }

    private List<HeaderOutline> outlines(UnitSpec unit, List<Path> headers, boolean openLinkage,
            BooleanSupplier cancelled) throws AnalysisCancelledException {
        Optional<Toolchain> toolchain;
        try {
            toolchain = toolchains.toolchain(ParseSettings.languageOf(unit), unit.options().std());
        } catch (RuntimeException e) {
            toolchain = Optional.empty();
        }
        ParseRequest request = ParseSettings.requestFor(unit, toolchain.orElse(null), false);
        CancelSignal cancel = cancelled::getAsBoolean;
        List<Path> targets = headers.stream().map(h -> h.toAbsolutePath().normalize()).toList();
        try {
            return new TranslationUnitParser().outlines(request, targets, openLinkage, cancel).stream()
                    .map(HeaderOutliner::toModel).toList();
        } catch (ParseCancelledException e) {
            throw new AnalysisCancelledException();
        } catch (RuntimeException | StackOverflowError e) {
            // A parse that fails outright outlines nothing; the split is refused for it rather than the command.
            return targets.stream().map(h -> new HeaderOutline(h.toString(), List.of(), List.of(new Problem(
                    h.toString(), 0, "the parse of " + unit.name() + " failed: " + e, Problem.Source.SYNTAX))))
                    .toList();
        }
    }

    private static HeaderOutline toModel(dev.headroom.bridge.HeaderOutline outline) {
        return new HeaderOutline(outline.header().toString(), outline.declarations().stream()
                .map(d -> new HeaderOutline.Declaration(d.name(), d.symbols(), d.namespaces(), d.offset(),
                        d.length(), HeaderOutline.Shape.valueOf(d.shape().name()), d.uses(),
                        d.usesFiles().stream().map(g -> g.stream().map(Path::toString).toList()).toList(),
                        d.usesPlaces().stream().map(p -> new HeaderOutline.Place(p.file().toString(),
                                p.offset())).toList(),
                        d.macros().stream().map(m -> new HeaderOutline.MacroUse(m.name(),
                                m.definedIn() == null ? null : m.definedIn().toString())).toList(),
                        d.unresolved())).toList(),
                outline.problems().stream().map(p -> new Problem(p.file() == null ? null : p.file().toString(),
                        p.line(), p.message(), Problem.Source.SYNTAX)).toList());
    }
}
