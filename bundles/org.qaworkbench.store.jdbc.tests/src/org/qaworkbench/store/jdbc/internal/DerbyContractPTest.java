package org.qaworkbench.store.jdbc.internal;

import org.junit.jupiter.api.Nested;

/** The store contract, written once in the *Contract classes, on embedded Derby. */
class DerbyContractPTest {

	@Nested
	class Records extends RecordsContract {
		@Override
		Engine engine() {
			return Engine.DERBY;
		}
	}

	@Nested
	class SaveStatements extends SaveStatementsContract {
		@Override
		Engine engine() {
			return Engine.DERBY;
		}
	}

	@Nested
	class History extends HistoryContract {
		@Override
		Engine engine() {
			return Engine.DERBY;
		}
	}

	@Nested
	class AccessLog extends AccessLogContract {
		@Override
		Engine engine() {
			return Engine.DERBY;
		}
	}

	@Nested
	class SnapshotsAndDrafts extends SnapshotsAndDraftsContract {
		@Override
		Engine engine() {
			return Engine.DERBY;
		}
	}

	@Nested
	class AuditWorkflow extends AuditWorkflowContract {
		@Override
		Engine engine() {
			return Engine.DERBY;
		}
	}

	@Nested
	class Schema extends SchemaContract {
		@Override
		Engine engine() {
			return Engine.DERBY;
		}
	}

	@Nested
	class Migrations extends SchemaMigratorContract {
		@Override
		Engine engine() {
			return Engine.DERBY;
		}
	}

	@Nested
	class ReadModels extends QueriesContract {
		@Override
		Engine engine() {
			return Engine.DERBY;
		}
	}
}
