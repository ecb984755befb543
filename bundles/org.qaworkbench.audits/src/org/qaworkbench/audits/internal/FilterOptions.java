package org.qaworkbench.audits.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.AuditFilter;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.Options.UsageException;
import org.qaworkbench.core.queries.LocalityEntry;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.AssessmentState;

/**
 * The filters of {@code qa audits list} and {@code export --format csv}: {@code --locality NAME}, {@code --state STATE}
 * (its name or literal, in any case), {@code --from} and {@code --to} as DD/MM/YYYY. A value that is not one is refused
 * as a usage error; the locality is checked against the database.
 */
final class FilterOptions {

	static final Set<String> NAMES = Set.of("locality", "state", "from", "to"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT); //$NON-NLS-1$

	private final String locality;
	private final AssessmentState state;
	private final LocalDate from;
	private final LocalDate to;

	FilterOptions(Options options) throws UsageException {
		locality = options.value("locality", null); //$NON-NLS-1$
		state = state(options.value("state", null)); //$NON-NLS-1$
		from = date(options, "from"); //$NON-NLS-1$
		to = date(options, "to"); //$NON-NLS-1$
		if (from != null && to != null && from.isAfter(to)) {
			throw new UsageException(NLS.bind(Messages.Filter_fromAfterTo, options.value("from", null), options.value("to", null))); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** The first filter option given (such as "--state"), or null when none was. */
	static String first(Options options) {
		return NAMES.stream().filter(name -> options.value(name, null) != null).map(name -> "--" + name).findFirst().orElse(null); //$NON-NLS-1$
	}

	AuditFilter filter(Store store) throws UsageException {
		Long localityId = null;
		if (locality != null) {
			List<LocalityEntry> localities = store.queries().localities();
			localityId = localities.stream().filter(known -> known.name().equalsIgnoreCase(locality.strip())).map(LocalityEntry::id).findFirst()
					.orElseThrow(() -> new UsageException(NLS.bind(Messages.Filter_unknownLocality, locality,
							localities.stream().map(LocalityEntry::name).sorted().collect(Collectors.joining(", "))))); //$NON-NLS-1$
		}
		return new AuditFilter(localityId, state, from, to);
	}

	private static AssessmentState state(String value) throws UsageException {
		if (value == null) {
			return null;
		}
		for (AssessmentState state : AssessmentState.VALUES) {
			if (state.getName().equalsIgnoreCase(value.strip()) || state.getLiteral().equalsIgnoreCase(value.strip())) {
				return state;
			}
		}
		String known = AssessmentState.VALUES.stream().map(state -> state.getLiteral().toLowerCase()).collect(Collectors.joining(", ")); //$NON-NLS-1$
		throw new UsageException(NLS.bind(Messages.Filter_unknownState, value, known));
	}

	private static LocalDate date(Options options, String name) throws UsageException {
		String value = options.value(name, null);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip(), DATE);
		} catch (DateTimeParseException e) {
			throw new UsageException(NLS.bind(Messages.Filter_notADate, "--" + name, value)); //$NON-NLS-1$
		}
	}
}
