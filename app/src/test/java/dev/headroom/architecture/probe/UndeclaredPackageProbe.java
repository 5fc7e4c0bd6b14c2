// SPDX-License-Identifier: Apache-2.0
package dev.headroom.architecture.probe;

/** A class in a package no layer names, for {@code LayerRulesTest}. */
public final class UndeclaredPackageProbe {
    private UndeclaredPackageProbe() {
    }
}
