package io.fabriclint.analyzer.values;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How messages write figures next to the limits they are compared with (issue 10). */
class FiguresInMessagesTest {
    @Test
    void powerIsWrittenToTenWattsFromOneKilowattUp() {
        assertEquals("16W", Quantity.watts(16));
        assertEquals("12.5W", Quantity.watts(12.5));
        assertEquals("9kW", Quantity.watts(9001));
        assertEquals("25.64kW", Quantity.watts(25_640));
        assertEquals("83.65kW", Quantity.watts(83_648));
        assertEquals("10kW", Quantity.watts(10_000));
    }

    @Test
    void aFigureJustOverItsLimitNeverReadsAsTheLimit() {
        assertEquals("9.001kW", Quantity.watts(9001, 9000));
        assertEquals("83.65kW", Quantity.watts(83_648, 40_000));
        assertEquals("10.0004kW", Quantity.watts(10_000.4, 10_000));
        assertEquals("10kW", Quantity.watts(10_000 + 1e-9, 10_000)); // equal within rounding: no false precision
        assertEquals("90.01%", Figures.percent(9001, 10_000, 90));
        assertEquals("95.0%", Figures.percent(9500, 10_000, 90));
        assertEquals("90.0001%", Figures.percent(9000.01, 10_000, 90));
    }

    @Test
    void limitsCompareWithinRounding() {
        assertFalse(Limits.exceeds(16.1 * 1000, 16100));
        assertTrue(Limits.reaches(16100, 16.1 * 1000));
        assertTrue(Limits.exceeds(16101, 16100));
        assertTrue(Limits.exceeds(10_000.4, 10_000));
        assertFalse(Limits.exceeds(0, 0));
    }
}
