package org.qaworkbench.store.derby.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Damages a table as a failing disk would: bytes in the middle of one of its data pages are overwritten, so the
 * page's checksum no longer matches and Derby notices when it reads it.
 */
final class DiskDamage {

	/** The file in seg0 that holds a table's rows, and its page size. */
	record TableFile(String name, int pageSize) {
	}

	private DiskDamage() {
	}

	/** Where {@code table} lives, asked while its store is open. */
	static TableFile of(StoreFixture open, String table) throws SQLException {
		long conglomerate = Long.parseLong(open.query("SELECT CAST(C.CONGLOMERATENUMBER AS CHAR(20)) FROM SYS.SYSCONGLOMERATES C"
				+ " JOIN SYS.SYSTABLES T ON C.TABLEID = T.TABLEID WHERE T.TABLENAME = '" + table + "' AND C.ISINDEX = FALSE").strip());
		int pageSize = Integer.parseInt(open.query("SELECT CAST(PAGESIZE AS CHAR(12)) FROM TABLE(SYSCS_DIAG.SPACE_TABLE('" + table + "')) S"
				+ " WHERE ISINDEX = 0").strip());
		return new TableFile("c" + Long.toHexString(conglomerate) + ".dat", pageSize);
	}

	/** Overwrites 64 bytes in the middle of the table's second data page in the (closed) database folder. */
	static void overwrite(Path database, TableFile table) throws IOException {
		try (RandomAccessFile file = new RandomAccessFile(database.resolve("seg0").resolve(table.name()).toFile(), "rw")) {
			long offset = 2L * table.pageSize() + table.pageSize() / 2;
			if (file.length() < offset + 64) {
				throw new IllegalStateException(table + " has too few pages to damage one in the middle: " + file.length() + " bytes");
			}
			file.seek(offset);
			for (int i = 0; i < 16; i++) {
				file.writeInt(0xDEADBEEF);
			}
		}
	}
}
