package org.qaworkbench.audits.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.AnswersCsv;
import org.qaworkbench.audits.AuditPdf;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.Options.UsageException;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.domain.ConfidentialAccess;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.StaffMember;

/**
 * {@code qa audits export --id ID --format pdf --out FILE}: the printable audit; {@code qa audits export --format csv
 * --out FILE [filters]}: the answers of the audits the filters take, in long form (see {@link AnswersCsv}). The file
 * is written whole or not at all.
 */
final class ExportAuditsCommand implements QaCommand {

	private static final String PDF = "pdf"; //$NON-NLS-1$
	private static final String CSV = "csv"; //$NON-NLS-1$

	@Override
	public String name() {
		return "export"; //$NON-NLS-1$
	}

	@Override
	public String summary() {
		return Messages.Export_summary;
	}

	@Override
	public int run(List<String> arguments, PrintStream out, PrintStream err) throws Exception {
		Set<String> known = new HashSet<>(FilterOptions.NAMES);
		known.addAll(Set.of("id", "format", "out", StaffCommandLine.AS)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Options options = Options.parse(arguments, known);
		if (!options.positional().isEmpty()) {
			throw new UsageException(NLS.bind(Messages.Filter_unexpected, options.positional().get(0), name()));
		}
		String format = options.value("format", null); //$NON-NLS-1$
		if (format == null) {
			throw new UsageException(Messages.Export_formatNeeded);
		}
		format = format.strip().toLowerCase(Locale.ROOT);
		if (!format.equals(PDF) && !format.equals(CSV)) {
			throw new UsageException(NLS.bind(Messages.Export_unknownFormat, options.value("format", null))); //$NON-NLS-1$
		}
		String file = options.value("out", null); //$NON-NLS-1$
		if (file == null || file.isBlank()) {
			throw new UsageException(Messages.Export_outNeeded);
		}
		long id = options.number("id", 0, 1, Long.MAX_VALUE); //$NON-NLS-1$
		return format.equals(PDF) ? pdf(options, id, Path.of(file), out, err) : csv(options, id, Path.of(file), out, err);
	}

	private static int pdf(Options options, long id, Path file, PrintStream out, PrintStream err) throws Exception {
		if (id == 0) {
			throw new UsageException(Messages.Export_idNeeded);
		}
		String filter = FilterOptions.first(options);
		if (filter != null) {
			throw new UsageException(NLS.bind(Messages.Export_pdfTakesNoFilter, filter));
		}
		try (Store store = StaffCommandLine.open(options)) {
			Optional<StaffMember> person = StaffCommandLine.permitted(store, options, err, Messages.Command_notStaff, Permission.EXPORT_PDF);
			if (person.isEmpty()) {
				return FAILED;
			}
			Optional<Assessment> audit = store.records().find(Assessment.class, id);
			if (audit.isPresent() && !StaffCommandLine.mayExport(store, person.get(), audit.get(), err)) {
				return FAILED;
			}
			AuditPdf.write(store, id, StaffCommandLine.actor(options), file);
		} catch (NoSuchElementException e) {
			QaCommand.fail(err, e.getMessage());
			return FAILED;
		} catch (IOException e) {
			QaCommand.fail(err, NLS.bind(Messages.Export_cannotWrite, file, reason(e, file)));
			return FAILED;
		}
		out.println(NLS.bind(Messages.Export_pdfDone, id, file));
		return OK;
	}

	private static int csv(Options options, long id, Path file, PrintStream out, PrintStream err) throws Exception {
		FilterOptions filters = new FilterOptions(options);
		AnswersCsv.Written written;
		try (Store store = StaffCommandLine.open(options)) {
			Optional<StaffMember> person = StaffCommandLine.permitted(store, options, err, Messages.Command_notStaff, Permission.EXPORT_CSV);
			if (person.isEmpty()) {
				return FAILED;
			}
			Predicate<Assessment> filter = filters.filter(store).and(ConfidentialAccess.answersVisibleTo(store, person.get()));
			written = AnswersCsv.write(store, id == 0 ? filter : filter.and(audit -> audit.getId() == id), file, StaffCommandLine.actor(options));
		} catch (IOException e) {
			QaCommand.fail(err, NLS.bind(Messages.Export_cannotWrite, file, reason(e, file)));
			return FAILED;
		}
		out.println(NLS.bind(Messages.Export_csvDone, new Object[] { written.rows(), written.audits(), file }));
		return OK;
	}

	/** Why a file could not be written, in a few words. */
	static String reason(IOException e, Path file) {
		if (e instanceof NoSuchFileException) {
			Path folder = file.toAbsolutePath().getParent();
			return NLS.bind(Messages.Export_folderMissing, folder);
		}
		if (e instanceof AccessDeniedException) {
			return Messages.Export_denied;
		}
		if (e instanceof FileSystemException failure && failure.getReason() != null) {
			return failure.getReason();
		}
		return e.getMessage() == null ? e.toString() : e.getMessage();
	}
}
