package org.qaworkbench.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DiskSpaceTest {

	private static final Path DATA = Path.of("/home/alex/.qa-workbench");

	@Test
	void aNearlyFullDiskIsSaidWithTheMegabytesLeft() {
		assertEquals(Optional.of("Only 42 MB free on the disk that holds " + DATA + ": free some space, or saving will soon fail."),
				DiskSpace.lowSpaceWarning(DATA, 42L << 20));
		assertEquals(Optional.of("Only 99 MB free on the disk that holds " + DATA + ": free some space, or saving will soon fail."),
				DiskSpace.lowSpaceWarning(DATA, DiskSpace.LOW - 1));
	}

	@Test
	void aDiskWithRoomIsNotMentioned() {
		assertEquals(Optional.empty(), DiskSpace.lowSpaceWarning(DATA, DiskSpace.LOW));
		assertEquals(Optional.empty(), DiskSpace.lowSpaceWarning(DATA, Long.MAX_VALUE));
	}
}
