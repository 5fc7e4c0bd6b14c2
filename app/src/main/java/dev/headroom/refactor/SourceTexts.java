// SPDX-License-Identifier: Apache-2.0
package dev.headroom.refactor;

import dev.headroom.model.SourceFile;
import dev.headroom.model.Workspace;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The texts steps edit, read once each, decoded exactly as the parser decoded them (UTF-8) so that its offsets hold.
 * A file that is not valid UTF-8 is refused rather than patched: decoding it would change bytes the plan never meant
 * to touch. A file whose size differs from the analysed one has been edited since and is refused too; steps also
 * check the digest of each definition they touch.
 */
public final class SourceTexts {
    private final Map<String, Long> analysedSizes;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    /** Texts checked against the sizes {@code workspace} recorded for its files. */
    public SourceTexts(Workspace workspace) {
        this.analysedSizes = new HashMap<>();
        for (SourceFile f : workspace.files()) {
            analysedSizes.put(f.path(), f.bytes());
        }
    }

    /**
     * The text of an analysed file.
     *
     * @throws RefactorException when it cannot be read, is not UTF-8, or changed size since the analysis
     */
    public String text(String path) throws RefactorException {
        return existing(path).orElseThrow(() -> new RefactorException(path + " no longer exists"));
    }

    /** The text of a file that may not exist yet (a source file a plan creates). */
    public Optional<String> existing(String path) throws RefactorException {
        Optional<String> cached = texts.get(path);
        if (cached != null) {
            return cached;
        }
        Optional<String> text = read(path);
        texts.put(path, text);
        return text;
    }

    private Optional<String> read(String path) throws RefactorException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(path));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new RefactorException("cannot read " + path + ": " + e.getMessage(), e);
        }
        Long analysed = analysedSizes.get(path);
        if (analysed != null && analysed != bytes.length) {
            throw new RefactorException(path + " was edited since it was analysed (" + analysed + " bytes then, "
                    + bytes.length + " now); analyse again before patching");
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new RefactorException(path + " is not valid UTF-8; Headroom patches only files it can write back"
                    + " byte for byte", e);
        }
    }
}
