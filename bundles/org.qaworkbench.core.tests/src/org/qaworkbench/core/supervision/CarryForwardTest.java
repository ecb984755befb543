package org.qaworkbench.core.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.qaworkbench.model.ActionOrigin;
import org.qaworkbench.model.ActionReview;
import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.SupervisionRecord;

class CarryForwardTest {

	@Test
	void thePreviousRecordsActionsItsUndoneReviewsAndTheOpenAuditAndObservationActionsComeForward() {
		SupervisionRecord previous = QaFactory.eINSTANCE.createSupervisionRecord();
		previous.setId(70);
		AgendaItem training = QaFactory.eINSTANCE.createAgendaItem();
		training.setTopic("Training");
		training.setActions("Book the DA course");
		training.setByWhom("PW");
		training.setTimescale("End of March");
		previous.getAgendaItems().add(training);
		AgendaItem quiet = QaFactory.eINSTANCE.createAgendaItem();
		quiet.setTopic("Health and Safety");
		quiet.setDiscussion("Nothing new");
		previous.getAgendaItems().add(quiet);
		ActionReview undone = review(ActionOrigin.SUPERVISION, 60, "Update the lone working plan", false);
		ActionReview done = review(ActionOrigin.SUPERVISION, 60, "Read the policy", true);
		ActionReview audit = review(ActionOrigin.AUDIT, 9, "Old audit action", false);
		previous.getReviews().addAll(List.of(undone, done, audit));

		RemedialAction fromAudit = QaFactory.eINSTANCE.createRemedialAction();
		fromAudit.setId(11);
		fromAudit.setAssessment(QaFactory.eINSTANCE.createAssessment());
		fromAudit.setAction("Record the child's views");
		fromAudit.setDueOn(LocalDate.of(2026, 4, 1));
		RemedialAction fromObservation = QaFactory.eINSTANCE.createRemedialAction();
		fromObservation.setId(12);
		fromObservation.setObservation(QaFactory.eINSTANCE.createDirectObservation());
		fromObservation.setAction("Use more open questions");
		RemedialAction completed = QaFactory.eINSTANCE.createRemedialAction();
		completed.setAction("Done already");
		completed.setCompletedOn(LocalDate.of(2026, 2, 1));

		List<ActionReview> reviews = CarryForward.of(Optional.of(previous), List.of(fromAudit, fromObservation, completed));
		assertEquals(List.of("SUPERVISION 60 Update the lone working plan", "SUPERVISION 70 Training: Book the DA course", "AUDIT 11 Record the child's views",
				"OBSERVATION 12 Use more open questions"), reviews.stream().map(r -> r.getOrigin().getName() + " " + r.getOriginId() + " " + r.getAction()).toList());
		assertEquals("PW", reviews.get(1).getByWhom());
		assertEquals("End of March", reviews.get(1).getTimescale());
		assertEquals(LocalDate.of(2026, 4, 1), reviews.get(2).getDueOn());
		assertEquals(List.of(), CarryForward.of(Optional.empty(), List.of()));
	}

	private static ActionReview review(ActionOrigin origin, long id, String action, boolean done) {
		ActionReview review = QaFactory.eINSTANCE.createActionReview();
		review.setOrigin(origin);
		review.setOriginId(id);
		review.setAction(action);
		review.setDone(done);
		return review;
	}
}
