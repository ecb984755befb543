package org.qaworkbench.demo.internal;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.Services;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreProvider;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Locality;

/** {@code qa demo-data [--seed S] [--scale N]}: fills an empty database with a living, made-up service. */
public final class DemoDataCommand implements QaCommand {

	static final String CASE_AUDIT = "org.qaworkbench.checklists.caseaudit"; //$NON-NLS-1$
	/** About 600,000 cases and 240,000 audits: hours of work, and more than any service to try things on. */
	static final int MAX_SCALE = 1000;

	@Override
	public String name() {
		return "demo-data"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return "fill an empty database with a made-up service: qa demo-data [--seed S] [--scale N]"; //$NON-NLS-1$
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, Set.of("seed", "scale")); //$NON-NLS-1$ //$NON-NLS-2$
		long seed = options.number("seed", 2020, Long.MIN_VALUE, Long.MAX_VALUE); //$NON-NLS-1$
		int scale = options.integer("scale", 1, 1, MAX_SCALE); //$NON-NLS-1$
		ChecklistDefinition caseAudit = ChecklistRegistry.instance().newest(CASE_AUDIT).orElse(null);
		if (caseAudit == null) {
			QaCommand.fail(err, "the case audit checklist plugin (" + CASE_AUDIT + ") is not installed"); //$NON-NLS-1$ //$NON-NLS-2$
			return FAILED;
		}
		try (Store store = Services.get(StoreProvider.class).open(DataFolder.resolve())) {
			if (store.records().count(Locality.class) > 0) {
				QaCommand.fail(err, "the database in " + store.info().dataFolder() //$NON-NLS-1$
						+ " already holds records; demo data goes into an empty one (choose a new folder with --data DIR)"); //$NON-NLS-1$
				return FAILED;
			}
			DemoService.Summary summary = new DemoService(store, Actor.localUser(), seed, scale, LocalDate.now()).generate(caseAudit);
			out.println("Demo data for " + summary.describe() + " in " + store.info().dataFolder()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return OK;
	}
}
