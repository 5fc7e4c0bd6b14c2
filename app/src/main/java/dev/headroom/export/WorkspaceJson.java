// SPDX-License-Identifier: Apache-2.0
package dev.headroom.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.headroom.model.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** The workspace model as JSON, in the shape docs/json-schema.md describes. */
public final class WorkspaceJson {
    /** Bumped when a field is removed or changes meaning; adding a field does not bump it. */
    public static final int SCHEMA_VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS);

    private WorkspaceJson() {
    }

    public static void write(Workspace workspace, OutputStream out) throws IOException {
        MAPPER.writeValue(new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush(); // the caller owns the stream
            }
        }, new Document(SCHEMA_VERSION, "headroom", workspace));
    }

    /** Writes atomically: an interrupted run leaves the previous file in place. */
    public static void write(Workspace workspace, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(workspace, out));
    }

    public static Workspace read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Document.class).workspace();
    }

    /** The top-level object: a version so scripts can tell what they read. */
    public record Document(int schemaVersion, String generator, Workspace workspace) {
    }
}
