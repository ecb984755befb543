package org.qaworkbench.store.jdbc.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.qaworkbench.model.Identified;

/**
 * Copies of the records this store read lately, so that saving a record opened here need not read it again inside
 * the save's transaction. A record's id and row version name one content for ever (every save moves the row version
 * on, and the UPDATE is made only where the row is still at that version), so a copy read at the version being saved
 * is what that read would return. The copies are this store's own: never handed out, taken away when used, the
 * oldest dropped beyond a few dozen.
 */
final class ReadCopies {

	private static final int KEPT = 64;

	private record Key(EClass type, long id) {
	}

	private final Map<Key, Identified> copies = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Identified> eldest) {
			return size() > KEPT;
		}
	};

	/** Keeps a copy of a record as just read from the database. */
	void keep(Identified read) {
		Identified copy = EcoreUtil.copy(read);
		synchronized (copies) {
			copies.put(new Key(read.eClass(), read.getId()), copy);
		}
	}

	/** The copy read of this record at exactly this row version, or null; either way none is kept any longer. */
	Identified take(EClass type, long id, int rowVersion) {
		Identified copy;
		synchronized (copies) {
			copy = copies.remove(new Key(type, id));
		}
		return copy != null && copy.getRowVersion() == rowVersion ? copy : null;
	}
}
