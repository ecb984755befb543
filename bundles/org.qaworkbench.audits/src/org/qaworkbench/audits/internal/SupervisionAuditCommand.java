package org.qaworkbench.audits.internal;

import static org.qaworkbench.audits.internal.StaffCommandLine.AS;
import static org.qaworkbench.audits.internal.StaffCommandLine.asksForHelp;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.SupervisionAuditPdf;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.Options.UsageException;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.domain.ConfidentialAccess;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.supervisionaudit.FileEvidence;
import org.qaworkbench.core.supervisionaudit.SampleDraws;
import org.qaworkbench.core.supervisionaudit.SupervisionAuditSample;
import org.qaworkbench.core.supervisionaudit.SupervisionAudits;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.Team;

/**
 * {@code qa supervision-audit start|redraw|show|export}: the supervision audit of Appendix D from the command line,
 * acting as the operating-system user or {@code --as USER}. Who may audit, the draw and the evidence are core's
 * ({@link SupervisionAudits}, {@link SupervisionAuditEvidence}).
 */
public final class SupervisionAuditCommand implements QaCommand {

	private static final String SEED = "seed"; //$NON-NLS-1$

	/** The clock the commands read today from; tests set a fixed one. */
	static Clock clock = Clock.systemDefaultZone();

	@Override
	public String name() {
		return "supervision-audit"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return SupervisionAuditMessages.Command_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		if (asksForHelp(arguments)) {
			out.println(SupervisionAuditMessages.Command_usage);
			return OK;
		}
		String sub = arguments.get(0);
		List<String> rest = arguments.subList(1, arguments.size());
		return switch (sub) {
		case "start" -> start(Options.parse(rest, Set.of("team", "files", SEED, AS)), out, err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "redraw" -> redraw(Options.parse(rest, Set.of("id", "reason", SEED, AS)), out, err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "show" -> show(Options.parse(rest, Set.of("id", AS)), out, err); //$NON-NLS-1$ //$NON-NLS-2$
		case "export" -> export(Options.parse(rest, Set.of("id", "format", "out", AS)), out, err); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		default -> StaffCommandLine.unknown(err, SupervisionAuditMessages.Command_unknown, sub);
		};
	}

	private static int start(Options options, PrintStream out, PrintStream err) throws Exception {
		String teamName = required(options, "team"); //$NON-NLS-1$
		int files = options.integer("files", SampleDraws.FEWEST, SampleDraws.FEWEST, SampleDraws.MOST); //$NON-NLS-1$
		Optional<Long> seed = seed(options);
		try (Store store = StaffCommandLine.open(options)) {
			SupervisionAudits audits = new SupervisionAudits(store, clock);
			Team team = audits.team(teamName);
			Optional<Assessment> draft = audits.draftFor(team);
			Assessment audit;
			if (draft.isPresent()) {
				audit = draft.get();
				out.println(NLS.bind(SupervisionAuditMessages.Command_carriedOn, new Object[] { audit.getId(), team.getName(), Formats.date(audit.getStartedOn()) }));
			} else {
				audit = audits.start(team, files, seed.orElseGet(SupervisionAudits::newSeed), StaffCommandLine.actor(options));
				out.println(NLS.bind(SupervisionAuditMessages.Command_started, audit.getId(), team.getName()));
			}
			printSample(audits, audit, out);
			return OK;
		} catch (SaveRefusedException e) {
			return refused(err, e);
		}
	}

	private static int redraw(Options options, PrintStream out, PrintStream err) throws Exception {
		long id = options.number("id", 0, 1, Long.MAX_VALUE); //$NON-NLS-1$
		String reason = required(options, "reason"); //$NON-NLS-1$
		if (id == 0) {
			throw new UsageException(NLS.bind(SupervisionAuditMessages.Command_missing, "--id")); //$NON-NLS-1$
		}
		Optional<Long> seed = seed(options);
		try (Store store = StaffCommandLine.open(options)) {
			SupervisionAudits audits = new SupervisionAudits(store, clock);
			Assessment audit = audit(store, id);
			Assessment redrawn = audits.redraw(audit, reason, seed.orElseGet(SupervisionAudits::newSeed), StaffCommandLine.actor(options));
			out.println(NLS.bind(SupervisionAuditMessages.Command_redrawn, redrawn.getId()));
			printSample(audits, redrawn, out);
			return OK;
		} catch (NoSuchElementException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		} catch (SaveRefusedException e) {
			return refused(err, e);
		}
	}

	private static int show(Options options, PrintStream out, PrintStream err) throws Exception {
		long id = id(options);
		try (Store store = StaffCommandLine.open(options)) {
			SupervisionAudits audits = new SupervisionAudits(store, clock);
			Assessment audit = audit(store, id);
			// the evidence is read from people's supervision: for who wrote the audit and their management line
			Optional<StaffMember> person = StaffCommandLine.person(store, options, err, Messages.Command_notStaff);
			if (person.isEmpty()) {
				return FAILED;
			}
			if (!ConfidentialAccess.answersVisibleTo(store, person.get()).test(audit)) {
				QaCommand.fail(err, NLS.bind(SupervisionAuditMessages.Command_notYours, audit.getId()));
				return FAILED;
			}
			ConfidentialAccess.opened(store, StaffCommandLine.actor(options), audit);
			Optional<SupervisionAuditSample> sample = printSample(audits, audit, out);
			if (sample.isPresent()) {
				Map<Long, Map<String, FileEvidence>> evidence = audits.evidence(audit);
				for (int file = 1; file <= sample.get().files().size(); file++) {
					StaffMember supervisee = sample.get().file(file);
					out.println(NLS.bind(SupervisionAuditMessages.Command_fileLine, file, supervisee.getName()));
					evidence.getOrDefault(supervisee.getId(), Map.of()).forEach((itemId, found) -> out.println("  " + NLS.bind(SupervisionAuditMessages.Command_evidenceLine, //$NON-NLS-1$
							itemId.substring(itemId.lastIndexOf('-') + 1), found.text() + (found.suggests() == null ? "" : " [" + found.suggests() + "]")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
			return OK;
		} catch (NoSuchElementException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		}
	}

	private static int export(Options options, PrintStream out, PrintStream err) throws Exception {
		String format = required(options, "format"); //$NON-NLS-1$
		if (!format.strip().toLowerCase(Locale.ROOT).equals("pdf")) { //$NON-NLS-1$
			throw new UsageException(NLS.bind(SupervisionAuditMessages.Command_onlyPdf, format));
		}
		String file = required(options, "out"); //$NON-NLS-1$
		long id = id(options);
		try (Store store = StaffCommandLine.open(options)) {
			Optional<StaffMember> person = StaffCommandLine.permitted(store, options, err, Messages.Command_notStaff, Permission.EXPORT_PDF);
			if (person.isEmpty() || !StaffCommandLine.mayExport(store, person.get(), audit(store, id), err)) {
				return FAILED;
			}
			SupervisionAuditPdf.write(store, id, clock, StaffCommandLine.actor(options), Path.of(file));
		} catch (NoSuchElementException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		} catch (IOException e) {
			QaCommand.fail(err, NLS.bind(Messages.Export_cannotWrite, file, ExportAuditsCommand.reason(e, Path.of(file))));
			return FAILED;
		}
		out.println(NLS.bind(SupervisionAuditMessages.Command_written, file));
		return OK;
	}

	/** The team, the seed, who the files were drawn from, and each file drawn, one a line. */
	private static Optional<SupervisionAuditSample> printSample(SupervisionAudits audits, Assessment audit, PrintStream out) {
		Optional<SupervisionAuditSample> sample = audits.sample(audit);
		sample.ifPresent(drawn -> {
			out.println(NLS.bind(SupervisionAuditMessages.Command_sampleLine, new Object[] { drawn.team() == null ? audit.getSubjectKey() : drawn.team().getName(),
					drawn.seed(), drawn.drawnFrom().size(), drawn.drawnFrom().stream().map(StaffMember::getName).collect(Collectors.joining(", ")) })); //$NON-NLS-1$
			for (int file = 1; file <= drawn.files().size(); file++) {
				out.println(NLS.bind(SupervisionAuditMessages.Command_fileLine, file, drawn.file(file).getName()));
			}
		});
		return sample;
	}

	private static Assessment audit(Store store, long id) {
		return store.records().find(Assessment.class, id).filter(found -> SupervisionAudits.DEFINITION_ID.equals(found.getDefinitionId()))
				.orElseThrow(() -> new NoSuchElementException(NLS.bind(SupervisionAuditMessages.Command_noSuch, id)));
	}

	private static Optional<Long> seed(Options options) throws UsageException {
		String typed = options.value(SEED, null);
		if (typed == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(Long.parseLong(typed.strip()));
		} catch (NumberFormatException e) {
			throw new UsageException(NLS.bind(SupervisionAuditMessages.Command_notANumber, "--seed", typed)); //$NON-NLS-1$
		}
	}

	private static long id(Options options) throws UsageException {
		long id = options.number("id", 0, 1, Long.MAX_VALUE); //$NON-NLS-1$
		if (id == 0) {
			throw new UsageException(NLS.bind(SupervisionAuditMessages.Command_missing, "--id")); //$NON-NLS-1$
		}
		return id;
	}

	private static String required(Options options, String name) throws UsageException {
		String value = options.value(name, null);
		if (value == null || value.isBlank()) {
			throw new UsageException(NLS.bind(SupervisionAuditMessages.Command_missing, "--" + name)); //$NON-NLS-1$
		}
		return value;
	}

	/** Says a refusal as one line (each problem's message, without the field it is about) and returns the failure code. */
	private static int refused(PrintStream err, SaveRefusedException e) {
		QaCommand.fail(err, e instanceof InvalidRecordException invalid
				? invalid.problems().stream().map(InvalidRecordException.Problem::message).collect(Collectors.joining("; ")) //$NON-NLS-1$
				: e.getMessage());
		return FAILED;
	}
}
