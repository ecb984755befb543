package org.qaworkbench.core.audits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.qaworkbench.model.FollowUp;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;

/** How a follow-up stands: due four weeks before its date, overdue the day after, and what its record found. */
class FollowUpStatusTest {

	private static final LocalDate DUE = LocalDate.of(2026, 8, 6);

	@Test
	void anOpenFollowUpIsNotYetDueThenDueThenOverdue() {
		RemedialAction action = action(null, null, false);
		assertEquals(FollowUpStatus.NOT_YET, FollowUpStatus.of(action, DUE.minusDays(AuditWorkflow.DUE_SOON_DAYS + 1)));
		assertEquals(FollowUpStatus.DUE, FollowUpStatus.of(action, DUE.minusDays(AuditWorkflow.DUE_SOON_DAYS)));
		assertEquals(FollowUpStatus.DUE, FollowUpStatus.of(action, DUE));
		assertEquals(FollowUpStatus.OVERDUE, FollowUpStatus.of(action, DUE.plusDays(1)));
		assertEquals(FollowUpStatus.OVERDUE, FollowUpStatus.of(action, DUE.plusMonths(8)), "eight months late is overdue, not due");
	}

	@Test
	void aRecordedFollowUpSaysWhetherItFoundTheActionDone() {
		assertEquals(FollowUpStatus.DONE, FollowUpStatus.of(action(DUE.minusDays(30), DUE.plusDays(2), true), DUE.plusDays(90)));
		assertEquals(FollowUpStatus.NOT_DONE, FollowUpStatus.of(action(null, DUE.plusDays(2), false), DUE.plusDays(90)));
		assertEquals(FollowUpStatus.NOT_DONE, FollowUpStatus.of(action(null, DUE.plusDays(2), true), DUE.plusDays(90)),
				"done without the action addressed is not done");
	}

	@Test
	void eachStatusReadsAsOneWordAndALateFollowUpReadsOverdue() {
		assertEquals("Overdue", FollowUpStatus.of(action(null, null, false), DUE.plusMonths(8)).label());
		assertEquals("Due", FollowUpStatus.of(action(null, null, false), DUE).label());
		assertEquals("Not yet", FollowUpStatus.NOT_YET.label());
		assertEquals("Not done", FollowUpStatus.NOT_DONE.label());
		assertEquals("Done", FollowUpStatus.DONE.label());
	}

	@Test
	void anActionWithoutAFollowUpYetIsNotYetDue() {
		RemedialAction action = QaFactory.eINSTANCE.createRemedialAction();
		assertEquals(FollowUpStatus.NOT_YET, FollowUpStatus.of(action, DUE));
	}

	private static RemedialAction action(LocalDate completedOn, LocalDate checkedOn, boolean done) {
		RemedialAction action = QaFactory.eINSTANCE.createRemedialAction();
		action.setCompletedOn(completedOn);
		FollowUp followUp = QaFactory.eINSTANCE.createFollowUp();
		followUp.setDueOn(DUE);
		followUp.setCheckedOn(checkedOn);
		followUp.setDone(done);
		action.setFollowUp(followUp);
		return action;
	}
}
