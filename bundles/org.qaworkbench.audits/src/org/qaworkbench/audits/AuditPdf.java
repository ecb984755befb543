package org.qaworkbench.audits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.internal.Lookups;
import org.qaworkbench.audits.internal.Messages;
import org.qaworkbench.audits.internal.OutputFile;
import org.qaworkbench.audits.internal.pdf.AuditLayout;
import org.qaworkbench.core.domain.ConfidentialAccess;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.RemedialAction;

/**
 * A printable PDF (A4) of one audit, laid out like the paper audit tool: a header table of the case details, the
 * graded grid of each section with the chosen score marked, the judgements with their reasons, the overall score
 * beside the auditor's and the moderator's grades, the remedial actions with their follow-up, and the sign-offs.
 * Sections and questions come from the definition the audit was completed against (as stored with it), so any
 * checklist prints. Dates are DD/MM/YYYY; text the standard PDF fonts cannot show is replaced, never refused.
 */
public final class AuditPdf {

	private AuditPdf() {
	}

	/**
	 * Writes the audit with this id to a file, whole or not at all, and logs the export as {@code by}'s when the audit
	 * is confidential ({@link ConfidentialAccess}).
	 */
	public static void write(Store store, long assessmentId, Actor by, Path file) throws IOException {
		Assessment audit = store.records().find(Assessment.class, assessmentId)
				.orElseThrow(() -> new NoSuchElementException(NLS.bind(Messages.Export_noSuchAudit, assessmentId)));
		ChecklistDefinition definition = definitionOf(store, audit);
		OutputFile.write(file, out -> write(store, audit, definition, out));
		ConfidentialAccess.exported(store, by, audit, "pdf"); //$NON-NLS-1$
	}

	/** Writes the audit (as given, saved or not) to the stream, which is left open. */
	public static void write(Store store, Assessment audit, OutputStream out) throws IOException {
		write(store, audit, definitionOf(store, audit), out);
	}

	private static void write(Store store, Assessment audit, ChecklistDefinition definition, OutputStream out) throws IOException {
		List<RemedialAction> actions = audit.getId() == 0 ? List.of()
				: store.records().where(RemedialAction.class, QaPackage.Literals.REMEDIAL_ACTION__ASSESSMENT, audit);
		try (PDDocument document = new PDDocument()) {
			PDDocumentInformation information = document.getDocumentInformation();
			information.setTitle(definition.getTitle() + " - " + audit.getSubjectKey()); //$NON-NLS-1$
			information.setCreator("QA Workbench"); //$NON-NLS-1$
			new AuditLayout(audit, definition, actions, new Lookups(store)).write(document);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes); // PDFBox closes the stream it saves to; the caller's stays open
			bytes.writeTo(out);
		}
	}

	private static ChecklistDefinition definitionOf(Store store, Assessment audit) {
		Optional<ChecklistDefinition> definition = audit.getDefinitionHash() == null ? Optional.empty() : store.definitions().find(audit.getDefinitionHash());
		return definition.orElseThrow(() -> new NoSuchElementException(
				NLS.bind(Messages.Pdf_missingDefinition, new Object[] { audit.getId(), audit.getDefinitionId(), audit.getDefinitionVersion() })));
	}
}
