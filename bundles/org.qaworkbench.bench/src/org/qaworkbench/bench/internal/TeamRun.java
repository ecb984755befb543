package org.qaworkbench.bench.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One run of {@code qa bench team}: every client on its own thread, started together, each making its saves in
 * turn and timing each one. Every tenth save is a deliberate conflict: the client opens a shared audit twice (two
 * workbenches showing it), saves one copy, then the other, which was read before that save and must be refused.
 * The save before it, of the first copy, can meet a real conflict with another client: it is then opened again
 * and retried (the retry is one more save). The rest are new audits. Records what was acknowledged, for the check.
 */
final class TeamRun {

	/** An acknowledged edit of a shared audit: the version it made and the marker it wrote. */
	record Edit(long auditId, int rowVersion, String marker) {
	}

	/** Makes client number {@code index} of a run, on its own connection. */
	interface Clients {
		TeamClient<?> open(int index) throws Exception;
	}

	final List<Long> created = Collections.synchronizedList(new ArrayList<>());
	final List<Edit> edits = Collections.synchronizedList(new ArrayList<>());
	final List<String> failures = Collections.synchronizedList(new ArrayList<>());
	final AtomicInteger deliberate = new AtomicInteger();
	final AtomicInteger deliberateRefused = new AtomicInteger();
	final AtomicInteger concurrentRefused = new AtomicInteger();
	private final List<double[]> latencies = Collections.synchronizedList(new ArrayList<>());
	/** CPU time of the client threads, in nanoseconds: what a save costs the workstation, whatever the load. */
	private final AtomicLong clientCpuNanos = new AtomicLong();
	private double seconds;

	private final String name;
	private final List<Long> shared;
	private final BenchAuditsFactory audits;

	/** Each client its own source of audits (a source is not shared between threads). */
	interface BenchAuditsFactory {
		BenchAudits forClient(int index);
	}

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	TeamRun(String name, List<Long> shared, BenchAuditsFactory audits) {
		this.name = name;
		this.shared = shared;
		this.audits = audits;
	}

	/**
	 * The rounds of one side as one run: every attempt, acknowledgement and latency of each, over the time of all
	 * of them together (the time between the rounds, when the other side ran, not counted).
	 */
	static TeamRun together(List<TeamRun> rounds) {
		TeamRun all = new TeamRun("all", List.of(), index -> null); //$NON-NLS-1$
		for (TeamRun round : rounds) {
			all.created.addAll(round.created);
			all.edits.addAll(round.edits);
			all.failures.addAll(round.failures);
			all.deliberate.addAndGet(round.deliberate.get());
			all.deliberateRefused.addAndGet(round.deliberateRefused.get());
			all.concurrentRefused.addAndGet(round.concurrentRefused.get());
			all.latencies.addAll(round.latencies);
			all.clientCpuNanos.addAndGet(round.clientCpuNanos.get());
			all.seconds += round.seconds;
		}
		return all;
	}

	TeamRun run(int clientCount, int saves, Clients clients) throws Exception {
		List<TeamClient<?>> opened = new ArrayList<>();
		try {
			for (int i = 0; i < clientCount; i++) {
				opened.add(clients.open(i));
			}
			CountDownLatch go = new CountDownLatch(1);
			List<Thread> threads = new ArrayList<>();
			for (int i = 0; i < clientCount; i++) {
				int index = i;
				TeamClient<?> client = opened.get(i);
				threads.add(Thread.ofPlatform().name("bench client " + i).start(() -> { //$NON-NLS-1$
					try {
						go.await();
						long cpuBefore = THREADS.getCurrentThreadCpuTime();
						latencies.add(work(index, client, saves));
						clientCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuBefore);
					} catch (Exception e) {
						failures.add("client " + index + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}));
			}
			long start = System.nanoTime();
			go.countDown();
			for (Thread thread : threads) {
				thread.join();
			}
			seconds = (System.nanoTime() - start) / 1e9;
		} finally {
			for (TeamClient<?> client : opened) {
				client.close();
			}
		}
		return this;
	}

	private <C> double[] work(int index, TeamClient<C> client, int saves) throws Exception {
		BenchAudits source = audits.forClient(index);
		double[] timings = new double[saves + saves]; // room for retries
		int timed = 0;
		C stale = null;
		long staleAudit = 0;
		for (int i = 0; i < saves; i++) {
			long start;
			if (i % 10 == 8 && i + 1 < saves) {
				long audit = shared.get((index + i / 10) % shared.size());
				while (true) {
					C mine = client.open(audit);
					stale = client.open(audit);
					staleAudit = audit;
					String marker = name + "/" + index + "/" + i; //$NON-NLS-1$ //$NON-NLS-2$
					start = System.nanoTime();
					int version = client.saveEdit(mine, marker);
					timings[timed++] = millis(start);
					if (version != TeamClient.REFUSED) {
						edits.add(new Edit(audit, version, marker));
						break;
					}
					concurrentRefused.incrementAndGet();
					if (timed == timings.length) {
						timings = java.util.Arrays.copyOf(timings, timings.length * 2);
					}
				}
			} else if (i % 10 == 9 && stale != null) {
				deliberate.incrementAndGet();
				String marker = name + "/" + index + "/" + i + "/stale"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				start = System.nanoTime();
				int version = client.saveEdit(stale, marker);
				timings[timed++] = millis(start);
				if (version == TeamClient.REFUSED) {
					deliberateRefused.incrementAndGet();
				} else {
					edits.add(new Edit(staleAudit, version, marker)); // a missed conflict: the check finds the update it lost
				}
				stale = null;
			} else {
				var audit = source.next(index * 1_000_000L + i);
				start = System.nanoTime();
				created.add(client.create(audit));
				timings[timed++] = millis(start);
			}
			if (timed == timings.length) {
				timings = java.util.Arrays.copyOf(timings, timings.length * 2);
			}
		}
		return java.util.Arrays.copyOf(timings, timed);
	}

	private static double millis(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

	/** Every save attempt's time in milliseconds, refused ones included. */
	double[] latencies() {
		return latencies.stream().flatMapToDouble(java.util.Arrays::stream).sorted().toArray();
	}

	int attempts() {
		return latencies().length;
	}

	double seconds() {
		return seconds;
	}

	double savesPerSecond() {
		return attempts() / seconds;
	}

	/** Client CPU time per save attempt, in milliseconds (opening the audits to edit included). */
	double cpuMillisPerSave() {
		return clientCpuNanos.get() / 1e6 / attempts();
	}

	/** Saves the database acknowledged: new audits and edits (a missed conflict's edit too). */
	int acknowledged() {
		return created.size() + edits.size();
	}

	static double percentile(double[] sorted, double fraction) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.floor(fraction * sorted.length))];
	}
}
