// SPDX-License-Identifier: Apache-2.0
package dev.headroom.workspace;

import java.util.Map;

/**
 * Expands the shell-style references people put in paths: a leading {@code ~} and {@code ${VAR}} /
 * {@code ${VAR:-default}}. The environment is passed in, never read here, so results are reproducible.
 */
final class EnvExpander {

    private EnvExpander() {
    }

    /**
     * Expands {@code text}. As in POSIX shells, {@code ${VAR:-default}} uses the default when {@code VAR} is unset
     * or empty; {@code ~} becomes {@code HOME} from {@code env}, else the {@code user.home} system property.
     *
     * @throws IllegalArgumentException naming the variable when {@code ${VAR}} has no value and no default, or when
     *                                  a <code>${</code> is not closed
     */
    static String expand(String text, Map<String, String> env) {
        String expanded = expandVariables(text, env);
        if (expanded.equals("~") || expanded.startsWith("~/")) {
            String home = env.getOrDefault("HOME", System.getProperty("user.home"));
            return home + expanded.substring(1);
        }
        return expanded;
    }

    private static String expandVariables(String text, Map<String, String> env) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf("${", i);
            if (open < 0) {
                out.append(text, i, text.length());
                break;
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("\"${\" in \"" + text + "\" is not closed with \"}\"");
            }
            out.append(text, i, open);
            out.append(valueOf(text.substring(open + 2, close), env));
            i = close + 1;
        }
        return out.toString();
    }

    private static String valueOf(String reference, Map<String, String> env) {
        int dash = reference.indexOf(":-");
        String name = dash < 0 ? reference : reference.substring(0, dash);
        String value = env.get(name);
        if (dash >= 0) {
            return value == null || value.isEmpty() ? reference.substring(dash + 2) : value;
        }
        if (value == null) {
            throw new IllegalArgumentException("environment variable " + name + " is not set");
        }
        return value;
    }
}
