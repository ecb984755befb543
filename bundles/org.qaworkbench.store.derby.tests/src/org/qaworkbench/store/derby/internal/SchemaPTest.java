package org.qaworkbench.store.derby.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration scripts and the model's mapping must describe the same tables and columns. */
class SchemaPTest {

	@TempDir
	Path temp;

	@Test
	void theMigratedSchemaHoldsEveryTableAndColumnTheMappingUses() throws Exception {
		TreeSet<String> expected = new TreeSet<>();
		List<String> ddl = new ArrayList<>();
		for (EntityMapping mapping : EntityMapping.all()) {
			ddl.addAll(mapping.createStatements());
			mapping.columns.forEach(column -> expected.add(mapping.table + "." + column.name() + " " + column.type().ddl));
			for (EntityMapping.ChildTable child : mapping.children) {
				expected.add(child.table() + ".PARENT_ID BIGINT");
				expected.add(child.table() + ".SEQ INTEGER");
				child.columns().forEach(column -> expected.add(child.table() + "." + column.name() + " " + column.type().ddl));
			}
		}
		TreeSet<String> actual = new TreeSet<>();
		try (StoreFixture fixture = new StoreFixture(temp);
				Connection connection = DerbyStoreProvider.dataSourceOf(fixture.store).getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			for (String entry : expected) {
				String table = entry.substring(0, entry.indexOf('.'));
				try (ResultSet columns = metaData.getColumns(null, null, table, null)) {
					while (columns.next()) {
						actual.add(table + "." + columns.getString("COLUMN_NAME") + " " + ddlType(columns));
					}
				}
			}
		}
		assertEquals(String.join("\n", expected), String.join("\n", actual),
				"A new migration script must bring the schema to the model's mapping:\n" + String.join(";\n\n", ddl));
	}

	private static String ddlType(ResultSet column) throws java.sql.SQLException {
		String type = column.getString("TYPE_NAME");
		return switch (type) {
		case "VARCHAR" -> "VARCHAR(" + column.getInt("COLUMN_SIZE") + ")";
		case "DECIMAL" -> "DECIMAL(" + column.getInt("COLUMN_SIZE") + "," + column.getInt("DECIMAL_DIGITS") + ")";
		default -> type;
		};
	}
}
