package org.qaworkbench.ui.editors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

/**
 * The one way a record editor exports a PDF: ask where to, write, and say how it went under the form; a failure is
 * also shown in a dialog so it is never missed. The editor keeps its own wording (its Messages) and its own writer.
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

	public PdfExport(Prompts prompts, Consumer<String> say, Wording wording) {
		this.prompts = prompts;
		this.say = say;
		this.wording = wording;
	}

	/** Asks where to (nothing happens if the person cancels), then writes there. */
	public void prompt(String fileName, Writer writer) {
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
}
