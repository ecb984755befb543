package org.qaworkbench.store.jdbc.internal;

import org.eclipse.emf.ecore.EObject;
import org.qaworkbench.core.store.RecordXmi;

/** Model objects as XMI text, for definition snapshots and drafts: core's {@link RecordXmi}, the one writer of it. */
final class Xmi {

	private Xmi() {
	}

	static String write(EObject object) {
		return RecordXmi.write(object);
	}

	static <T extends EObject> T read(String text) {
		return RecordXmi.read(text);
	}
}
