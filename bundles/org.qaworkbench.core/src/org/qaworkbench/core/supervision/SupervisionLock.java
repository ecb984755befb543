package org.qaworkbench.core.supervision;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.audits.AssessmentLock;
import org.qaworkbench.core.internal.SupervisionMessages;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.QaPackage.Literals;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionState;

/**
 * Once signed, a supervision contract, record or casework supervision is locked: its content changes only with a new
 * amendment saying why, and sign-offs and amendments are only ever added to. The domain layer
 * ({@link org.qaworkbench.core.domain.DomainStore}) applies this to every save whatever engine is underneath, as it
 * does the audit lock, so no editor or command can get round it.
 */
public final class SupervisionLock {

	private static final Set<EStructuralFeature> BOOKKEEPING = Set.of(Literals.IDENTIFIED__ID, Literals.IDENTIFIED__ROW_VERSION,
			Literals.IDENTIFIED__MODIFIED_BY, Literals.IDENTIFIED__MODIFIED_AT);

	private SupervisionLock() {
	}

	/** Whether this lock keeps records of this kind: contracts, records of supervision and casework supervision. */
	public static boolean applies(Identified record) {
		return record instanceof SupervisionContract || record instanceof SupervisionRecord || record instanceof CaseworkSupervision;
	}

	/** Refuses saving {@code changed} over {@code stored} when that breaks the lock. */
	public static void check(Identified stored, Identified changed) throws NotPermittedException {
		if (!applies(stored) || stored.eClass() != changed.eClass()) {
			return;
		}
		EStructuralFeature signOffs = stored.eClass().getEStructuralFeature("signOffs"); //$NON-NLS-1$
		EStructuralFeature amendments = stored.eClass().getEStructuralFeature("amendments"); //$NON-NLS-1$
		if (!AssessmentLock.startsWith(list(changed, signOffs), list(stored, signOffs))
				|| !AssessmentLock.startsWith(list(changed, amendments), list(stored, amendments))) {
			throw new NotPermittedException(NLS.bind(SupervisionMessages.Lock_historyRewritten, SupervisionWorkflow.describe(stored)));
		}
		if (SupervisionWorkflow.state(stored) != SupervisionState.SIGNED) {
			return;
		}
		if (contentDiffers(stored, changed) && list(changed, amendments).size() == list(stored, amendments).size()) {
			throw new NotPermittedException(NLS.bind(SupervisionMessages.Lock_needsAmendment, SupervisionWorkflow.describe(stored)));
		}
	}

	/** Whether anything but the bookkeeping, the state, the sign-offs and amendments differs. */
	static boolean contentDiffers(Identified before, Identified after) {
		for (EStructuralFeature feature : before.eClass().getEAllStructuralFeatures()) {
			if (BOOKKEEPING.contains(feature) || isWorkflow(feature)) {
				continue;
			}
			if (!AssessmentLock.same(before.eGet(feature), after.eGet(feature))) {
				return true;
			}
		}
		return false;
	}

	/** What signing sets: the state, sign-offs, amendments, the signing dates and the review date they give. */
	static boolean isWorkflow(EStructuralFeature feature) {
		String name = feature.getName();
		return name.equals("state") || name.equals("signOffs") || name.equals("amendments") || name.startsWith("signedBy") || name.equals("reviewOn"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> list(EObject record, EStructuralFeature feature) {
		return (List<EObject>) record.eGet(feature);
	}
}
