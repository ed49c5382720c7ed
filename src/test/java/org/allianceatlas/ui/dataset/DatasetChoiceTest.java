package org.allianceatlas.ui.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.allianceatlas.io.DataInput;
import org.junit.jupiter.api.Test;

class DatasetChoiceTest {

    @Test
    void openReplacesAndAddAppends() {
        var open = DatasetChoice.only(Path.of("/tmp/a.json"));
        var added = open.plus(Path.of("/tmp/b"));
        assertEquals(List.of(Path.of("/tmp/a.json"), Path.of("/tmp/b")), added.paths());
        assertEquals("a.json + b", added.displayName());
    }

    @Test
    void addingAPathTwiceKeepsOne() {
        var choice = DatasetChoice.shippedData().plus(Path.of("x.json"));
        assertSame(choice, choice.plus(Path.of("x.json")));
    }

    @Test
    void shippedDataIsNamedAndNotAnExtraInput() {
        var choice = DatasetChoice.shippedData().plus(Path.of("mine.json"));
        assertEquals("Shipped data + mine.json", choice.displayName());
        assertEquals(List.of(DataInput.of(Path.of("mine.json"))), choice.extraInputs());
    }

    @Test
    void nothingAtAllIsNotAChoice() {
        assertThrows(IllegalArgumentException.class, () -> new DatasetChoice(false, List.of()));
    }
}
