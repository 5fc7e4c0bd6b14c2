// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.headroom.session.CompareRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code headroom compare ...}: the arguments the window takes, and a one-line usage for the others. */
class CompareAppTest {
    @Test
    void twoPathsGitRevisionsAndAPlanEachNameACompare() {
        assertEquals(CompareRequest.ofPaths(Path.of("a"), Path.of("b")), CompareApp.request(List.of("a", "b")));
        assertEquals(CompareRequest.ofGit(Path.of("repo"), "HEAD~1", null),
                CompareApp.request(List.of("--git", "repo", "HEAD~1")));
        assertEquals(CompareRequest.ofPlan(Path.of("tree"), Path.of("plan.json")),
                CompareApp.request(List.of("tree", "--plan", "plan.json")));
        for (List<String> ok : List.of(List.of("a", "b"), List.of("--git", "r", "x", "y"), List.of("t", "--plan", "p"))) {
            assertNull(CompareApp.usage(ok), ok.toString());
        }
    }

    @Test
    void anythingElseIsOneLineOfUsage() {
        for (List<String> bad : List.<List<String>>of(List.of(), List.of("a"), List.of("a", "--plan"), List.of("--plan", "a", "b"),
                List.of("a", "b", "c"), List.of("--git", "r"))) {
            String usage = CompareApp.usage(bad);
            assertNotNull(usage, bad.toString());
            assertEquals(-1, usage.indexOf('\n'));
        }
    }
}
