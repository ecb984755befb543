package org.qaworkbench.ui.editors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.model.StaffMember;

/**
 * The one way a record editor exports a PDF: ask where to, write, and say how it went under the form; a failure is
 * also shown in a dialog so it is never missed. The editor keeps its own wording (its Messages) and its own writer.
 * Only someone the permission matrix lets export a PDF gets one (core decides); anyone else is told why, nothing written.
 */
public final class PdfExport {

	/** Writes the record as stored to the file. */
	@FunctionalInterface
	public interface Writer {
		void write(Path file) throws IOException;
	}

	/** The editor's wording: the dialog titles, and messages bound with the file ({0}) and, on failure, why ({1}). */
	public record Wording(String saveAsTitle, String written, String failedTitle, String failedBecause) {
	}

	private final Prompts prompts;
	private final Consumer<String> say;
	private final Wording wording;
	private final Supplier<StaffMember> person;

	/** {@code person}: who is exporting (the member of staff signed in, or null for nobody on the staff list). */
	public PdfExport(Prompts prompts, Consumer<String> say, Wording wording, Supplier<StaffMember> person) {
		this.prompts = prompts;
		this.say = say;
		this.wording = wording;
		this.person = person;
	}

	/** Asks where to (nothing happens if the person cancels), then writes there. */
	public void prompt(String fileName, Writer writer) {
		if (refused()) {
			return;
		}
		Path file = prompts.saveAs(wording.saveAsTitle(), fileName, "pdf"); //$NON-NLS-1$
		if (file != null) {
			write(file, writer);
		}
	}

	/** Writes to the file and says how it went; true when written. */
	public boolean write(Path file, Writer writer) {
		return write(file, writer, wording.written());
	}

	/** As {@link #write(Path, Writer)}, saying {@code written} (bound with the file) on success. */
	public boolean write(Path file, Writer writer, String written) {
		if (refused()) {
			return false;
		}
		try {
			writer.write(file);
			say.accept(NLS.bind(written, file));
			return true;
		} catch (IOException | RuntimeException e) {
			String why = NLS.bind(wording.failedBecause(), file, e.getMessage());
			say.accept(why);
			prompts.refused(wording.failedTitle(), why);
			return false;
		}
	}

	/** Says why not when the person may not export a PDF; false when they may. */
	private boolean refused() {
		StaffMember exporter = person.get();
		if (Permissions.allows(exporter, Permission.EXPORT_PDF)) {
			return false;
		}
		String why = Permissions.whyNot(exporter, Permission.EXPORT_PDF);
		say.accept(why);
		prompts.refused(wording.failedTitle(), why);
		return true;
	}
}
