package org.qaworkbench.store.jdbc.internal;

import java.nio.file.Path;
import java.util.function.Function;

import javax.sql.DataSource;

import org.qaworkbench.core.identity.Accounts;
import org.qaworkbench.core.queries.Queries;
import org.qaworkbench.core.store.Definitions;
import org.qaworkbench.core.store.Drafts;
import org.qaworkbench.core.store.History;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreInfo;
import org.qaworkbench.store.jdbc.Dialect;

/** An open database on any engine. Closing it releases the database (the engine's dialect says how). */
public final class JdbcStore implements Store {

	private final Database database;
	private final StoreInfo info;
	private final JdbcDefinitions definitions;
	private final JdbcRecords records;
	private final HistoryLog history;
	private final JdbcDrafts drafts;
	private final SqlQueries queries;
	private final Accounts accounts;

	/** {@code accounts} makes the engine's accounts for this store (they read its staff list). */
	public JdbcStore(DataSource dataSource, Dialect dialect, StoreInfo info, Function<Store, Accounts> accounts) {
		this.database = new Database(dataSource, dialect, info.dataFolder());
		this.info = info;
		this.definitions = new JdbcDefinitions(database);
		this.records = new JdbcRecords(database);
		this.history = new HistoryLog(database);
		this.drafts = new JdbcDrafts(database);
		this.queries = new SqlQueries(database);
		this.accounts = accounts.apply(this);
	}

	@Override
	public StoreInfo info() {
		return info;
	}

	@Override
	public Records records() {
		return records;
	}

	@Override
	public Definitions definitions() {
		return definitions;
	}

	@Override
	public History history() {
		return history;
	}

	@Override
	public Drafts drafts() {
		return drafts;
	}

	@Override
	public Queries queries() {
		return queries;
	}

	@Override
	public Accounts accounts() {
		return accounts;
	}

	Dialect dialect() {
		return database.dialect();
	}

	public DataSource dataSource() {
		return database.dataSource();
	}

	@Override
	public void check() throws StoreException {
		database.dialect().check(database.dataSource(), info.dataFolder());
	}

	@Override
	public Path backup(Path folder) throws StoreException {
		return database.dialect().backup(database.dataSource(), info.dataFolder(), folder);
	}

	@Override
	public void close() {
		database.dialect().close();
	}
}
