package org.qaworkbench.bench.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Locality;

/**
 * {@code qa bench team}: a team saving at once on one PostgreSQL server, through the product's store and in raw
 * JDBC, in the same run, on two throwaway databases it makes on the server (both given their schema by the product,
 * so the baseline writes the same tables). Prints a table; asserts nothing.
 */
final class TeamBench {

	/** Audits that every client edits now and then: where the conflicts happen. */
	private static final int SHARED_AUDITS = 10;
	private static final int WARM_UP_CLIENTS = 4;
	private static final int WARM_UP_SAVES = 200;
	private static final Actor SETUP = new Actor("bench"); //$NON-NLS-1$

	private final BenchServer server;
	private final PrintStream out;

	TeamBench(BenchServer server, PrintStream out) {
		this.server = server;
		this.out = out;
	}

	/** A database with its schema, the benchmark's checklist, localities and the shared audits. */
	private record Prepared(String database, StoreLocation location, String definitionHash, List<Locality> localities, List<Long> shared) {
		BenchAudits audits(int client) {
			return new BenchAudits(definitionHash, localities, client);
		}
	}

	/** One side's round of the benchmark. */
	@FunctionalInterface
	private interface TeamRunner {
		void run() throws Exception;
	}

	void measure(int clients, int saves, int rounds, boolean keep) throws Exception {
		Path folder = Files.createTempDirectory("qa-bench-team"); //$NON-NLS-1$
		List<String> databases = new ArrayList<>();
		try {
			out.printf("QA Workbench team benchmark: PostgreSQL %s at %s, %d rounds of %d clients x %d saves of %d-answer audits (every tenth a deliberate conflict), Java %s, %d cores%n", //$NON-NLS-1$
					server.version(), server.describe(""), rounds, clients, saves, BenchAudits.ANSWERS, System.getProperty("java.version"), //$NON-NLS-1$ //$NON-NLS-2$
					Runtime.getRuntime().availableProcessors());
			Prepared ours = prepare(folder.resolve("store"), server.createDatabase("store"), databases); //$NON-NLS-1$ //$NON-NLS-2$
			Prepared raw = prepare(folder.resolve("raw"), server.createDatabase("raw"), databases); //$NON-NLS-1$ //$NON-NLS-2$

			// the JIT and the server's caches warm up first, so that neither side pays for it alone
			List<TeamRun> oursRuns = new ArrayList<>();
			List<TeamRun> rawRuns = new ArrayList<>();
			oursRuns.add(new TeamRun("warm-up", ours.shared(), ours::audits).run(WARM_UP_CLIENTS, WARM_UP_SAVES, index -> storeClient(ours, index))); //$NON-NLS-1$
			rawRuns.add(new TeamRun("warm-up", raw.shared(), raw::audits).run(WARM_UP_CLIENTS, WARM_UP_SAVES, index -> rawClient(raw, index))); //$NON-NLS-1$
			// Rounds in turn, each side first every other round: a side timed always first (or only once) would
			// alone meet whatever the machine and the server were doing then (a checkpoint, another program)
			List<TeamRun> oursRounds = new ArrayList<>();
			List<TeamRun> rawRounds = new ArrayList<>();
			for (int round = 0; round < rounds; round++) {
				String name = "round " + round; //$NON-NLS-1$
				TeamRunner oursRound = () -> oursRounds.add(new TeamRun(name, ours.shared(), ours::audits).run(clients, saves, index -> storeClient(ours, index)));
				TeamRunner rawRound = () -> rawRounds.add(new TeamRun(name, raw.shared(), raw::audits).run(clients, saves, index -> rawClient(raw, index)));
				(round % 2 == 0 ? oursRound : rawRound).run();
				(round % 2 == 0 ? rawRound : oursRound).run();
			}
			oursRuns.addAll(oursRounds);
			rawRuns.addAll(rawRounds);

			TeamCheck oursCheck;
			TeamCheck rawCheck;
			try (Connection connection = server.connect(ours.database())) {
				oursCheck = TeamCheck.of(connection, ours.shared(), oursRuns);
			}
			try (Connection connection = server.connect(raw.database())) {
				rawCheck = TeamCheck.of(connection, raw.shared(), rawRuns);
			}
			TeamRun oursRun = TeamRun.together(oursRounds);
			TeamRun rawRun = TeamRun.together(rawRounds);
			print(oursRun, rawRun, oursCheck, rawCheck);
			out.printf("%-52s %s%n", "throughput store/raw, round by round", ratios(oursRounds, rawRounds)); //$NON-NLS-1$ //$NON-NLS-2$
			if (keep) {
				out.println();
				out.println("Kept the databases; count the audits and their answers with psql (expected: the audit rows above):"); //$NON-NLS-1$
				for (String database : databases) {
					out.printf("  psql -h %s -p %d -U %s -d %s -c 'SELECT COUNT(*) FROM \"ASSESSMENTS\"' -c 'SELECT COUNT(*) FROM \"ASSESSMENT_ANSWERS\"'%n", //$NON-NLS-1$
							server.host(), server.port(), server.user(), database);
				}
				out.printf("Drop them with: psql -h %s -p %d -U %s -d postgres -c 'DROP DATABASE %s' (and %s)%n", server.host(), server.port(), server.user(), //$NON-NLS-1$
						databases.get(0), databases.get(1));
			}
		} finally {
			if (!keep) {
				for (String database : databases) {
					server.drop(database);
				}
			}
			StoreBench.deleteQuietly(folder);
		}
	}

