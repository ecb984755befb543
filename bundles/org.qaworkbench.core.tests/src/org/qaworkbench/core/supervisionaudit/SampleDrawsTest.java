package org.qaworkbench.core.supervisionaudit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class SampleDrawsTest {

	private static final List<Long> TEAM = LongStream.rangeClosed(101, 112).boxed().toList();

	@Test
	void theSameSeedAndListDrawTheSameFilesInTheSameOrder() {
		List<Long> first = SampleDraws.draw(424242L, TEAM, 6);
		assertEquals(first, SampleDraws.draw(424242L, List.copyOf(TEAM), 6));
		// Pinned: java.util.Random is specified by the platform, so a sample shown today is drawn again identically on any machine.
		assertEquals(List.of(109L, 112L, 106L, 104L, 107L, 101L), first);
	}

	@Test
	void anotherSeedDrawsOtherFiles() {
		assertNotEquals(SampleDraws.draw(1L, TEAM, 4), SampleDraws.draw(2L, TEAM, 4));
	}

	@Test
	void filesAreDistinctMembersOfTheListAndNeverMoreThanIt() {
		for (long seed = 0; seed < 200; seed++) {
			List<Long> drawn = SampleDraws.draw(seed, TEAM, 8);
			assertEquals(8, drawn.size());
			assertEquals(8, new HashSet<>(drawn).size(), "no file twice");
			assertTrue(TEAM.containsAll(drawn));
		}
		assertEquals(3, SampleDraws.draw(7L, List.of(1L, 2L, 3L), 4).size(), "a list shorter than the sample gives all of it");
	}

	@Test
	void everyFileOfTheListCanBeDrawn() {
		var seen = new HashSet<Long>();
		for (long seed = 0; seed < 100; seed++) {
			seen.addAll(SampleDraws.draw(seed, TEAM, 4));
		}
		assertEquals(new HashSet<>(TEAM), seen);
	}

	@Test
	void idsAreKeptAsTextAndReadBack() {
		assertEquals("12,15,9", SampleDraws.encode(List.of(12L, 15L, 9L)));
		assertEquals(List.of(12L, 15L, 9L), SampleDraws.decode("12,15,9"));
		assertEquals(List.of(), SampleDraws.decode(""));
	}
}
