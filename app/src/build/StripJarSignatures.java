// SPDX-License-Identifier: Apache-2.0

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Rewrites every signed jar in a folder without its signature, so that class-data sharing (CDS, the JDK's AOT
 * cache) archives its classes: the JVM skips classes from signed jars (measured: 248 CDT-side classes skipped).
 * Removes {@code META-INF/*.SF}, {@code *.RSA}, {@code *.DSA}, {@code *.EC} and the per-entry digests of the
 * manifest; unsigned jars are left byte for byte as they are. A build step, run as a source file:
 * {@code java StripJarSignatures.java DIR...}.
 */
public final class StripJarSignatures {
    private StripJarSignatures() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: java StripJarSignatures.java DIR...");
        }
        for (String dir : args) {
            List<Path> jars;
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
            }
            int stripped = 0;
            for (Path jar : jars) {
                if (strip(jar)) {
                    stripped++;
                }
            }
            System.out.println("StripJarSignatures: " + stripped + " of " + jars.size() + " jars in " + dir + " unsigned");
        }
    }

    static boolean isSignature(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC")
                || (upper.startsWith("META-INF/SIG-"));
    }

    /** Rewrites {@code jar} unsigned when it is signed; returns whether it was. */
    static boolean strip(Path jar) throws IOException {
        Path tmp = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            boolean signed = in.stream().anyMatch(e -> isSignature(e.getName()));
            if (!signed) {
                return false;
            }
            Manifest manifest = in.getManifest();
            Manifest plain = new Manifest();
            if (manifest != null) {
                plain.getMainAttributes().putAll(manifest.getMainAttributes());
            }
            if (plain.getMainAttributes().getValue(Attributes.Name.MANIFEST_VERSION) == null) {
                plain.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            }
            try (OutputStream os = Files.newOutputStream(tmp); JarOutputStream out = new JarOutputStream(os, plain)) {
                for (Enumeration<JarEntry> entries = in.entries(); entries.hasMoreElements();) {
                    JarEntry e = entries.nextElement();
                    String name = e.getName();
                    if (isSignature(name) || name.equalsIgnoreCase(JarFile.MANIFEST_NAME)) {
                        continue;
                    }
                    JarEntry copy = new JarEntry(name);
                    copy.setTime(e.getTime());
                    out.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(e)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }
}
