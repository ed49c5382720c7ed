package org.allianceatlas.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LayoutFactoryTest {

    @ParameterizedTest
    @EnumSource(LayoutKind.class)
    void everyKindHasAnAlgorithmThatLaysOutAView(LayoutKind kind) {
        var algorithm = LayoutFactory.forKind(kind);
        assertEquals(kind, algorithm.kind());
        var view = LayoutFixtures.view(2024);
        LayoutFixtures.assertPlacedWithoutOverlap(view, algorithm.layout(view, Positions.empty()),
                VertexSizes.STANDARD);
    }
}
