package org.qaworkbench.store.jdbc.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.qaworkbench.store.jdbc.Dialect;

/** One open database: where its connections come from, its engine's dialect, and the data folder it serves. */
record Database(DataSource dataSource, Dialect dialect, Path dataFolder) {
}
