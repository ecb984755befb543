package org.qaworkbench.bench.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.store.StoreLocation;

/**
 * {@code qa bench store|team}: the storage benchmarks, each printing a table of the product's figures beside a
 * raw-JDBC baseline doing the same work in the same run. They assert nothing: performance is measured, not tested.
 */
public final class BenchCommand implements QaCommand {

	/** Ten million audits already take hours on two cores: more is a typing mistake. */
	private static final long MAX_AUDITS = 10_000_000;
	private static final int MAX_SAMPLES = 100_000;
	private static final int MAX_CLIENTS = 200;
	private static final int MAX_SAVES = 100_000;
	private static final int MAX_ROUNDS = 20;

	@Override
	public String name() {
		return "bench"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "measure the store against raw JDBC: qa bench store [--audits N] [--samples N] [--server URL], " //$NON-NLS-1$
				+ "qa bench team --server URL [--clients N] [--saves N] [--rounds N] [--keep]"; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, Set.of("audits", "samples", "server", "clients", "saves", "rounds"), Set.of("keep")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		if (options.positional().equals(List.of("store"))) { //$NON-NLS-1$
			long audits = options.number("audits", 100_000, 1, MAX_AUDITS); //$NON-NLS-1$
			int samples = options.integer("samples", 300, 10, MAX_SAMPLES); //$NON-NLS-1$
			String url = server(options);
			new StoreBench(out).measure(audits, samples, url == null ? null : BenchServer.of(url, System::getenv));
			return OK;
		}
		if (options.positional().equals(List.of("team"))) { //$NON-NLS-1$
			String url = server(options);
			if (url == null) {
				QaCommand.fail(err, "say which PostgreSQL server to measure on: qa bench team --server postgresql://host:port " //$NON-NLS-1$
						+ "(a login that may create databases, its password in PGPASSWORD)"); //$NON-NLS-1$
				return USAGE;
			}
			int clients = options.integer("clients", 20, 1, MAX_CLIENTS); //$NON-NLS-1$
			int saves = options.integer("saves", 200, 10, MAX_SAVES); //$NON-NLS-1$
			int rounds = options.integer("rounds", 3, 1, MAX_ROUNDS); //$NON-NLS-1$
			new TeamBench(BenchServer.of(url, System::getenv), out).measure(clients, saves, rounds, options.flag("keep")); //$NON-NLS-1$
			return OK;
		}
		QaCommand.fail(err, "say what to measure: qa bench store, or qa bench team --server URL"); //$NON-NLS-1$
		return USAGE;
	}

	/**
	 * The launchers take {@code --server URL} wherever it stands and pass it on as a system property, so it arrives
	 * here that way; only that counts (not QA_WORKBENCH_SERVER or qa connect): a benchmark runs where it is told to,
	 * in databases of its own, never in a team database by default.
	 */
	private static String server(Options options) {
		return options.value("server", System.getProperty(StoreLocation.SERVER_PROPERTY)); //$NON-NLS-1$
	}
}
