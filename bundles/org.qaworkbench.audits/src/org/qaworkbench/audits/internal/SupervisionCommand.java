package org.qaworkbench.audits.internal;

import static org.qaworkbench.audits.internal.StaffCommandLine.AS;
import static org.qaworkbench.audits.internal.StaffCommandLine.asksForHelp;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.ComplianceCsv;
import org.qaworkbench.audits.SupervisionPdf;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.Options.UsageException;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.queries.CaseworkEntry;
import org.qaworkbench.core.queries.SupervisionContractEntry;
import org.qaworkbench.core.queries.SupervisionRecordEntry;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.supervision.Supervision;
import org.qaworkbench.core.supervision.SupervisionAccess;
import org.qaworkbench.core.supervision.SupervisionCompliance;
import org.qaworkbench.core.supervision.SupervisionCompliance.CaseRow;
import org.qaworkbench.core.supervision.SupervisionCompliance.Filter;
import org.qaworkbench.core.supervision.SupervisionCompliance.Report;
import org.qaworkbench.core.supervision.SupervisionCompliance.Rollup;
import org.qaworkbench.core.supervision.SupervisionCompliance.SuperviseeRow;
import org.qaworkbench.core.supervision.SupervisionPolicy;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.Team;

/**
 * {@code qa supervision due|list|export|compliance}: supervision as the person acting may see it (the operating-system
 * user, or {@code --as USER}). Compliance, confidentiality and the rules are decided in core ({@link Supervision},
 * {@link SupervisionCompliance}, the installed policy), never here; lists read the read models, not whole records.
 */
public final class SupervisionCommand implements QaCommand {

	private static final String LOCALITY = "locality"; //$NON-NLS-1$
	private static final String TEAM = "team"; //$NON-NLS-1$
	private static final String SUPERVISOR = "supervisor"; //$NON-NLS-1$
	/** Export the record of supervision sessions (Appendix C) of this supervisee instead of a record by id. */
	private static final String SESSIONS_OF = "sessions-of"; //$NON-NLS-1$

	/** The clock the commands read today from; tests set a fixed one. */
	static Clock clock = Clock.systemDefaultZone();

