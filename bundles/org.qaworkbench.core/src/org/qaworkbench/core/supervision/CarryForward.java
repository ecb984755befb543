package org.qaworkbench.core.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.qaworkbench.core.Formats;
import org.qaworkbench.model.ActionOrigin;
import org.qaworkbench.model.ActionReview;
import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.AgreedAction;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.SupervisionRecord;

/**
 * What a new record of supervision brings forward to be reviewed ("Are actions agreed checked at the subsequent
 * supervision session?", supervision audit question 5; policy section 2: "any actions from the previous professional
 * support supervision should be reviewed in subsequent supervision sessions"): the actions agreed in the previous
 * record and those of its reviews not yet found done, then the supervisee's open audit remedial actions (shared in
 * supervision) and open development actions from their observations.
 */
public final class CarryForward {

	private CarryForward() {
	}

	/**
	 * The reviews a new record starts with. {@code previous}: the supervisee's latest record before this one, if any;
	 * {@code openActions}: remedial actions owned by the supervisee and not completed (an audit's, or an observation's
	 * development actions), as the caller found them.
	 */
	public static List<ActionReview> of(Optional<SupervisionRecord> previous, List<RemedialAction> openActions) {
		List<ActionReview> reviews = new ArrayList<>();
		previous.ifPresent(record -> {
			for (ActionReview earlier : record.getReviews()) {
				if (earlier.getOrigin() == ActionOrigin.SUPERVISION && !earlier.isDone()) {
					ActionReview again = review(ActionOrigin.SUPERVISION, earlier.getOriginId(), earlier.getAction());
					again.setByWhom(earlier.getByWhom());
					again.setTimescale(earlier.getTimescale());
					again.setDueOn(earlier.getDueOn());
					reviews.add(again);
				}
			}
			for (AgendaItem item : record.getAgendaItems()) {
				if (item.getActions() != null && !item.getActions().isBlank()) {
					ActionReview review = review(ActionOrigin.SUPERVISION, record.getId(), label(item));
					review.setByWhom(item.getByWhom());
					review.setTimescale(item.getTimescale());
					reviews.add(review);
				}
			}
		});
		for (RemedialAction action : openActions) {
			if (action.getCompletedOn() != null) {
				continue;
			}
			ActionOrigin origin = action.getObservation() != null ? ActionOrigin.OBSERVATION : ActionOrigin.AUDIT;
			ActionReview review = review(origin, action.getId(), action.getAction());
			review.setDueOn(action.getDueOn());
			reviews.add(review);
		}
		return reviews;
	}

	/** The agreed actions of a casework supervision as the next one's "Review of Actions from last supervision" starts. */
	public static String describe(List<AgreedAction> actions) {
		return actions.stream().map(action -> "- " + action.getAction() //$NON-NLS-1$
				+ (action.getByWhom() == null || action.getByWhom().isBlank() ? "" : " (" + action.getByWhom() //$NON-NLS-1$ //$NON-NLS-2$
						+ (action.getDueOn() == null ? "" : ", " + Formats.date(action.getDueOn())) + ")")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.collect(Collectors.joining("\n")); //$NON-NLS-1$
	}

	private static String label(AgendaItem item) {
		String topic = item.getTopic() == null || item.getTopic().isBlank() ? "" : item.getTopic() + ": "; //$NON-NLS-1$ //$NON-NLS-2$
		return topic + item.getActions().strip();
	}

	private static ActionReview review(ActionOrigin origin, long originId, String action) {
		ActionReview review = QaFactory.eINSTANCE.createActionReview();
		review.setOrigin(origin);
		review.setOriginId(originId);
		review.setAction(action);
		return review;
	}
}
