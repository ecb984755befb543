package org.qaworkbench.core.audits;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.QaPackage.Literals;

/**
 * Once completed, an assessment is signed off: its content (answers, scores, judgements, comments, who audited
 * what) changes only with a new amendment saying why, and sign-offs and amendments are only ever added to. The
 * workflow's own fields (state, moderation, sharing, the practitioner's response) move on through its steps. The
 * domain layer ({@link org.qaworkbench.core.domain.DomainStore}) applies this to every save whatever engine is
 * underneath, so no editor can get round it.
 */
public final class AssessmentLock {

	/** What the workflow steps after completion set; everything else is locked content. */
	private static final Set<EStructuralFeature> WORKFLOW = Set.of(Literals.IDENTIFIED__ID, Literals.IDENTIFIED__ROW_VERSION,
			Literals.IDENTIFIED__MODIFIED_BY, Literals.IDENTIFIED__MODIFIED_AT, Literals.ASSESSMENT__STATE, Literals.ASSESSMENT__SIGN_OFFS,
			Literals.ASSESSMENT__AMENDMENTS, Literals.ASSESSMENT__MODERATED_JUDGEMENT, Literals.ASSESSMENT__MODERATION_REASON,
			Literals.ASSESSMENT__SHARED_ON, Literals.ASSESSMENT__PRACTITIONER_RESPONSE);

	private AssessmentLock() {
	}

	/** Refuses saving {@code changed} over {@code stored} when that breaks the lock. */
	public static void check(Assessment stored, Assessment changed) throws NotPermittedException {
		if (stored.getState() == AssessmentState.DRAFT) {
			return;
		}
		String name = NLS.bind(Messages.Lock_record, stored.getSubjectKey(), stored.getId());
		if (!startsWith(changed.getSignOffs(), stored.getSignOffs()) || !startsWith(changed.getAmendments(), stored.getAmendments())) {
			throw new NotPermittedException(NLS.bind(Messages.Lock_historyRewritten, name));
		}
		if (contentDiffers(stored, changed) && changed.getAmendments().size() == stored.getAmendments().size()) {
			throw new NotPermittedException(NLS.bind(Messages.Lock_needsAmendment, name, stored.getState().getLiteral()));
		}
	}

	static boolean contentDiffers(Assessment before, Assessment after) {
		for (EStructuralFeature feature : before.eClass().getEAllStructuralFeatures()) {
			if (!WORKFLOW.contains(feature) && !same(before.eGet(feature), after.eGet(feature))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether two values of a record are the same as the lock sees them: lists element by element, references by the
	 * id they point at, contained objects value by value, decimals by value. Supervision records are locked by it too.
	 */
	public static boolean same(Object before, Object after) {
		if (before instanceof List<?> list && after instanceof List<?> other) {
			if (list.size() != other.size()) {
				return false;
			}
			for (int i = 0; i < list.size(); i++) {
				if (!same(list.get(i), other.get(i))) {
					return false;
				}
			}
			return true;
		}
		if (before instanceof Identified reference && after instanceof Identified otherReference) {
			return reference.getId() == otherReference.getId();
		}
		if (before instanceof EObject object && after instanceof EObject other) {
			if (object.eClass() != other.eClass()) {
				return false;
			}
			for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
				if (!same(object.eGet(feature), other.eGet(feature))) {
					return false;
				}
			}
			return true;
		}
		if (before instanceof BigDecimal number && after instanceof BigDecimal otherNumber) {
			return number.compareTo(otherNumber) == 0;
		}
		return Objects.equals(before, after);
	}

	/** Whether {@code list} begins with {@code prefix}, element by element as {@link #same} sees them: nothing was rewritten. */
	public static boolean startsWith(List<? extends EObject> list, List<? extends EObject> prefix) {
		if (list.size() < prefix.size()) {
			return false;
		}
		for (int i = 0; i < prefix.size(); i++) {
			if (!same(list.get(i), prefix.get(i))) {
				return false;
			}
		}
		return true;
	}
}
