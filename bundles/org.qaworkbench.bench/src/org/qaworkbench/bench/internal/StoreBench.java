package org.qaworkbench.bench.internal;

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

import org.qaworkbench.core.queries.AuditCriteria;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreLocation;
import org.qaworkbench.core.store.Stores;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.store.jdbc.JdbcStores;

/**
 * {@code qa bench store}: the store's save, load, bulk insert and reporting speed beside a raw-JDBC baseline doing
 * the same work in the same run, on two fresh databases per engine: embedded Derby in a temporary folder, and with
 * {@code --server} also PostgreSQL (throwaway databases made on that server and dropped afterwards). One table.
 */
final class StoreBench {

	private static final Actor BENCH = new Actor("bench"); //$NON-NLS-1$

	private final PrintStream out;

	StoreBench(PrintStream out) {
		this.out = out;
	}

	/** One engine's figures: the store's and the baseline's. */
	private record Figures(String engine, double save, double rawSave, double load, double rawLoad, double bulk, double rawBulk,
			double grades, double rawGrades) {
	}

	void measure(long audits, int samples, BenchServer server) throws Exception {
		List<Figures> figures = new ArrayList<>();
		String engines = "Derby (embedded)"; //$NON-NLS-1$
		Path folder = Files.createTempDirectory("qa-bench"); //$NON-NLS-1$
		try (Store ours = Stores.open(StoreLocation.embedded(folder.resolve("store"))); //$NON-NLS-1$
				Store raw = Stores.open(StoreLocation.embedded(folder.resolve("raw")))) { //$NON-NLS-1$
			figures.add(new Run(ours, raw).measure("Derby", audits, samples)); //$NON-NLS-1$
		} finally {
			deleteQuietly(folder);
		}
		if (server != null) {
			engines += ", PostgreSQL " + server.version() + " at " + server.describe(""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			List<String> databases = new ArrayList<>();
			folder = Files.createTempDirectory("qa-bench"); //$NON-NLS-1$
			try {
				databases.add(server.createDatabase("store")); //$NON-NLS-1$
				databases.add(server.createDatabase("raw")); //$NON-NLS-1$
				try (Store ours = Stores.open(StoreLocation.server(folder.resolve("store"), server.url(databases.get(0)))); //$NON-NLS-1$
						Store raw = Stores.open(StoreLocation.server(folder.resolve("raw"), server.url(databases.get(1))))) { //$NON-NLS-1$
					figures.add(new Run(ours, raw).measure("PostgreSQL", audits, samples)); //$NON-NLS-1$
				}
			} finally {
				for (String database : databases) {
					server.drop(database);
				}
				deleteQuietly(folder);
			}
		}
		print(engines, audits, samples, figures);
	}

	private void print(String engines, long audits, int samples, List<Figures> figures) {
		out.printf("QA Workbench store benchmark: %s; Java %s, %d cores%n", engines, System.getProperty("java.version"), //$NON-NLS-1$ //$NON-NLS-2$
				Runtime.getRuntime().availableProcessors());
		StringBuilder header = new StringBuilder(String.format("%-46s", "")); //$NON-NLS-1$ //$NON-NLS-2$
		StringBuilder columns = new StringBuilder(String.format("%-46s", "")); //$NON-NLS-1$ //$NON-NLS-2$
		for (Figures engine : figures) {
			header.append(String.format(" | %-35s", engine.engine())); //$NON-NLS-1$
			columns.append(String.format(" | %11s %11s %10s", "store", "raw JDBC", "store/raw")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		out.println(header);
		out.println(columns);
		row(String.format("save one %d-answer audit, p50 (%d saves)", BenchAudits.ANSWERS, samples), figures, "ms", f -> f.save, f -> f.rawSave, false); //$NON-NLS-1$ //$NON-NLS-2$
		row(String.format("load it, p50 (%d loads)", samples), figures, "ms", f -> f.load, f -> f.rawLoad, false); //$NON-NLS-1$ //$NON-NLS-2$
		row(String.format("bulk insert %,d audits, audits/s", audits), figures, "", f -> f.bulk, f -> f.rawBulk, true); //$NON-NLS-1$ //$NON-NLS-2$
		row(String.format("grade distribution over %,d audits (query API), s", audits), figures, "s", f -> f.grades, f -> f.rawGrades, false); //$NON-NLS-1$ //$NON-NLS-2$
		out.printf("%-46s | %d MB (heap peak %d MB)%n", "peak memory of the process (VmHWM)", residentPeakMegabytes(), heapPeakMegabytes()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void row(String what, List<Figures> figures, String unit, java.util.function.ToDoubleFunction<Figures> store,
			java.util.function.ToDoubleFunction<Figures> baseline, boolean higherIsBetter) {
		StringBuilder line = new StringBuilder(String.format("%-46s", what)); //$NON-NLS-1$
		for (Figures engine : figures) {
			double ours = store.applyAsDouble(engine);
			double raw = baseline.applyAsDouble(engine);
			double ratio = higherIsBetter ? ours / raw : raw / ours;
			line.append(String.format(" | %8.2f %-2s %8.2f %-2s %9.0f%%", ours, unit, raw, unit, 100 * ratio)); //$NON-NLS-1$
		}
		out.println(line);
	}

	/** One benchmark run over two fresh databases of one engine. */
	private static final class Run {
		private final Store ours;
		private final Store raw;
		private final BenchAudits oursAudits;
		private final BenchAudits rawAudits;

		Run(Store ours, Store raw) throws Exception {
			this.ours = ours;
			this.raw = raw;
			this.oursAudits = new BenchAudits(ours.definitions().store(BenchAudits.definition(), BENCH), localities(ours, BENCH));
			this.rawAudits = new BenchAudits(raw.definitions().store(BenchAudits.definition(), BENCH), localities(raw, BENCH));
		}

		Figures measure(String engine, long audits, int samples) throws Exception {
			long[] oursIds = new long[samples];
			long[] rawIds = new long[samples];
			double[] oursSave = new double[samples];
			double[] rawSave = new double[samples];
			double[] oursLoad = new double[samples];
			double[] rawLoad = new double[samples];
			double oursRate;
			double rawRate;
			try (Connection connection = JdbcStores.dataSourceOf(raw).getConnection(); RawAudits baseline = new RawAudits(connection, BENCH.userId())) {
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
				for (int i = 0; i < samples; i++) {
					long start = System.nanoTime();
					ours.records().find(Assessment.class, oursIds[i]).orElseThrow();
					oursLoad[i] = millis(start);
					start = System.nanoTime();
					baseline.load(rawIds[i]);
					rawLoad[i] = millis(start);
				}
				long start = System.nanoTime();
				try (BulkInsert bulk = ours.records().bulkInsert(BENCH)) {
					for (long i = 0; i < audits; i++) {
						bulk.add(oursAudits.next(i));
					}
				}
				oursRate = audits / seconds(start);
				start = System.nanoTime();
				for (long i = 0; i < audits; i++) {
					baseline.add(rawAudits.next(i));
					if ((i + 1) % 500 == 0) {
						baseline.flush();
					}
				}
				baseline.flush();
				rawRate = audits / seconds(start);
			}
			// Warmed once, then timed: the read model against the shortest hand-written SQL giving the same counts.
			ours.queries().gradeDistribution(AuditCriteria.ALL);
			rawGradeDistribution(ours);
			long start = System.nanoTime();
			ours.queries().gradeDistribution(AuditCriteria.ALL);
			double grades = seconds(start);
			start = System.nanoTime();
			rawGradeDistribution(ours);
			double rawGrades = seconds(start);
			return new Figures(engine, p50(oursSave), p50(rawSave), p50(oursLoad), p50(rawLoad), oursRate, rawRate, grades, rawGrades);
		}
	}

	static List<Locality> localities(Store store, Actor actor) throws Exception {
		List<Locality> localities = new ArrayList<>();
		for (String name : List.of("Hadley Castle", "The Wrekin", "Lakeside South")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Locality locality = QaFactory.eINSTANCE.createLocality();
			locality.setName(name);
			localities.add(store.records().save(locality, actor));
		}
		return localities;
	}

	/** The baseline of the grade distribution: plain SQL over the same table giving the same counts. */
	static int rawGradeDistribution(Store store) throws Exception {
		int groups = 0;
		try (Connection connection = JdbcStores.dataSourceOf(store).getConnection();
				PreparedStatement query = connection.prepareStatement("SELECT COALESCE(NULLIF(\"MODERATED_JUDGEMENT\", ''), NULLIF(\"JUDGEMENT\", '')), COUNT(*), " //$NON-NLS-1$
						+ "SUM(CASE WHEN NULLIF(\"MODERATED_JUDGEMENT\", '') IS NULL THEN 0 ELSE 1 END) FROM \"ASSESSMENTS\" " //$NON-NLS-1$
						+ "WHERE \"STATE\" <> 'DRAFT' AND \"COMPLETED_ON\" IS NOT NULL GROUP BY COALESCE(NULLIF(\"MODERATED_JUDGEMENT\", ''), NULLIF(\"JUDGEMENT\", ''))"); //$NON-NLS-1$
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				groups++;
			}
		}
		return groups;
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

	static void deleteQuietly(Path folder) {
		try (var paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (Exception e) {
			// a temporary folder left behind is harmless
		}
	}
}
