// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.export;

import dev.headroom.analysis.HeaderNode;
import dev.headroom.export.HeaderTableCsv;
import dev.headroom.files.AtomicFiles;
import dev.headroom.ui.treemap.TreemapViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javax.imageio.ImageIO;

/**
 * Exports of what the explorer shows: the header table of the tree on screen as CSV, the treemap as PNG. Files are
 * written on {@code executor}, atomically, where the user chose; the result or the reason it failed (naming the file)
 * becomes {@link #messageProperty()}.
 */
public final class ExportViewModel {
    private final TreemapViewModel treemap;
    private final Executor executor;
    private final Executor fxThread;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public ExportViewModel(TreemapViewModel treemap, Executor executor, Executor fxThread) {
        this.treemap = Objects.requireNonNull(treemap, "treemap");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
    }

    /** What the last export did: "Wrote FILE" or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Writes the headers of the tree on screen (all of it, not only the zoomed part) to {@code file} as CSV. */
    public void exportTable(Path file) {
        HeaderNode tree = treemap.treeProperty().get();
        if (tree == null) {
            message.set("Nothing to export: open a workspace first");
            return;
        }
        var metric = treemap.sizeByProperty().get();
        run(file, () -> HeaderTableCsv.write(tree, metric, file));
    }

    /**
     * Writes a picture of the treemap to {@code file} as PNG.
     *
     * @param argb the pixels, row by row, as the FX thread's snapshot gave them
     */
    public void exportImage(Path file, int width, int height, int[] argb) {
        if (width <= 0 || height <= 0 || argb.length < (long) width * height) {
            message.set("Nothing to export: the treemap is not on screen");
            return;
        }
        run(file, () -> {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
            image.setRGB(0, 0, width, height, argb, 0, width);
            AtomicFiles.write(file, out -> {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("this Java has no PNG writer");
                }
            });
        });
    }

    private interface Write {
        void run() throws IOException;
    }

    private void run(Path file, Write write) {
        message.set("Writing " + file + "…");
        executor.execute(() -> {
            String outcome;
            try {
                write.run();
                outcome = "Wrote " + file;
            } catch (IOException | RuntimeException e) {
                outcome = "Cannot write " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage()) + "; choose another file";
            }
            String shown = outcome;
            fxThread.execute(() -> message.set(shown));
        });
    }
}
