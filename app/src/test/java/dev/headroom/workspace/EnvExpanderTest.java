// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvExpanderTest {

    private static final Map<String, String> ENV = Map.of("VULKAN_SDK", "/sdk", "EMPTY", "", "HOME", "/home/me");

    @Test
    void bracedVariablesExpandAnywhereInTheText() {
        assertEquals("/sdk/include", EnvExpander.expand("${VULKAN_SDK}/include", ENV));
        assertEquals("a-/sdk-/sdk", EnvExpander.expand("a-${VULKAN_SDK}-${VULKAN_SDK}", ENV));
        assertEquals("$PLAIN/x", EnvExpander.expand("$PLAIN/x", ENV));
    }

    @Test
    void defaultIsUsedWhenUnsetOrEmptyLikePosixShells() {
        assertEquals("/opt/homebrew/include", EnvExpander.expand("${BREW:-/opt/homebrew}/include", ENV));
        assertEquals("fallback", EnvExpander.expand("${EMPTY:-fallback}", ENV));
        assertEquals("/sdk", EnvExpander.expand("${VULKAN_SDK:-unused}", ENV));
        assertEquals("", EnvExpander.expand("${EMPTY}", ENV));
    }

    @Test
    void leadingTildeBecomesHome() {
        assertEquals("/home/me/src", EnvExpander.expand("~/src", ENV));
        assertEquals("/home/me", EnvExpander.expand("~", ENV));
        assertEquals("a/~/b", EnvExpander.expand("a/~/b", ENV));
        assertEquals("~other/x", EnvExpander.expand("~other/x", ENV));
        assertEquals("/home/me/VulkanSDK/include", EnvExpander.expand("${UNSET_SDK:-~/VulkanSDK}/include", ENV));
    }

    @Test
    void unsetVariableWithoutDefaultAndUnclosedBraceAreRejected() {
        assertEquals("environment variable NOPE is not set",
                assertThrows(IllegalArgumentException.class, () -> EnvExpander.expand("${NOPE}/x", ENV)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> EnvExpander.expand("${NOPE", ENV));
    }
}
