package org.qaworkbench.bench.internal;

import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.StaleRecordException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;

/** A workbench of {@code qa bench team} through the product's store: its own store, so its own connections. */
final class StoreTeamClient implements TeamClient<Assessment> {

	private final Store store;
	private final Actor actor;

	StoreTeamClient(Store store, Actor actor) {
		this.store = store;
		this.actor = actor;
	}

	@Override
	public long create(Assessment audit) throws Exception {
		return store.records().save(audit, actor).getId();
	}

	@Override
	public Assessment open(long id) {
		return store.records().find(Assessment.class, id).orElseThrow();
	}

	@Override
	public int saveEdit(Assessment copy, String marker) throws Exception {
		copy.setComments(marker);
		try {
			return store.records().save(copy, actor).getRowVersion();
		} catch (StaleRecordException e) {
			return REFUSED;
		}
	}

	@Override
	public void close() {
		store.close();
	}
}
