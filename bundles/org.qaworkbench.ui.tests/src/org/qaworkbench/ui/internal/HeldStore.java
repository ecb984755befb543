package org.qaworkbench.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.qaworkbench.core.identity.Accounts;
import org.qaworkbench.core.queries.ActionEntry;
import org.qaworkbench.core.queries.AssessmentEntry;
import org.qaworkbench.core.queries.AuditCriteria;
import org.qaworkbench.core.queries.AuditEntry;
import org.qaworkbench.core.queries.CaseEntry;
import org.qaworkbench.core.queries.GradeCount;
import org.qaworkbench.core.queries.LocalityEntry;
import org.qaworkbench.core.queries.MonthCount;
import org.qaworkbench.core.queries.Queries;
import org.qaworkbench.core.queries.SupervisionQueries;
import org.qaworkbench.core.store.Definitions;
import org.qaworkbench.core.store.Drafts;
import org.qaworkbench.core.store.History;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.core.store.StoreInfo;

/**
 * A store whose read models are slow until a test lets them go: each query notes the thread it runs on, then waits
 * for {@link #release}. Everything else is the real store's.
 */
public final class HeldStore implements Store {

	/** Only so that a view reading on the UI thread, which this store exists to catch, fails rather than hangs. */
	private static final long DEADLOCK_GUARD_SECONDS = 30;

	private final Store store;
	private final CountDownLatch gate = new CountDownLatch(1);
	private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
	private final AtomicInteger held = new AtomicInteger();
	private final Queries queries;

	public HeldStore(Store store) {
		this.store = store;
		Queries real = store.queries();
		this.queries = new Queries() {
			@Override
			public List<LocalityEntry> localities() {
				return hold(real::localities);
			}

			@Override
			public List<CaseEntry> casesOf(long localityId) {
				return hold(() -> real.casesOf(localityId));
			}

			@Override
			public List<AssessmentEntry> assessmentsOf(String caseNumber) {
				return hold(() -> real.assessmentsOf(caseNumber));
			}

			@Override
			public List<ActionEntry> actions() {
				return hold(real::actions);
			}

			@Override
			public void audits(AuditCriteria criteria, Consumer<? super AuditEntry> each) {
				hold(() -> {
					real.audits(criteria, each);
					return null;
				});
			}

			@Override
			public List<GradeCount> gradeDistribution(AuditCriteria criteria) {
				return hold(() -> real.gradeDistribution(criteria));
			}

			@Override
			public List<MonthCount> completedByLocalityAndMonth(AuditCriteria criteria) {
				return hold(() -> real.completedByLocalityAndMonth(criteria));
			}

			@Override
			public SupervisionQueries supervision() {
				return real.supervision();
			}
		};
	}

	private <T> T hold(Supplier<T> query) {
		threads.add(Thread.currentThread());
		held.incrementAndGet();
		try {
			gate.await(DEADLOCK_GUARD_SECONDS, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return query.get();
	}

	/** How many queries have started (and are held until {@link #release}). */
	public int started() {
		return held.get();
	}

	/** Lets every query, held or to come, run. */
	public void release() {
		gate.countDown();
	}

	/** The threads the queries ran on. */
	public Set<Thread> threads() {
		return Set.copyOf(threads);
	}

	@Override
	public Queries queries() {
		return queries;
	}

	@Override
	public StoreInfo info() {
		return store.info();
	}

	@Override
	public Records records() {
		return store.records();
	}

	@Override
	public Definitions definitions() {
		return store.definitions();
	}

	@Override
	public History history() {
		return store.history();
	}

	@Override
	public Drafts drafts() {
		return store.drafts();
	}

	@Override
	public Accounts accounts() {
		return store.accounts();
	}

	@Override
	public void check() throws StoreException {
		store.check();
	}

	@Override
	public Path backup(Path folder) throws StoreException {
		return store.backup(folder);
	}

	@Override
	public void close() {
		store.close();
	}
}
