package org.qaworkbench.ui.internal;

import java.time.Clock;

import jakarta.annotation.PostConstruct;

import org.eclipse.e4.ui.model.application.MApplication;

/**
 * Puts the clock that says what day it is into the application context, unless one is there already: views that
 * judge what is due take "today" from it, and a test sets a fixed one to move time.
 */
public final class ClockAddon {

	@PostConstruct
	void init(MApplication application) {
		if (application.getContext().get(Clock.class) == null) {
			application.getContext().set(Clock.class, Clock.systemDefaultZone());
		}
	}
}
