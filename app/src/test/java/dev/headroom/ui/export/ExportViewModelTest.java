// SPDX-License-Identifier: Apache-2.0
package dev.headroom.ui.export;

import static dev.headroom.ui.ExplorerFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.headroom.ui.Explorer;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of the tree on screen: every header once with its includer, and a PNG that reads back pixel for pixel. */
class ExportViewModelTest {
    @TempDir
    Path tmp;

    final Explorer vm = explorer(workspace());

    @Test
    void theHeaderTableHasEveryHeaderOfTheUnitWithItsIncluderInTheTreeAndItsCosts() throws Exception {
        Path csv = tmp.resolve("headers.csv");
        vm.exports().exportTable(csv);

        assertEquals("Wrote " + csv, vm.exports().messageProperty().get());
        List<CSVRecord> rows;
        try (var reader = Files.newBufferedReader(csv)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertEquals(List.of(ENGINE, VULKAN, IMGUI, CMATH, MATH).stream().sorted().toList(),
                rows.stream().map(r -> r.get("header")).sorted().toList(),
                "app's headers, each once (its main file is the tree's root, the module)");
        CSVRecord imgui = rows.stream().filter(r -> r.get("header").equals(IMGUI)).findFirst().orElseThrow();
        assertEquals(ENGINE, imgui.get("includer in the tree"));
        assertEquals("200", imgui.get("self (bytes)"));
        assertEquals("THIRD_PARTY", imgui.get("origin"));
    }

    @Test
    void aPictureIsWrittenAsAPngThatReadsBack() throws Exception {
        Path png = tmp.resolve("treemap.png");
        int[] argb = {0xffff0000, 0xff00ff00, 0xff0000ff, 0xffffffff, 0xff000000, 0xff808080};
        vm.exports().exportImage(png, 3, 2, argb);

        assertEquals("Wrote " + png, vm.exports().messageProperty().get());
        BufferedImage back = ImageIO.read(png.toFile());
        assertEquals(3, back.getWidth());
        assertEquals(2, back.getHeight());
        assertEquals(0xff0000ff, back.getRGB(2, 0));
        assertEquals(0xff808080, back.getRGB(2, 1));
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedWithWhatToDo() throws Exception {
        Path blocked = Files.writeString(tmp.resolve("file"), "");
        Path inside = blocked.resolve("headers.csv");
        vm.exports().exportTable(inside);

        String message = vm.exports().messageProperty().get();
        assertTrue(message.startsWith("Cannot write " + inside) && message.endsWith("choose another file"), message);
    }
}
