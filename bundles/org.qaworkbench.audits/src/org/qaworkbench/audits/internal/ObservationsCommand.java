package org.qaworkbench.audits.internal;

import static org.qaworkbench.audits.internal.StaffCommandLine.AS;
import static org.qaworkbench.audits.internal.StaffCommandLine.asksForHelp;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.ObservationPdf;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.Options.UsageException;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.observations.Observations;
import org.qaworkbench.core.observations.ObservationsDue;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.StaffMember;

/**
 * {@code qa observations due|list|export}: direct observations of practice as the person acting may see them (the
 * operating-system user, or {@code --as USER}): confidentiality is decided in core ({@link Observations}), never here.
 */
public final class ObservationsCommand implements QaCommand {

	private static final String LOCALITY = "locality"; //$NON-NLS-1$
	private static final String STATE = "state"; //$NON-NLS-1$

	/** The clock the commands read today from; tests set a fixed one. */
	static Clock clock = Clock.systemDefaultZone();

	@Override
	public String name() {
		return "observations"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return ObservationMessages.Command_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		if (asksForHelp(arguments)) {
			out.println(ObservationMessages.Command_usage);
			return OK;
		}
		String sub = arguments.get(0);
		List<String> rest = arguments.subList(1, arguments.size());
		return switch (sub) {
		case "due" -> due(Options.parse(rest, Set.of(LOCALITY, AS)), out, err); //$NON-NLS-1$
		case "list" -> list(Options.parse(rest, Set.of(LOCALITY, STATE, AS)), out, err); //$NON-NLS-1$
		case "export" -> export(Options.parse(rest, Set.of("id", "format", "out", AS)), out, err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		default -> StaffCommandLine.unknown(err, ObservationMessages.Command_unknown, sub);
		};
	}

	private static int due(Options options, PrintStream out, PrintStream err) throws Exception {
		StaffCommandLine.noPositional(options, "due", ObservationMessages.Command_unexpected); //$NON-NLS-1$
		try (Store store = StaffCommandLine.open(options)) {
			Optional<StaffMember> person = StaffCommandLine.person(store, options, err, ObservationMessages.Command_notStaff);
			if (person.isEmpty()) {
				return FAILED;
			}
			Optional<Locality> locality = locality(store, options);
			Observations observations = new Observations(store, clock);
			long shown = 0;
			for (ObservationsDue.Row row : observations.due(person.get())) {
				if (locality.isPresent() && !Staff.same(row.practitioner().getLocality(), locality.get())) {
					continue;
				}
				out.println(dueLine(store, row));
				shown++;
			}
			if (shown == 0) {
				out.println(ObservationMessages.Due_none);
			}
		}
		return OK;
	}

	/** Practitioner, locality, last signed off, next due, the observation in progress (id and state), OVERDUE. */
	static String dueLine(Store store, ObservationsDue.Row row) {
		StaffMember practitioner = row.practitioner();
		String progress = row.inProgress().map(observation -> "#" + observation.getId() + " " + observation.getState().getLiteral()).orElse("-"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return String.join("  ", String.format("%-24s", practitioner.getName()), String.format("%-15s", localityName(store, practitioner.getLocality())), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				String.format("%-10s", row.lastOn() == null ? ObservationMessages.Due_never : Formats.date(row.lastOn())), Formats.date(row.nextDue()), //$NON-NLS-1$
				String.format("%-16s", progress), row.overdue() ? ObservationMessages.Due_overdue : "").stripTrailing(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int list(Options options, PrintStream out, PrintStream err) throws Exception {
		StaffCommandLine.noPositional(options, "list", ObservationMessages.Command_unexpected); //$NON-NLS-1$
		Optional<ObservationState> state = state(options.value(STATE, null));
		try (Store store = StaffCommandLine.open(options)) {
			Optional<StaffMember> person = StaffCommandLine.person(store, options, err, ObservationMessages.Command_notStaff);
			if (person.isEmpty()) {
				return FAILED;
			}
			Optional<Locality> locality = locality(store, options);
			Observations observations = new Observations(store, clock);
			long shown = 0;
			for (DirectObservation observation : observations.visibleTo(person.get())) {
				StaffMember practitioner = store.records().resolve(observation.getPractitioner()).orElse(null);
				if (state.isPresent() && observation.getState() != state.get()
						|| locality.isPresent() && (practitioner == null || !Staff.same(practitioner.getLocality(), locality.get()))) {
					continue;
				}
				out.println(listLine(store, observations, observation, practitioner));
				shown++;
			}
			if (shown == 0) {
				out.println(ObservationMessages.List_none);
			}
		}
		return OK;
	}

	/** Id, date, state, practitioner, observer, grade. */
	private static String listLine(Store store, Observations observations, DirectObservation observation, StaffMember practitioner) {
		String observer = observation.getObserver() == null ? "-" : store.records().resolve(observation.getObserver()).map(StaffMember::getName).orElse("-"); //$NON-NLS-1$ //$NON-NLS-2$
		String grade = observation.getGrade() == 0 ? "-" //$NON-NLS-1$
				: observations.formOf(observation).map(form -> form.gradeLabel(observation.getGrade())).orElse(Integer.toString(observation.getGrade()));
		return String.join("  ", String.format("%-6d", observation.getId()), Formats.date(observation.getObservedOn()), //$NON-NLS-1$ //$NON-NLS-2$
				String.format("%-10s", observation.getState() == null ? "-" : observation.getState().getLiteral()), //$NON-NLS-1$ //$NON-NLS-2$
				String.format("%-24s", practitioner == null ? "-" : practitioner.getName()), String.format("%-24s", observer), grade).stripTrailing(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static int export(Options options, PrintStream out, PrintStream err) throws Exception {
		StaffCommandLine.noPositional(options, "export", ObservationMessages.Command_unexpected); //$NON-NLS-1$
		String format = options.value("format", null); //$NON-NLS-1$
		if (format == null) {
			throw new UsageException(ObservationMessages.Export_formatNeeded);
		}
		if (!format.strip().toLowerCase(Locale.ROOT).equals("pdf")) { //$NON-NLS-1$
			throw new UsageException(NLS.bind(ObservationMessages.Export_onlyPdf, format));
		}
		String file = options.value("out", null); //$NON-NLS-1$
		if (file == null || file.isBlank()) {
			throw new UsageException(ObservationMessages.Export_outNeeded);
		}
		long id = options.number("id", 0, 1, Long.MAX_VALUE); //$NON-NLS-1$
		if (id == 0) {
			throw new UsageException(ObservationMessages.Export_idNeeded);
		}
		try (Store store = StaffCommandLine.open(options)) {
			Optional<StaffMember> person = StaffCommandLine.permitted(store, options, err, ObservationMessages.Command_notStaff, Permission.EXPORT_PDF);
			if (person.isEmpty()) {
				return FAILED;
			}
			ObservationPdf.write(store, new Observations(store, clock), id, person.get(), Path.of(file));
		} catch (NoSuchElementException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		} catch (IOException e) {
			QaCommand.fail(err, NLS.bind(Messages.Export_cannotWrite, file, ExportAuditsCommand.reason(e, Path.of(file))));
			return FAILED;
		}
		out.println(NLS.bind(ObservationMessages.Export_done, id, file));
		return OK;
	}

	private static Optional<Locality> locality(Store store, Options options) throws UsageException {
		String name = options.value(LOCALITY, null);
		if (name == null) {
			return Optional.empty();
		}
		List<Locality> localities = store.records().list(Locality.class);
		return Optional.of(localities.stream().filter(locality -> locality.getName().equalsIgnoreCase(name.strip())).findFirst()
				.orElseThrow(() -> new UsageException(NLS.bind(ObservationMessages.Command_unknownLocality, name,
						localities.stream().map(Locality::getName).collect(Collectors.joining(", ")))))); //$NON-NLS-1$
	}

	private static Optional<ObservationState> state(String value) throws UsageException {
		if (value == null) {
			return Optional.empty();
		}
		String wanted = value.strip().replace(' ', '_');
		return Optional.of(Arrays.stream(ObservationState.values())
				.filter(state -> state.getName().equalsIgnoreCase(wanted) || state.getLiteral().equalsIgnoreCase(value.strip())).findFirst()
				.orElseThrow(() -> new UsageException(NLS.bind(ObservationMessages.Command_unknownState, value,
						Arrays.stream(ObservationState.values()).map(ObservationState::getLiteral).collect(Collectors.joining(", ")))))); //$NON-NLS-1$
	}

	private static String localityName(Store store, Locality locality) {
		return locality == null ? "-" : store.records().resolve(locality).map(Locality::getName).orElse("-"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