	@Override
	public String name() {
		return "supervision"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return SupervisionMessages.Command_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		if (asksForHelp(arguments)) {
			out.println(SupervisionMessages.Command_usage);
			return OK;
		}
		String sub = arguments.get(0);
		List<String> rest = arguments.subList(1, arguments.size());
		return switch (sub) {
		case "due" -> due(Options.parse(rest, Set.of(LOCALITY, TEAM, SUPERVISOR, AS)), out, err); //$NON-NLS-1$
		case "list" -> list(Options.parse(rest, Set.of("case", AS)), out, err); //$NON-NLS-1$ //$NON-NLS-2$
		case "export" -> export(Options.parse(rest, Set.of("id", SESSIONS_OF, "format", "out", AS)), out, err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		case "compliance" -> compliance(Options.parse(rest, Set.of("format", "out", LOCALITY, TEAM, SUPERVISOR, AS)), out, err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		default -> StaffCommandLine.unknown(err, SupervisionMessages.Command_unknown, sub);
		};
	}

	private static int due(Options options, PrintStream out, PrintStream err) throws Exception {
		StaffCommandLine.noPositional(options, "due", SupervisionMessages.Command_unexpected); //$NON-NLS-1$
		try (Store store = StaffCommandLine.open(options)) {
			Optional<StaffMember> person = StaffCommandLine.person(store, options, err, SupervisionMessages.Command_notStaff);
			if (person.isEmpty()) {
				return FAILED;
			}
			Supervision supervision = new Supervision(store, clock);
			Report report = supervision.compliance(person.get(), filter(store, options));
			SupervisionPolicy policy = supervision.policy();
			out.println(SupervisionMessages.Due_supervisees);
			if (report.supervisees().isEmpty()) {
				out.println(SupervisionMessages.Due_noneSupervisees);
			}
			for (SuperviseeRow row : report.supervisees()) {
				out.println(superviseeLine(row));
			}
			out.println();
			out.println(SupervisionMessages.Due_cases);
			if (report.cases().isEmpty()) {
				out.println(SupervisionMessages.Due_noneCases);
			}
			for (CaseRow row : report.cases()) {
				out.println(caseLine(row, policy));
			}
			out.println();
			out.println(SupervisionMessages.Due_teams);
			report.teams().forEach(rollup -> out.println(rollupLine(rollup)));
			out.println();
			out.println(SupervisionMessages.Due_localities);
			report.localities().forEach(rollup -> out.println(rollupLine(rollup)));
		} catch (NotPermittedException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		}
		return OK;
	}

	/** Name, team, locality, supervisor, contract, interval, last, next due, held of planned (missed), OVERDUE. */
	static String superviseeLine(SuperviseeRow row) {
		String contract = !row.contractSigned() ? SupervisionMessages.Due_contractNone
				: row.contractInDate() ? NLS.bind(SupervisionMessages.Due_contractSigned, Formats.date(row.reviewDue()))
						: NLS.bind(SupervisionMessages.Due_contractReview, Formats.date(row.reviewDue()));
		String held = NLS.bind(SupervisionMessages.Due_heldOfPlanned, row.held(), row.planned())
				+ (row.missed() == 0 ? "" : ", " + NLS.bind(SupervisionMessages.Due_missed, row.missed())); //$NON-NLS-1$ //$NON-NLS-2$
		return String.join("  ", String.format("%-24s", row.supervisee().getName()), String.format("%-14s", dash(row.team())), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				String.format("%-15s", dash(row.locality())), String.format("%-22s", row.supervisor() == null ? "-" : row.supervisor().getName()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				String.format("%-26s", contract), String.format("%-9s", row.frequencyLabel()), //$NON-NLS-1$ //$NON-NLS-2$
				String.format("%-10s", row.lastSession() == null ? SupervisionMessages.Due_never : Formats.date(row.lastSession())), Formats.date(row.nextDue()), //$NON-NLS-1$
				String.format("%-22s", held), row.overdue() ? SupervisionMessages.Due_overdue : "").stripTrailing(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Case number, status, locality, team, worker, last casework supervision, the interval its status is due at, due, OVERDUE. */
	static String caseLine(CaseRow row, SupervisionPolicy policy) {
		return String.join("  ", String.format("%-10s", row.caseNumber()), String.format("%-22s", row.status() == null ? "-" : row.status().getLiteral()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				String.format("%-15s", dash(row.locality())), String.format("%-14s", dash(row.team())), //$NON-NLS-1$ //$NON-NLS-2$
				String.format("%-22s", row.worker() == null ? "-" : row.worker().getName()), //$NON-NLS-1$ //$NON-NLS-2$
				String.format("%-10s", row.lastSupervision() == null ? SupervisionMessages.Due_never : Formats.date(row.lastSupervision())), //$NON-NLS-1$
				String.format("%-9s", policy.label(row.interval())), Formats.date(row.due()), row.overdue() ? SupervisionMessages.Due_overdue : "").stripTrailing(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String rollupLine(Rollup rollup) {
		return NLS.bind(SupervisionMessages.Due_rollup, new Object[] { rollup.name().isEmpty() ? "-" : rollup.name(), rollup.supervisees(), rollup.overdue(), //$NON-NLS-1$
				rollup.contractsInDate(), rollup.held(), rollup.planned(), rollup.openCases(), rollup.casesOverdue() });
	}

	private static int list(Options options, PrintStream out, PrintStream err) throws Exception {
		StaffCommandLine.noPositional(options, "list", SupervisionMessages.Command_unexpected); //$NON-NLS-1$
		try (Store store = StaffCommandLine.open(options)) {
			Optional<StaffMember> person = StaffCommandLine.person(store, options, err, SupervisionMessages.Command_notStaff);
			if (person.isEmpty()) {
				return FAILED;
			}
			Supervision supervision = new Supervision(store, clock);
			SupervisionAccess access = supervision.access();
			Map<Long, StaffMember> staff = new HashMap<>();
			store.records().list(StaffMember.class).forEach(member -> staff.put(member.getId(), member));
			List<String> lines = new ArrayList<>();
			String caseNumber = options.value("case", null); //$NON-NLS-1$
			if (caseNumber != null) {
				for (CaseworkEntry entry : store.queries().supervision().caseworkOf(caseNumber.strip())) {
					if (access.maySeeCase(entry.caseNumber(), person.get())) {
						lines.add(line(entry.id(), SupervisionMessages.List_casework, Formats.date(entry.heldOn()), entry.state().getLiteral(),
								name(staff, entry.workerId()), name(staff, entry.supervisorId()), entry.caseNumber()));
					}
				}
			} else {
				SupervisionPolicy policy = supervision.policy();
				for (SupervisionContractEntry entry : store.queries().supervision().contracts()) {
					if (access.personal().maySee(staff.get(entry.superviseeId()), staff.get(entry.supervisorId()), person.get())) {
						lines.add(line(entry.id(), SupervisionMessages.List_contract,
								Formats.date(entry.signedBySupervisorOn() != null ? entry.signedBySupervisorOn() : entry.signedBySuperviseeOn()),
								entry.state().getLiteral(), name(staff, entry.superviseeId()), name(staff, entry.supervisorId()), policy.label(entry.frequencyPeriod())));
					}
				}
				for (SupervisionRecordEntry entry : store.queries().supervision().records()) {
					if (access.personal().maySee(staff.get(entry.superviseeId()), staff.get(entry.supervisorId()), person.get())) {
						lines.add(line(entry.id(), SupervisionMessages.List_record, Formats.date(entry.heldOn()), entry.state().getLiteral(),
								name(staff, entry.superviseeId()), name(staff, entry.supervisorId()),
								entry.nextOn() == null ? "" : Formats.date(entry.nextOn()) + (entry.nextTime() == null ? "" : " " + entry.nextTime()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				}
				lines.sort(Comparator.comparingLong(text -> Long.parseLong(text.substring(0, text.indexOf(' ')))));
			}
			if (lines.isEmpty()) {
				out.println(SupervisionMessages.List_none);
			}
			lines.forEach(out::println);
		} catch (NotPermittedException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		}
		return OK;
	}

	/** Id, kind, date, state, supervisee (or worker), supervisor, and the interval, next session or case. */
	private static String line(long id, String kind, String date, String state, String supervisee, String supervisor, String detail) {
		return String.join("  ", String.format("%-6d", id), String.format("%-8s", kind), String.format("%-10s", date.isEmpty() ? "-" : date), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				String.format("%-6s", state), String.format("%-24s", supervisee), String.format("%-24s", supervisor), detail).stripTrailing(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static int export(Options options, PrintStream out, PrintStream err) throws Exception {
		StaffCommandLine.noPositional(options, "export", SupervisionMessages.Command_unexpected); //$NON-NLS-1$
		String format = options.value("format", null); //$NON-NLS-1$
		if (format == null) {
			throw new UsageException(SupervisionMessages.Export_formatNeeded);
		}
		if (!format.strip().toLowerCase(Locale.ROOT).equals("pdf")) { //$NON-NLS-1$
			throw new UsageException(NLS.bind(SupervisionMessages.Export_onlyPdf, format));
		}
		String file = outFile(options);
		String sessionsOf = options.value(SESSIONS_OF, null);
		if (sessionsOf != null && options.value("id", null) != null) { //$NON-NLS-1$
			throw new UsageException(SupervisionMessages.Export_idOrSessions);
		}
		long id = sessionsOf != null ? 0 : options.number("id", 0, 1, Long.MAX_VALUE); //$NON-NLS-1$
		if (id == 0 && (sessionsOf == null || sessionsOf.isBlank())) {
			throw new UsageException(sessionsOf == null ? SupervisionMessages.Export_idNeeded : SupervisionMessages.Export_idOrSessions);
		}
		try (Store store = StaffCommandLine.open(options)) {
			Optional<StaffMember> person = StaffCommandLine.permitted(store, options, err, SupervisionMessages.Command_notStaff, Permission.EXPORT_PDF);
			if (person.isEmpty()) {
				return FAILED;
			}
			if (sessionsOf != null) {
				StaffMember supervisee = staffCalled(store, sessionsOf);
				SupervisionPdf.writeSessions(store, new Supervision(store, clock), supervisee, person.get(), Path.of(file));
				out.println(NLS.bind(SupervisionMessages.Export_sessionsDone, supervisee.getName(), file));
				return OK;
			}
			SupervisionPdf.write(store, new Supervision(store, clock), id, person.get(), Path.of(file));
		} catch (NoSuchElementException | NotPermittedException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		} catch (IOException e) {
			QaCommand.fail(err, NLS.bind(Messages.Export_cannotWrite, file, ExportAuditsCommand.reason(e, Path.of(file))));
			return FAILED;
		}
		out.println(NLS.bind(SupervisionMessages.Export_done, id, file));
		return OK;
	}

	private static int compliance(Options options, PrintStream out, PrintStream err) throws Exception {
		StaffCommandLine.noPositional(options, "compliance", SupervisionMessages.Command_unexpected); //$NON-NLS-1$
		String format = options.value("format", null); //$NON-NLS-1$
		if (format == null) {
			throw new UsageException(SupervisionMessages.Export_formatCsvNeeded);
		}
		if (!format.strip().toLowerCase(Locale.ROOT).equals("csv")) { //$NON-NLS-1$
			throw new UsageException(NLS.bind(SupervisionMessages.Export_onlyCsv, format));
		}
		String file = outFile(options);
		try (Store store = StaffCommandLine.open(options)) {
			Optional<StaffMember> person = StaffCommandLine.permitted(store, options, err, SupervisionMessages.Command_notStaff, Permission.EXPORT_CSV);
			if (person.isEmpty()) {
				return FAILED;
			}
			Report report = new Supervision(store, clock).compliance(person.get(), filter(store, options));
			ComplianceCsv.write(report, Path.of(file));
			out.println(NLS.bind(SupervisionMessages.Export_csvDone, new Object[] { report.supervisees().size(), report.cases().size(), file }));
		} catch (NotPermittedException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		} catch (IOException e) {
			QaCommand.fail(err, NLS.bind(Messages.Export_cannotWrite, file, ExportAuditsCommand.reason(e, Path.of(file))));
			return FAILED;
		}
		return OK;
	}

	private static String outFile(Options options) throws UsageException {
		String file = options.value("out", null); //$NON-NLS-1$
		if (file == null || file.isBlank()) {
			throw new UsageException(SupervisionMessages.Export_outNeeded);
		}
		return file;
	}

	/** The filters, each checked against what exists so a misspelt name is refused rather than showing nothing. */
	private static Filter filter(Store store, Options options) throws UsageException {
		String locality = options.value(LOCALITY, null);
		if (locality != null) {
			List<String> names = store.records().list(Locality.class).stream().map(Locality::getName).toList();
			if (names.stream().noneMatch(name -> name.equalsIgnoreCase(locality.strip()))) {
				throw new UsageException(NLS.bind(SupervisionMessages.Command_unknownLocality, locality, String.join(", ", names))); //$NON-NLS-1$
			}
		}
		String team = options.value(TEAM, null);
		if (team != null) {
			List<String> names = store.records().list(Team.class).stream().map(Team::getName).distinct().toList();
			if (names.stream().noneMatch(name -> name.equalsIgnoreCase(team.strip()))) {
				throw new UsageException(NLS.bind(SupervisionMessages.Command_unknownTeam, team, String.join(", ", names))); //$NON-NLS-1$
			}
		}
		String supervisor = options.value(SUPERVISOR, null);
		if (supervisor != null && store.records().list(StaffMember.class).stream()
				.noneMatch(member -> supervisor.strip().equalsIgnoreCase(member.getName()) || supervisor.strip().equalsIgnoreCase(member.getUserId()))) {
			throw new UsageException(NLS.bind(SupervisionMessages.Command_unknownSupervisor, supervisor));
		}
		return new Filter(locality, team, supervisor);
	}

	/** The member of staff with this user id or name; refused (usage) when nobody is. */
	private static StaffMember staffCalled(Store store, String who) throws UsageException {
		String wanted = who.strip();
		List<StaffMember> staff = store.records().list(StaffMember.class);
		return staff.stream().filter(member -> wanted.equalsIgnoreCase(member.getUserId())).findFirst()
				.or(() -> staff.stream().filter(member -> wanted.equalsIgnoreCase(member.getName())).findFirst())
				.orElseThrow(() -> new UsageException(NLS.bind(SupervisionMessages.Export_unknownSupervisee, who)));
	}

	private static String name(Map<Long, StaffMember> staff, long id) {
		StaffMember member = staff.get(id);
		return member == null || member.getName() == null ? "-" : member.getName(); //$NON-NLS-1$
	}

	private static String dash(String text) {
		return text == null || text.isBlank() ? "-" : text; //$NON-NLS-1$
	}
}
