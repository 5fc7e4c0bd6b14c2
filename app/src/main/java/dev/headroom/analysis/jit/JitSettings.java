// SPDX-License-Identifier: Apache-2.0
package dev.headroom.analysis.jit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The constants of the JIT memory model, each with where its value came from so a result can show it.
 * Defaults are the seed's estimates for the jank JIT on iOS.
 *
 * @param toolchainBytes            clang/LLVM loaded in the process
 * @param generatedSourcePerFunction bytes of C++ the JIT generates per jank function
 * @param astPerSourceByte          AST bytes clang spends per byte of generated C++
 * @param codegenBytes              codegen buffers while a module is compiled
 * @param runtimeBytes              the jank runtime
 * @param limitBytes                the point at which iOS kills the process
 * @param retainedFraction          share of a module's transient memory not given back after it loads
 * @param pchFraction               share of a PCH's headers' AST that loading it from the PCH still costs
 */
public record JitSettings(
        Setting toolchainBytes,
        Setting generatedSourcePerFunction,
        Setting astPerSourceByte,
        Setting codegenBytes,
        Setting runtimeBytes,
        Setting limitBytes,
        Setting retainedFraction,
        Setting pchFraction) {

    private static final double MB = 1024.0 * 1024.0;

    /** A value and its source ("seed estimate", "headroom.json", "--budget", ...). */
    public record Setting(double value, String source) {
        public long bytes() {
            return Math.round(value);
        }
    }

    /** The seed's figures. */
    public static JitSettings seedDefaults() {
        String seed = "seed estimate";
        return new JitSettings(
                new Setting(300 * MB, seed),
                new Setting(2048, seed + " (~2 KB C++ per function)"),
                new Setting(14, "measured: clang 14 spends 13.8 AST bytes per byte of the sample's inline C++"
                        + " (vybe_sdf_math.h: 824 KB for 58 KB), the nearest thing here to generated code"),
                new Setting(125 * MB, seed + " (100-150 MB)"),
                new Setting(100 * MB, seed),
                new Setting(1850 * MB, "iOS kill limit in the seed"),
                new Setting(0.25, "assumed: seed says memory is not fully released between modules"),
                new Setting(1.0, "assumed: a PCH's AST is deserialized whole"));
    }

    /** Keys accepted in a project file's {@code "jit"} object; sizes in MB, fractions as numbers. */
    public static final Map<String, String> KEYS = Map.of(
            "toolchainMB", "clang/LLVM in the process",
            "generatedBytesPerFunction", "C++ bytes generated per jank function",
            "astBytesPerSourceByte", "AST bytes per byte of generated C++",
            "codegenMB", "codegen buffers per module",
            "runtimeMB", "the jank runtime",
            "limitMB", "the kill limit",
            "retainedFraction", "share of a module's memory kept after it loads",
            "pchFraction", "share of PCH headers' AST still paid when loaded from the PCH");

    /**
     * The largest value each key accepts: far above any real device or toolchain, and small enough that no sum of
     * them over any number of modules can leave a {@code long} of bytes.
     */
    private static final Map<String, Double> MAXIMA = Map.of(
            "toolchainMB", 1024.0 * 1024,
            "generatedBytesPerFunction", 16.0 * 1024 * 1024,
            "astBytesPerSourceByte", 10_000.0,
            "codegenMB", 1024.0 * 1024,
            "runtimeMB", 1024.0 * 1024,
            "limitMB", 1024.0 * 1024,
            "retainedFraction", 1.0,
            "pchFraction", 1.0);

    /**
     * These settings with a project file's {@code "jit"} values on top.
     *
     * @throws IllegalArgumentException naming an unknown key or a value that is not a non-negative number
     */
    public JitSettings with(Map<String, Object> jit, String source) {
        Map<String, Setting> s = new LinkedHashMap<>();
        s.put("toolchainMB", toolchainBytes);
        s.put("generatedBytesPerFunction", generatedSourcePerFunction);
        s.put("astBytesPerSourceByte", astPerSourceByte);
        s.put("codegenMB", codegenBytes);
        s.put("runtimeMB", runtimeBytes);
        s.put("limitMB", limitBytes);
        s.put("retainedFraction", retainedFraction);
        s.put("pchFraction", pchFraction);
        for (Map.Entry<String, Object> e : jit.entrySet()) {
            if (!KEYS.containsKey(e.getKey())) {
                throw new IllegalArgumentException("unknown jit setting '" + e.getKey() + "'; known: " + new java.util.TreeSet<>(KEYS.keySet()));
            }
            if (!(e.getValue() instanceof Number n) || !(n.doubleValue() >= 0) || Double.isInfinite(n.doubleValue())) {
                throw new IllegalArgumentException("jit setting '" + e.getKey() + "' must be a non-negative number, was " + e.getValue());
            }
            double most = MAXIMA.get(e.getKey());
            if (n.doubleValue() > most) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                        "jit setting '%s' is %s, beyond any real %s; the most it may be is %,.0f%s",
                        e.getKey(), e.getValue(), KEYS.get(e.getKey()), most, e.getKey().endsWith("MB") ? " MB (1 TB)" : ""));
            }
            double v = n.doubleValue() * (e.getKey().endsWith("MB") ? MB : 1);
            if (e.getKey().endsWith("Fraction") && v > 1) {
                throw new IllegalArgumentException("jit setting '" + e.getKey() + "' is a fraction between 0 and 1, was " + v);
            }
            s.put(e.getKey(), new Setting(v, source));
        }
        return new JitSettings(s.get("toolchainMB"), s.get("generatedBytesPerFunction"), s.get("astBytesPerSourceByte"),
                s.get("codegenMB"), s.get("runtimeMB"), s.get("limitMB"), s.get("retainedFraction"), s.get("pchFraction"));
    }

    public JitSettings withLimit(long bytes, String source) {
        return new JitSettings(toolchainBytes, generatedSourcePerFunction, astPerSourceByte, codegenBytes, runtimeBytes,
                new Setting(bytes, source), retainedFraction, pchFraction);
    }
}
