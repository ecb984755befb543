package org.qaworkbench.xlsform.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.audits.evidence.TimescaleRegistry;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.xlsform.ChecklistWorkbooks;

/**
 * {@code qa checklists export ID [--version V] --out FILE.xlsx}: an installed checklist (the newest version unless
 * one is named) and its timescales as a workbook, which {@code qa checklists import} turns back into the same
 * definition. An existing file is never overwritten.
 */
public final class ExportChecklistCommand implements QaCommand {

	@Override
	public String name() {
		return "export"; //$NON-NLS-1$
	}

	@Override
	public String group() {
		return "checklists"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Export_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, Set.of("out", "version")); //$NON-NLS-1$ //$NON-NLS-2$
		String file = options.value("out", null); //$NON-NLS-1$
		if (options.positional().size() != 1 || file == null) {
			QaCommand.fail(err, Messages.Export_usage);
			return USAGE;
		}
		String id = options.positional().get(0);
		String version = options.value("version", null); //$NON-NLS-1$
		ChecklistRegistry registry = ChecklistRegistry.instance();
		Optional<ChecklistDefinition> found = version == null ? registry.newest(id) : registry.find(id, version);
		if (found.isEmpty()) {
			String installed = registry.all().stream().map(definition -> definition.getDefinitionId() + ' ' + definition.getVersion())
					.collect(Collectors.joining(", ")); //$NON-NLS-1$
			QaCommand.fail(err, version == null ? NLS.bind(Messages.Export_notInstalled, id, installed)
					: NLS.bind(Messages.Export_versionNotInstalled, new Object[] { id, version, installed }));
			return FAILED;
		}
		Path xlsx = Path.of(file);
		if (Files.exists(xlsx)) {
			QaCommand.fail(err, NLS.bind(Messages.Command_exists, xlsx));
			return FAILED;
		}
		ChecklistDefinition definition = found.get();
		var rules = TimescaleRegistry.instance().rules(definition.getDefinitionId());
		ChecklistWorkbooks.write(definition, rules, xlsx);
		out.println(NLS.bind(Messages.Export_done, new Object[] { definition.getDefinitionId(), definition.getVersion(), xlsx, rules.size() }));
		return OK;
	}
}
