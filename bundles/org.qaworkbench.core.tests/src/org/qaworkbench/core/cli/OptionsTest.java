package org.qaworkbench.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qaworkbench.core.cli.Options.UsageException;

class OptionsTest {

	private static Options scale(String value) throws UsageException {
		return Options.parse(List.of("--scale", value), Set.of("scale"));
	}

	@Test
	void aNumberInRangeIsTakenAndAMissingOneFallsBack() throws Exception {
		assertEquals(7, scale("7").integer("scale", 1, 1, 1000));
		assertEquals(1000, scale("1000").integer("scale", 1, 1, 1000));
		assertEquals(1, Options.parse(List.of(), Set.of("scale")).integer("scale", 1, 1, 1000));
	}

	@Test
	void aNumberTooBigForAnIntIsRefusedNotWrappedRound() throws Exception {
		// 4294967297 is 2^32 + 1: cut to 32 bits it would silently be 1.
		UsageException refused = assertThrows(UsageException.class, () -> scale("4294967297").integer("scale", 1, 1, 1000));
		assertEquals("--scale needs a whole number from 1 to 1000, not '4294967297'.", refused.getMessage());
		assertThrows(UsageException.class, () -> scale("99999999999").integer("scale", 1, 1, 1000));
		assertThrows(UsageException.class, () -> scale("1001").integer("scale", 1, 1, 1000));
	}

	@Test
	void numbersBeyondALongOrNotWholeOrBelowTheMinimumAreRefused() throws Exception {
		for (String wrong : List.of("99999999999999999999", "2.5", "ten", "0", "-3", "")) {
			UsageException refused = assertThrows(UsageException.class, () -> scale(wrong).number("scale", 1, 1, Long.MAX_VALUE), wrong);
			assertTrue(refused.getMessage().startsWith("--scale needs a whole number from 1 to "), refused.getMessage());
		}
	}

	@Test
	void aFlagStandsAloneAndAnUnknownOneIsRefused() throws Exception {
		Options options = Options.parse(List.of("--replace", "--seed", "5", "extra"), Set.of("seed"), Set.of("replace"));
		assertTrue(options.flag("replace"));
		assertEquals(5, options.number("seed", 0, Long.MIN_VALUE, Long.MAX_VALUE));
		assertEquals(List.of("extra"), options.positional());
		assertFalse(Options.parse(List.of(), Set.of(), Set.of("replace")).flag("replace"));
		UsageException refused = assertThrows(UsageException.class, () -> Options.parse(List.of("--check"), Set.of()));
		assertEquals("unknown option --check. Run 'qa --help'.", refused.getMessage());
	}
}
