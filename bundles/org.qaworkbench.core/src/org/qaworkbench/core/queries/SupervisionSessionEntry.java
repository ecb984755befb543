package org.qaworkbench.core.queries;

import java.time.LocalDate;

/** One line of the record of supervision sessions (Appendix C); {@code recordId} 0 when no record fills it. */
public record SupervisionSessionEntry(long id, long supervisorId, long superviseeId, LocalDate sessionOn, boolean held, String initials, String missedReason,
		LocalDate nextOn, String notes, long recordId) {
}
