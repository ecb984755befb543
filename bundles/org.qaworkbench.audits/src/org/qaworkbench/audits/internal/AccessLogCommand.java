package org.qaworkbench.audits.internal;

import static org.qaworkbench.audits.internal.StaffCommandLine.AS;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.Options.UsageException;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.store.AccessLog.Access;
import org.qaworkbench.core.store.AccessLog.Event;
import org.qaworkbench.core.store.Store;

/**
 * {@code qa access-log [--record ID] [--limit N] [--as USER]}: who opened or exported confidential records, newest
 * first, for an administrator only (the log itself says who looked at what, so it is as confidential as the records).
 */
public final class AccessLogCommand implements QaCommand {

	static final int DEFAULT_LIMIT = 100;

	@Override
	public String name() {
		return "access-log"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return AccessLogMessages.Command_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		if (arguments.stream().anyMatch(argument -> List.of("--help", "-h", "help").contains(argument))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.println(AccessLogMessages.Command_usage);
			return OK;
		}
		Options options = Options.parse(arguments, Set.of("record", "limit", AS)); //$NON-NLS-1$ //$NON-NLS-2$
		if (!options.positional().isEmpty()) {
			throw new UsageException(NLS.bind(AccessLogMessages.Command_unexpected, options.positional().get(0)));
		}
		long record = options.number("record", 0, 1, Long.MAX_VALUE); //$NON-NLS-1$
		int limit = options.integer("limit", DEFAULT_LIMIT, 1, 1_000_000); //$NON-NLS-1$
		try (Store store = StaffCommandLine.open(options)) {
			if (StaffCommandLine.permitted(store, options, err, AccessLogMessages.Command_notStaff, Permission.READ_ACCESS_LOG).isEmpty()) {
				return FAILED;
			}
			List<Event> events = record == 0 ? store.accessLog().newest(limit) : store.accessLog().of(record, limit);
			if (events.isEmpty()) {
				out.println(record == 0 ? AccessLogMessages.Command_none : NLS.bind(AccessLogMessages.Command_noneOf, record));
			}
			events.forEach(event -> out.println(line(event)));
		}
		return OK;
	}

	/** One event a line, tab-separated: when, who, from where, what, the record's kind and id. */
	static String line(Event event) {
		return String.join("\t", Formats.dateTime(event.at()), event.userId(), event.workstation(), what(event), event.recordKind(), //$NON-NLS-1$
				Long.toString(event.recordId()));
	}

	static String what(Event event) {
		return event.access() == Access.OPENED ? AccessLogMessages.Access_opened : NLS.bind(AccessLogMessages.Access_exported, event.format());
	}
}
