package org.qaworkbench.store.derby.internal.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.queries.AuditCriteria;
import org.qaworkbench.core.queries.Queries;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.store.derby.internal.DerbyStoreProvider;

/**
 * {@code qa bench store}: the store's save, load, bulk insert and reporting speed beside a raw-JDBC baseline doing
 * the same work in the same run, on fresh databases in a temporary folder. Prints a table; asserts nothing.
 */
public final class BenchStoreCommand implements QaCommand {

	private static final Actor BENCH = new Actor("bench"); //$NON-NLS-1$
	/** Ten million audits already take hours on two cores: more is a typing mistake. */
	private static final long MAX_AUDITS = 10_000_000;
	private static final int MAX_SAMPLES = 100_000;

	@Override
	public String name() {
		return "bench"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "measure the store against raw JDBC: qa bench store [--audits N] [--samples N]"; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, Set.of("audits", "samples")); //$NON-NLS-1$ //$NON-NLS-2$
		if (!options.positional().equals(List.of("store"))) { //$NON-NLS-1$
			QaCommand.fail(err, "say what to measure: qa bench store"); //$NON-NLS-1$
			return USAGE;
		}
		long audits = options.number("audits", 100_000, 1, MAX_AUDITS); //$NON-NLS-1$
		int samples = options.integer("samples", 300, 10, MAX_SAMPLES); //$NON-NLS-1$
		Path folder = Files.createTempDirectory("qa-bench"); //$NON-NLS-1$
		DerbyStoreProvider provider = new DerbyStoreProvider();
		try (Store ours = provider.open(folder.resolve("store")); Store raw = provider.open(folder.resolve("raw"))) { //$NON-NLS-1$ //$NON-NLS-2$
			new Run(ours, raw, out).measure(audits, samples);
		} finally {
			deleteQuietly(folder);
		}
		return OK;
	}

	/** One benchmark run over two fresh databases. */
	private static final class Run {
		private final Store ours;
		private final Store raw;
		private final PrintStream out;
		private final BenchAudits oursAudits;
		private final BenchAudits rawAudits;

		Run(Store ours, Store raw, PrintStream out) throws Exception {
			this.ours = ours;
			this.raw = raw;
			this.out = out;
			this.oursAudits = new BenchAudits(ours.definitions().store(BenchAudits.definition(), BENCH), localities(ours));
			this.rawAudits = new BenchAudits(raw.definitions().store(BenchAudits.definition(), BENCH), localities(raw));
		}

		private static List<Locality> localities(Store store) throws Exception {
			List<Locality> localities = new ArrayList<>();
			for (String name : List.of("Hadley Castle", "The Wrekin", "Lakeside South")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Locality locality = QaFactory.eINSTANCE.createLocality();
				locality.setName(name);
				localities.add(store.records().save(locality, BENCH));
			}
			return localities;
		}

		void measure(long audits, int samples) throws Exception {
			out.printf("QA Workbench store benchmark: Derby 10.17.1.0, Java %s, %d cores%n", System.getProperty("java.version"), //$NON-NLS-1$ //$NON-NLS-2$
					Runtime.getRuntime().availableProcessors());
			out.printf("%-58s %14s %14s %8s%n", "", "store", "raw JDBC", "store/raw"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			long[] oursIds = new long[samples];
			long[] rawIds = new long[samples];
			double[] oursSave = new double[samples];
			double[] rawSave = new double[samples];
			try (Connection connection = dataSourceOf(raw).getConnection(); RawAudits baseline = new RawAudits(connection)) {
				for (int i = 0; i < samples; i++) {
					Assessment audit = oursAudits.next(i);
					long start = System.nanoTime();
					oursIds[i] = ours.records().save(audit, BENCH).getId();
					oursSave[i] = millis(start);
					Assessment rawAudit = rawAudits.next(i);
					start = System.nanoTime();
					rawIds[i] = baseline.save(rawAudit);
					rawSave[i] = millis(start);
				}
				row("save one " + BenchAudits.ANSWERS + "-answer audit, p50 (" + samples + " saves)", p50(oursSave), p50(rawSave), "ms", false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				double[] oursLoad = new double[samples];
				double[] rawLoad = new double[samples];
				for (int i = 0; i < samples; i++) {
					long start = System.nanoTime();
					ours.records().find(Assessment.class, oursIds[i]).orElseThrow();
					oursLoad[i] = millis(start);
					start = System.nanoTime();
					baseline.load(rawIds[i]);
					rawLoad[i] = millis(start);
				}
				row("load it, p50 (" + samples + " loads)", p50(oursLoad), p50(rawLoad), "ms", false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

				long start = System.nanoTime();
				try (BulkInsert bulk = ours.records().bulkInsert(BENCH)) {
					for (long i = 0; i < audits; i++) {
						bulk.add(oursAudits.next(i));
					}
				}
				double oursRate = audits / seconds(start);
				start = System.nanoTime();
				for (long i = 0; i < audits; i++) {
					baseline.add(rawAudits.next(i));
					if ((i + 1) % 500 == 0) {
						baseline.flush();
					}
				}
				baseline.flush();
				double rawRate = audits / seconds(start);
				row(String.format("bulk insert %,d audits (%,d answers), audits/s", audits, audits * BenchAudits.ANSWERS), oursRate, rawRate, "", true); //$NON-NLS-1$ //$NON-NLS-2$
			}
			measureQueries(audits);
			out.printf("%-58s %11d MB   (heap peak %d MB)%n", "peak memory of the process (resident, VmHWM)", residentPeakMegabytes(), heapPeakMegabytes()); //$NON-NLS-1$ //$NON-NLS-2$
		}

		/**
		 * The read models over the audits just inserted, beside hand-written SQL giving the same figures, both on the
		 * store's database; each the median of {@value #QUERY_RUNS} runs, alternating, after one run of each to warm up.
		 */
		private void measureQueries(long audits) throws Exception {
			Queries queries = ours.queries();
			javax.sql.DataSource database = dataSourceOf(ours);
			int[] groups = new int[2];
			double[][] grades = timed(() -> groups[0] = queries.gradeDistribution(AuditCriteria.ALL).size(), () -> rawGradeDistribution(database));
			querySeconds(String.format("grade distribution over %,d audits (%d grades)", audits, groups[0]), grades); //$NON-NLS-1$
			double[][] months = timed(() -> groups[1] = queries.completedByLocalityAndMonth(AuditCriteria.ALL).size(), () -> rawCompletedByLocalityAndMonth(database));
			querySeconds(String.format("completed per locality and month (%d groups)", groups[1]), months); //$NON-NLS-1$
		}

		private void querySeconds(String what, double[][] runs) {
			double store = p50(runs[0]);
			double baseline = p50(runs[1]);
			out.printf("%-58s %12.3f s %12.3f s %7.0f%%%n", what, store, baseline, 100 * baseline / store); //$NON-NLS-1$
		}

		private static double[][] timed(Work api, Work raw) throws Exception {
			api.run();
			raw.run();
			double[][] seconds = new double[2][QUERY_RUNS];
			for (int i = 0; i < QUERY_RUNS; i++) {
				long start = System.nanoTime();
				api.run();
				seconds[0][i] = seconds(start);
				start = System.nanoTime();
				raw.run();
				seconds[1][i] = seconds(start);
			}
			return seconds;
		}

		private void row(String what, double store, double baseline, String unit, boolean higherIsBetter) {
			double ratio = higherIsBetter ? store / baseline : baseline / store;
			out.printf("%-58s %11.2f %-2s %11.2f %-2s %7.0f%%%n", what, store, unit, baseline, unit, 100 * ratio); //$NON-NLS-1$
		}
	}

	private static final int QUERY_RUNS = 5;

	@FunctionalInterface
	private interface Work {
		Object run() throws Exception;
	}

	/** The baseline of the grade distribution: the shortest hand-written SQL giving the same counts. */
	static int rawGradeDistribution(javax.sql.DataSource database) throws Exception {
		return groups(database, "SELECT COALESCE(NULLIF(MODERATED_JUDGEMENT, ''), NULLIF(JUDGEMENT, '')), COUNT(*), " //$NON-NLS-1$
				+ "SUM(CASE WHEN NULLIF(MODERATED_JUDGEMENT, '') IS NULL THEN 0 ELSE 1 END) FROM ASSESSMENTS " //$NON-NLS-1$
				+ "WHERE STATE <> 'DRAFT' AND COMPLETED_ON IS NOT NULL GROUP BY COALESCE(NULLIF(MODERATED_JUDGEMENT, ''), NULLIF(JUDGEMENT, ''))"); //$NON-NLS-1$
	}

	/** The baseline of the counts per locality and month, with Derby's own month functions. */
	static int rawCompletedByLocalityAndMonth(javax.sql.DataSource database) throws Exception {
		return groups(database, "SELECT LOCALITY_ID, YEAR(COMPLETED_ON), MONTH(COMPLETED_ON), COUNT(*) FROM ASSESSMENTS " //$NON-NLS-1$
				+ "WHERE STATE <> 'DRAFT' AND COMPLETED_ON IS NOT NULL GROUP BY LOCALITY_ID, YEAR(COMPLETED_ON), MONTH(COMPLETED_ON)"); //$NON-NLS-1$
	}

	private static int groups(javax.sql.DataSource database, String sql) throws Exception {
		int groups = 0;
		try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				groups++;
			}
		}
		return groups;
	}

	private static javax.sql.DataSource dataSourceOf(Store store) {
		return DerbyStoreProvider.dataSourceOf(store);
	}

	private static double millis(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static double p50(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static long residentPeakMegabytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) { //$NON-NLS-1$
				if (line.startsWith("VmHWM:")) { //$NON-NLS-1$
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024; //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		} catch (Exception e) {
			// not Linux: fall through
		}
		return -1;
	}

	private static long heapPeakMegabytes() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024 * 1024);
	}

	private static void deleteQuietly(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (Exception e) {
			// a temporary folder left behind is harmless
		}
	}
}
