package org.qaworkbench.core.domain;

import java.nio.file.Path;

import org.qaworkbench.core.identity.Accounts;
import org.qaworkbench.core.queries.Queries;
import org.qaworkbench.core.store.Definitions;
import org.qaworkbench.core.store.Drafts;
import org.qaworkbench.core.store.History;
import org.qaworkbench.core.store.LocalDrafts;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreInfo;

/**
 * The domain layer in front of a storage engine: every change to records goes through {@link DomainRecords}, which
 * validates, scores, applies the sign-off lock and then hands one unit of work to the engine. A decorator of
 * {@link Store} rather than a new API so that every caller (editors, commands, workflow, demo data) goes through it
 * without changing, and an engine can only persist and query: the rules are the same whichever engine is underneath.
 * Reads, history and definitions pass straight through; drafts too, kept on this computer while the server is away
 * ({@link LocalDrafts}).
 */
public final class DomainStore implements Store {

	private final Store engine;
	private final DomainRecords records;
	private final Drafts drafts;

	private DomainStore(Store engine) {
		this.engine = engine;
		this.records = new DomainRecords(engine.records(), engine.definitions());
		this.drafts = LocalDrafts.over(engine.drafts(), engine.info().dataFolder());
	}

	/** The engine's store behind the domain layer; a store already behind it is returned as it is. */
	public static Store over(Store engine) {
		return engine instanceof DomainStore ? engine : new DomainStore(engine);
	}

	/** The engine underneath, for the engine's own bundle (its tests, benchmarks and tools); never for changes. */
	public static Store engineOf(Store store) {
		return store instanceof DomainStore domain ? domain.engine : store;
	}

	@Override
	public StoreInfo info() {
		return engine.info();
	}

	@Override
	public Records records() {
		return records;
	}

	@Override
	public Definitions definitions() {
		return engine.definitions();
	}

	@Override
	public History history() {
		return engine.history();
	}

	@Override
	public Drafts drafts() {
		return drafts;
	}

	/** Accounts check their own rules (administrator only): they go to the engine as they are. */
	@Override
	public Accounts accounts() {
		return engine.accounts();
	}

	/** Read models only read: they go to the engine as they are. */
	@Override
	public Queries queries() {
		return engine.queries();
	}

	@Override
	public void check() throws StoreException {
		engine.check();
	}

	@Override
	public Path backup(Path folder) throws StoreException {
		return engine.backup(folder);
	}

	@Override
	public void close() {
		engine.close();
	}
}
