package org.qaworkbench.core.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * What a user or an administrator needs to know about an open database.
 *
 * @param dataFolder    the folder holding the database
 * @param url           the JDBC URL, for Derby's own tools
 * @param schemaVersion the schema version after migrations on open
 * @param createdAt     when the database was first created
 * @param backupBeforeEncryption the backup taken just before an old unencrypted database was encrypted as it was
 *                      opened (tell the user where it is), or null when that did not happen now
 */
public record StoreInfo(Path dataFolder, String url, int schemaVersion, Instant createdAt, Path backupBeforeEncryption) {

	public StoreInfo(Path dataFolder, String url, int schemaVersion, Instant createdAt) {
		this(dataFolder, url, schemaVersion, createdAt, null);
	}
}
