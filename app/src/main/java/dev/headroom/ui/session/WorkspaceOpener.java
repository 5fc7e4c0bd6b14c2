// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.session;

import dev.headroom.session.AnalysedWorkspace;
import dev.headroom.session.AnalysisRequest;
import dev.headroom.session.AnalysisSession;
import dev.headroom.session.Progress;
import dev.headroom.session.SessionCancelledException;
import dev.headroom.session.SessionException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/** Turns the inputs the user opened into an analysed workspace; runs off the FX thread. */
@FunctionalInterface
public interface WorkspaceOpener {

    /**
     * Analyses {@code inputs}, reporting to {@code progress}, reading each project file in {@code projectTexts} from
     * the text given there rather than from the disk (settings being tried before they are saved).
     *
     * @throws SessionException          when there is nothing to analyse or a setting is wrong
     * @throws SessionCancelledException when {@code cancelled} said so
     */
    AnalysedWorkspace open(List<Path> inputs, Map<Path, String> projectTexts, Progress progress,
            BooleanSupplier cancelled)
            throws SessionException, SessionCancelledException;

    /** Opens through {@code session}, each request as {@code tune} makes it from the default for the inputs. */
    static WorkspaceOpener through(AnalysisSession session, UnaryOperator<AnalysisRequest> tune) {
        return (inputs, projectTexts, progress, cancelled) -> session.prepare(
                tune.apply(AnalysisRequest.of(inputs)).withProjectTexts(projectTexts)).run(progress, cancelled);
    }
}
