package org.qaworkbench.cli.internal;

import java.io.PrintStream;
import java.net.URL;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.qaworkbench.core.InstalledChecklists;
import org.qaworkbench.core.InstalledChecklists.Contribution;
import org.qaworkbench.core.checklists.validation.DefinitionLoader;
import org.qaworkbench.core.checklists.validation.DefinitionProblem;
import org.qaworkbench.core.checklists.validation.DefinitionResult;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.model.ChecklistDefinition;

/**
 * {@code qa checklists list}: one line per installed, valid checklist definition; a broken contribution is
 * reported on standard error with its problems and skipped, as the application skips it.
 */
final class ListChecklistsCommand implements QaCommand {

	@Override
	public String name() {
		return "list"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.ChecklistsList_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		List<String> unexpected = Options.parse(arguments, Set.of()).positional();
		if (!unexpected.isEmpty()) {
			QaCommand.fail(err, NLS.bind(Messages.Commands_unexpectedArgument, unexpected.get(0), "checklists list")); //$NON-NLS-1$
			return USAGE;
		}
		List<Contribution> contributions = InstalledChecklists.in(RegistryFactory.getRegistry());
		int listed = 0;
		for (Contribution contribution : contributions) {
			DefinitionResult result = load(contribution);
			if (result.isValid()) {
				ChecklistDefinition definition = result.definition().orElseThrow();
				out.println(NLS.bind(Messages.ChecklistsList_line,
						new Object[] { definition.getDefinitionId(), definition.getVersion(), definition.getTitle(), contribution.bundle() }));
				listed++;
			} else {
				QaCommand.fail(err, NLS.bind(Messages.ChecklistsList_skipped, result.source()));
				for (DefinitionProblem problem : result.problems()) {
					QaCommand.fail(err, problem.toString());
				}
			}
		}
		if (listed == 0) {
			out.println(Messages.ChecklistsList_none);
		}
		return OK;
	}

	private static DefinitionResult load(Contribution contribution) {
		String source = contribution.bundle() + '/' + contribution.file();
		Bundle bundle = Platform.getBundle(contribution.bundle());
		URL entry = bundle == null || contribution.file() == null ? null : bundle.getEntry(contribution.file());
		if (entry == null) {
			return DefinitionLoader.missing(source);
		}
		return DefinitionLoader.load(entry, source).validated();
	}
}
