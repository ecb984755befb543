package org.qaworkbench.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The migration scripts and the model's mapping must describe the same tables and columns. */
abstract class SchemaContract extends StoreTestCase {

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
		try (Connection connection = fixture.jdbc().dataSource().getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			for (String entry : expected) {
				String table = entry.substring(0, entry.indexOf('.'));
				try (ResultSet columns = metaData.getColumns(null, connection.getSchema(), table, null)) {
					while (columns.next()) {
						actual.add(table + "." + columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT) + " " + ddlType(columns));
					}
				}
			}
		}
		assertEquals(String.join("\n", expected), String.join("\n", actual),
				"A new migration script must bring the schema to the model's mapping:\n" + String.join(";\n\n", ddl));
	}

	/** The type as the scripts write it, from the JDBC type every engine reports in its own words. */
	private static String ddlType(ResultSet column) throws java.sql.SQLException {
		int type = column.getInt("DATA_TYPE");
		return switch (type) {
		case Types.VARCHAR -> "VARCHAR(" + column.getInt("COLUMN_SIZE") + ")";
		case Types.DECIMAL, Types.NUMERIC -> "DECIMAL(" + column.getInt("COLUMN_SIZE") + "," + column.getInt("DECIMAL_DIGITS") + ")";
		case Types.BOOLEAN, Types.BIT -> "BOOLEAN";
		case Types.BIGINT -> "BIGINT";
		case Types.INTEGER -> "INTEGER";
		case Types.DATE -> "DATE";
		case Types.TIMESTAMP -> "TIMESTAMP";
		default -> column.getString("TYPE_NAME");
		};
	}
}