	private Prepared prepare(Path dataFolder, String database, List<String> databases) throws Exception {
		databases.add(database);
		StoreLocation location = StoreLocation.server(dataFolder, server.url(database));
		try (Store store = Stores.open(location)) {
			String hash = store.definitions().store(BenchAudits.definition(), SETUP);
			List<Locality> localities = StoreBench.localities(store, SETUP);
			BenchAudits audits = new BenchAudits(hash, localities, -1);
			List<Long> shared = new ArrayList<>();
			for (int i = 0; i < SHARED_AUDITS; i++) {
				// Drafts: two people working on one audit at once is an audit not yet completed (a completed one is
				// locked, and changed only by an amendment)
				Assessment audit = audits.next(i);
				audit.setState(AssessmentState.DRAFT);
				audit.setCompletedOn(null);
				shared.add(store.records().save(audit, SETUP).getId());
			}
			return new Prepared(database, location, hash, localities, shared);
		}
	}

	/** A workbench of its own: its own store, so its own connections, as another desk would have. */
	private static TeamClient<?> storeClient(Prepared prepared, int index) throws Exception {
		return new StoreTeamClient(Stores.open(prepared.location()), new Actor("client" + index)); //$NON-NLS-1$
	}

	private TeamClient<?> rawClient(Prepared prepared, int index) throws Exception {
		return new RawTeamClient(server.connect(prepared.database()), "client" + index); //$NON-NLS-1$
	}

	private static String ratios(List<TeamRun> ours, List<TeamRun> raw) {
		List<String> ratios = new ArrayList<>();
		for (int round = 0; round < ours.size(); round++) {
			ratios.add(String.format("%.0f%%", 100 * ours.get(round).savesPerSecond() / raw.get(round).savesPerSecond())); //$NON-NLS-1$
		}
		return String.join(", ", ratios); //$NON-NLS-1$
	}

	private void print(TeamRun ours, TeamRun raw, TeamCheck oursCheck, TeamCheck rawCheck) {
		double[] oursTimes = ours.latencies();
		double[] rawTimes = raw.latencies();
		out.printf("%-52s %16s %16s %10s  %s%n", "", "store", "raw JDBC", "store/raw", "goal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		out.printf("%-52s %12.0f /s  %12.0f /s  %9.0f%%  >= 70%%%n", String.format("throughput (%,d and %,d saves in %.1f s and %.1f s)", //$NON-NLS-1$ //$NON-NLS-2$
				ours.attempts(), raw.attempts(), ours.seconds(), raw.seconds()), ours.savesPerSecond(), raw.savesPerSecond(), 100 * ours.savesPerSecond() / raw.savesPerSecond());
		out.printf("%-52s %13.2f ms  %13.2f ms  %9.2fx  <= 1.5x%n", "save, p50", TeamRun.percentile(oursTimes, 0.5), TeamRun.percentile(rawTimes, 0.5), //$NON-NLS-1$ //$NON-NLS-2$
				TeamRun.percentile(oursTimes, 0.5) / TeamRun.percentile(rawTimes, 0.5));
		out.printf("%-52s %13.2f ms  %13.2f ms  %9.2fx%n", "save, p95", TeamRun.percentile(oursTimes, 0.95), TeamRun.percentile(rawTimes, 0.95), //$NON-NLS-1$ //$NON-NLS-2$
				TeamRun.percentile(oursTimes, 0.95) / TeamRun.percentile(rawTimes, 0.95));
		out.printf("%-52s %13.3f ms  %13.3f ms  %9.2fx%n", "client CPU per save (opening the audits to edit included)", ours.cpuMillisPerSave(), raw.cpuMillisPerSave(), //$NON-NLS-1$
				ours.cpuMillisPerSave() / raw.cpuMillisPerSave());
		out.printf("%-52s %16s %16s %10s  0 lost%n", "saves acknowledged / lost (read back afterwards)", ours.acknowledged() + " / " + oursCheck.lost(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				raw.acknowledged() + " / " + rawCheck.lost(), ""); //$NON-NLS-1$ //$NON-NLS-2$
		out.printf("%-52s %16s %16s %10s  all%n", "deliberate conflicts refused", ours.deliberateRefused.get() + " of " + ours.deliberate.get(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				raw.deliberateRefused.get() + " of " + raw.deliberate.get(), ""); //$NON-NLS-1$ //$NON-NLS-2$
		out.printf("%-52s %16d %16d%n", "concurrent conflicts met (refused, opened again)", ours.concurrentRefused.get(), raw.concurrentRefused.get()); //$NON-NLS-1$
		out.printf("%-52s %16s  %s%n", "audit / answer / history rows in the database", //$NON-NLS-1$
				oursCheck.auditRows + " / " + oursCheck.answerRows + " / " + oursCheck.historyRows, //$NON-NLS-1$ //$NON-NLS-2$
				rawCheck.auditRows + " / " + rawCheck.answerRows + " / " + rawCheck.historyRows); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> failures = new ArrayList<>(ours.failures);
		failures.addAll(raw.failures);
		if (!failures.isEmpty()) {
			out.println("Clients that failed (their remaining saves were not made):"); //$NON-NLS-1$
			failures.forEach(failure -> out.println("  " + failure)); //$NON-NLS-1$
		}
	}
}
