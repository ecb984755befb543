package org.qaworkbench.supervision.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.qaworkbench.core.Formats;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;

/**
 * A line of the sessions log as shown: a session line core keeps (held, filled from its signed record, or missed and
 * why), or the session the last line planned, not yet held, which M records missed.
 */
record SessionLine(LocalDate on, String initials, String missed, LocalDate next, String notes, SupervisionRecord record, boolean planned) {

	/** The lines of the log, in date order, then the session the last one planned when it is still to come or missed. */
	static List<SessionLine> of(List<SupervisionSession> sessions) {
		List<SessionLine> lines = new ArrayList<>();
		for (SupervisionSession session : sessions) {
			lines.add(new SessionLine(session.getSessionOn(), session.isHeld() ? session.getInitials() : null, session.isHeld() ? null : session.getMissedReason(),
					session.getNextOn(), session.getNotes(), session.getRecord(), false));
		}
		if (!sessions.isEmpty()) {
			SupervisionSession last = sessions.get(sessions.size() - 1);
			LocalDate planned = last.getNextOn();
			if (planned != null && (last.getSessionOn() == null || planned.isAfter(last.getSessionOn()))) {
				lines.add(new SessionLine(planned, null, null, null, null, null, true));
			}
		}
		return lines;
	}

	String date() {
		return Formats.date(on);
	}

	String nextDate() {
		return Formats.date(next);
	}

	String initialsText() {
		return initials == null ? "" : initials; //$NON-NLS-1$
	}

	String missedText() {
		return planned ? Messages.Log_planned : missed == null ? "" : missed; //$NON-NLS-1$
	}

	String notesText() {
		return notes == null ? "" : notes; //$NON-NLS-1$
	}
}
