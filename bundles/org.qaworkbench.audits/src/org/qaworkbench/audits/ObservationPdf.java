package org.qaworkbench.audits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.NoSuchElementException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.internal.Lookups;
import org.qaworkbench.audits.internal.ObservationMessages;
import org.qaworkbench.audits.internal.OutputFile;
import org.qaworkbench.audits.internal.pdf.ObservationLayout;
import org.qaworkbench.core.domain.ConfidentialAccess;
import org.qaworkbench.core.observations.ObservationForm;
import org.qaworkbench.core.observations.Observations;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.StaffMember;

/**
 * A printable PDF (A4) of one direct observation, laid out like the form (see {@link ObservationLayout}). Only for
 * someone who may see the observation: the caller finds it through {@link Observations}.
 */
public final class ObservationPdf {

	private ObservationPdf() {
	}

	/**
	 * Writes the observation with this id, as {@code person} may see it, to a file whole or not at all; the export is
	 * written to the access log (the command and the editor both export through here).
	 */
	public static void write(Store store, Observations observations, long id, StaffMember person, Path file) throws IOException {
		DirectObservation observation = observations.find(id, person).orElseThrow(() -> new NoSuchElementException(NLS.bind(ObservationMessages.Export_noSuch, id)));
		ObservationForm form = observations.formOf(observation).orElseThrow(() -> new NoSuchElementException(
				NLS.bind(ObservationMessages.Export_noForm, new Object[] { id, observation.getDefinitionId(), observation.getDefinitionVersion() })));
		OutputFile.write(file, out -> write(store, observation, form, out));
		ConfidentialAccess.exported(store, new Actor(person.getUserId()), observation, "pdf"); //$NON-NLS-1$
	}

	/** Writes the observation (as given, saved or not) to the stream, which is left open. */
	public static void write(Store store, DirectObservation observation, ObservationForm form, OutputStream out) throws IOException {
		Lookups lookups = new Lookups(store);
		ObservationLayout.Names names = new ObservationLayout.Names() {
			@Override
			public String staff(long id) {
				return store.records().find(StaffMember.class, id).map(StaffMember::getName).orElse("#" + id); //$NON-NLS-1$
			}

			@Override
			public String person(String userId) {
				return lookups.person(userId);
			}
		};
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setTitle(form.definition().getTitle() + " " + observation.getId()); //$NON-NLS-1$
			document.getDocumentInformation().setCreator("QA Workbench"); //$NON-NLS-1$
			new ObservationLayout(observation, form, names).write(document);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			bytes.writeTo(out);
		}
	}
}
