// SPDX-License-Identifier: Apache-2.0
package dev.headroom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Writes the subcommand names, sorted and one a line, into the file the start scripts beside the jar read
 * ({@code headroom.commands}). The scripts choose the JVM flags of a short command or of the long-lived explorer
 * before any JVM starts, so they cannot ask picocli; the build runs this at {@code package} instead, and a new
 * subcommand needs no script edit.
 */
public final class LauncherCommandList {
    private LauncherCommandList() {
    }

    /**
     * Writes the list.
     *
     * @param args the one file to write
     * @throws IOException when the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LauncherCommandList FILE");
        }
        write(Path.of(args[0]));
    }

    /** Writes every subcommand name, sorted and one a line, to {@code file}. */
    public static void write(Path file) throws IOException {
        Files.writeString(file, text(), StandardCharsets.UTF_8);
    }

    static String text() {
        return HeadroomCommand.subcommandNames().stream().sorted().map(name -> name + "\n").collect(Collectors.joining());
    }
}
