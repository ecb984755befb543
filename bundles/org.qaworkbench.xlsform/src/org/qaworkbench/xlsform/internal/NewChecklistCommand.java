package org.qaworkbench.xlsform.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.xlsform.ChecklistWorkbooks;

/**
 * {@code qa checklists new NAME --out FILE.xlsx}: a filled-in workbook to design a checklist in. An existing file
 * is never overwritten: it may be a workbook someone has worked on.
 */
public final class NewChecklistCommand implements QaCommand {

	@Override
	public String name() {
		return "new"; //$NON-NLS-1$
	}

	@Override
	public String group() {
		return "checklists"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.New_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(arguments, Set.of("out")); //$NON-NLS-1$
		String title = String.join(" ", options.positional()).strip(); //$NON-NLS-1$
		String file = options.value("out", null); //$NON-NLS-1$
		if (title.isEmpty() || file == null) {
			QaCommand.fail(err, Messages.New_usage);
			return USAGE;
		}
		Path xlsx = Path.of(file);
		if (Files.exists(xlsx)) {
			QaCommand.fail(err, NLS.bind(Messages.Command_exists, xlsx));
			return FAILED;
		}
		ChecklistWorkbooks.template(title, xlsx);
		out.println(NLS.bind(Messages.New_done, xlsx, title));
		return OK;
	}
}
