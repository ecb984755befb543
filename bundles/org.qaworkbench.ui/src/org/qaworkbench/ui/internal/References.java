package org.qaworkbench.ui.internal;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaPackage;

/**
 * Stored records named by the id a read model's row carries, as proxies (as the store hands out references), so a
 * view can open or refer to a record without loading it: {@code Records.resolve} fetches one when it is needed.
 */
public final class References {

	private References() {
	}

	/** An assessment to open in its editor: its id, and its definition id, which chooses the editor. */
	public static Assessment assessment(long id, String definitionId) {
		Assessment assessment = to(QaPackage.Literals.ASSESSMENT, id);
		assessment.setDefinitionId(definitionId);
		return assessment;
	}

	/** A casework supervision record to open in its editor. */
	public static CaseworkSupervision caseworkSupervision(long id) {
		return to(QaPackage.Literals.CASEWORK_SUPERVISION, id);
	}

	public static Locality locality(long id) {
		return to(QaPackage.Literals.LOCALITY, id);
	}

	@SuppressWarnings("unchecked")
	private static <T extends Identified> T to(EClass type, long id) {
		Identified proxy = (Identified) EcoreUtil.create(type);
		((InternalEObject) proxy).eSetProxyURI(URI.createURI("qa:/" + type.getName() + "/" + id)); //$NON-NLS-1$ //$NON-NLS-2$
		proxy.setId(id);
		return (T) proxy;
	}
}
