package org.qaworkbench.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

	@Test
	void eachRefusalDoublesTheWaitUpToTheMaximum() {
		SignInThrottle throttle = new SignInThrottle();
		List<Long> waits = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			waits.add(throttle.delayFor("sam").toSeconds());
			throttle.refused("sam");
		}
		assertEquals(List.of(0L, 1L, 2L, 4L, 8L, 16L, 30L, 30L), waits);
	}

	@Test
	void theWaitIsPerUserNameAndEndsWithASuccess() {
		SignInThrottle throttle = new SignInThrottle();
		throttle.refused("sam");
		throttle.refused(" Sam ");

		assertEquals(Duration.ofSeconds(2), throttle.delayFor("sam"), "the same name however typed");
		assertEquals(Duration.ZERO, throttle.delayFor("jo"));

		throttle.succeeded("sam");
		assertEquals(Duration.ZERO, throttle.delayFor("sam"));
	}

	@Test
	void manyRefusalsNeverOverflowTheWait() {
		assertEquals(SignInThrottle.MAXIMUM, SignInThrottle.delayAfter(Integer.MAX_VALUE));
	}
}
