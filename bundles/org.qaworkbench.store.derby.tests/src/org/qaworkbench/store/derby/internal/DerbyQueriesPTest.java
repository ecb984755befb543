package org.qaworkbench.store.derby.internal;

import java.nio.file.Path;

import org.qaworkbench.core.store.Store;

/** The read models on embedded Derby. */
class DerbyQueriesPTest extends QueriesContract {

	@Override
	Store open(Path folder) throws Exception {
		return new DerbyStoreProvider().open(folder);
	}
}
