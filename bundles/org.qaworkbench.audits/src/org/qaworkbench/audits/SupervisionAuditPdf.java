package org.qaworkbench.audits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.internal.Lookups;
import org.qaworkbench.audits.internal.Messages;
import org.qaworkbench.audits.internal.OutputFile;
import org.qaworkbench.audits.internal.pdf.SupervisionAuditLayout;
import org.qaworkbench.core.checklists.scoring.Scoring;
import org.qaworkbench.core.domain.ConfidentialAccess;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.supervisionaudit.FileEvidence;
import org.qaworkbench.core.supervisionaudit.SupervisionAuditSample;
import org.qaworkbench.core.supervisionaudit.SupervisionAudits;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.ChecklistDefinition;

/**
 * A printable PDF (A4) of one supervision audit, laid out like Appendix D (see {@link SupervisionAuditLayout}): a
 * column per supervision file headed by its supervisee, totals per question and per file, the form's foot, the sample
 * with its seed, and the evidence the records gave (as of the day it was completed, or today for a draft).
 */
public final class SupervisionAuditPdf {

	private SupervisionAuditPdf() {
	}

	/** Writes the supervision audit with this id to a file, whole or not at all, and logs the export as {@code by}'s. */
	public static void write(Store store, long assessmentId, Clock clock, Actor by, Path file) throws IOException {
		Assessment audit = store.records().find(Assessment.class, assessmentId)
				.filter(found -> SupervisionAudits.DEFINITION_ID.equals(found.getDefinitionId()))
				.orElseThrow(() -> new NoSuchElementException(NLS.bind(Messages.Export_noSuchAudit, assessmentId)));
		OutputFile.write(file, out -> write(store, audit, clock, out));
		ConfidentialAccess.exported(store, by, audit, "pdf"); //$NON-NLS-1$
	}

	/** Writes the audit (as given) to the stream, which is left open. */
	public static void write(Store store, Assessment audit, Clock clock, OutputStream out) throws IOException {
		ChecklistDefinition definition = store.definitions().find(audit.getDefinitionHash()).orElseThrow(() -> new NoSuchElementException(
				NLS.bind(Messages.Pdf_missingDefinition, new Object[] { audit.getId(), audit.getDefinitionId(), audit.getDefinitionVersion() })));
		SupervisionAudits audits = new SupervisionAudits(store, clock);
		Optional<SupervisionAuditSample> sample = audits.sample(audit);
		Map<Long, Map<String, FileEvidence>> evidence = audits.evidence(audit);
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setTitle(definition.getTitle() + " - " + audit.getSubjectKey()); //$NON-NLS-1$
			document.getDocumentInformation().setCreator("QA Workbench"); //$NON-NLS-1$
			new SupervisionAuditLayout(audit, definition, sample, evidence, Scoring.score(definition, audit), new Lookups(store)).write(document);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			bytes.writeTo(out);
		}
	}
}
