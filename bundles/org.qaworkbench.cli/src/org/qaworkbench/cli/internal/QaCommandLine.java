package org.qaworkbench.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.checklists.registry.PluginFolder;

/** The {@code qa} command: administration and automation without a window. */
public final class QaCommandLine implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PluginFolder.installAtStartup(DataFolder.resolve());
		return new Commands(System.out, System.err).run(arguments == null ? List.of() : Arrays.asList(arguments));
	}

	@Override
	public void stop() {
		// Commands run to completion; there is nothing to interrupt.
	}
}
