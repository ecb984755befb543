package org.qaworkbench.audits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.audits.internal.Lookups;
import org.qaworkbench.audits.internal.OutputFile;
import org.qaworkbench.audits.internal.SupervisionMessages;
import org.qaworkbench.audits.internal.pdf.SessionsLogLayout;
import org.qaworkbench.audits.internal.pdf.SupervisionLayout;
import org.qaworkbench.core.domain.ConfidentialAccess;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.supervision.Supervision;
import org.qaworkbench.core.supervision.SupervisionForm;
import org.qaworkbench.core.supervision.SupervisionForms;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.QaPackage.Literals;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;
import org.qaworkbench.model.SupervisionState;

/**
 * A printable PDF (A4) of a supervision contract, record of supervision or casework supervision, laid out like the
 * form it was written to (see {@link SupervisionLayout}); and a supervisee's record of supervision sessions (Appendix C,
 * {@link SessionsLogLayout}). Only for someone who may see it: the record is found through
 * {@link Supervision}, which applies the confidentiality rule.
 */
public final class SupervisionPdf {

	private SupervisionPdf() {
	}

	/**
	 * Writes the contract, record or casework supervision with this id, as {@code person} may see it, to a file whole
	 * or not at all; the export is written to the access log.
	 */
	public static void write(Store store, Supervision supervision, long id, StaffMember person, Path file) throws IOException, NotPermittedException {
		Identified record = find(supervision, id, person).orElseThrow(() -> new NoSuchElementException(NLS.bind(SupervisionMessages.Export_noSuch, id)));
		SupervisionForm form = formOf(supervision, record);
		SupervisionLayout.Names names = names(store, supervision);
		OutputFile.write(file, out -> write(record, form, names, out));
		ConfidentialAccess.exported(store, new Actor(person.getUserId()), record, "pdf"); //$NON-NLS-1$
	}

	/** Writes a record (as given, saved or not: an editor's) to the stream, which is left open. */
	public static void write(Store store, Supervision supervision, Identified record, OutputStream out) throws IOException, NotPermittedException {
		write(record, formOf(supervision, record), names(store, supervision), out);
	}

	/**
	 * Writes the record of supervision sessions (Appendix C) of {@code supervisee}, as {@code person} may see it, to a
	 * file whole or not at all; refused when the supervisee's supervision is not theirs to see.
	 */
	public static void writeSessions(Store store, Supervision supervision, StaffMember supervisee, StaffMember person, Path file)
			throws IOException, NotPermittedException {
		byte[] pdf = sessions(store, supervision, supervisee, person);
		OutputFile.write(file, out -> out.write(pdf));
	}

	private static byte[] sessions(Store store, Supervision supervision, StaffMember supervisee, StaffMember person) throws IOException, NotPermittedException {
		StaffMember member = store.records().resolve(supervisee).orElse(supervisee);
		if (!supervision.access().maySeeAbout(member, person)) {
			throw new NotPermittedException(NLS.bind(SupervisionMessages.Export_sessionsNotYours, member.getName()));
		}
		SupervisionForm form = SupervisionForms.newest(SupervisionForms.SESSIONS)
				.orElseThrow(() -> new NoSuchElementException(NLS.bind(SupervisionMessages.Export_noSessionsForm, SupervisionForms.SESSIONS)));
		String supervisor = member.getLineManager() == null ? null : store.records().resolve(member.getLineManager()).map(StaffMember::getName).orElse(null);
		// Where the records are kept is agreed in the contract (Appendix A, "storage"): the newest signed one says.
		String kept = supervision.contractsOf(member, person).stream().filter(contract -> contract.getState() == SupervisionState.SIGNED)
				.map(SupervisionContract::getStorage).filter(storage -> storage != null && !storage.isBlank()).findFirst().orElse(null);
		SessionsLogLayout.Header header = new SessionsLogLayout.Header(member.getName(), member.getStartDate(), supervisor, kept);
		List<SupervisionSession> sessions = supervision.sessionsOf(member, person);
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setTitle(form.definition().getTitle() + " " + member.getName()); //$NON-NLS-1$
			document.getDocumentInformation().setCreator("QA Workbench"); //$NON-NLS-1$
			new SessionsLogLayout(header, sessions, form).write(document);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			// Each session's line is a confidential record that left the database, as an exported record does.
			Actor by = new Actor(person.getUserId());
			sessions.forEach(session -> ConfidentialAccess.exported(store, by, session, "pdf")); //$NON-NLS-1$
			return bytes.toByteArray();
		}
	}

	private static SupervisionForm formOf(Supervision supervision, Identified record) {
		return supervision.formOf(record).orElseThrow(() -> new NoSuchElementException(NLS.bind(SupervisionMessages.Export_noForm,
				new Object[] { record.getId(), record.eGet(record.eClass().getEStructuralFeature("definitionId")), //$NON-NLS-1$
						record.eGet(record.eClass().getEStructuralFeature("definitionVersion")) }))); //$NON-NLS-1$
	}

	/** The contract, record or casework supervision with this id, if {@code person} may see it. */
	public static Optional<Identified> find(Supervision supervision, long id, StaffMember person) {
		return supervision.find(SupervisionContract.class, id, person).<Identified>map(found -> found)
				.or(() -> supervision.find(SupervisionRecord.class, id, person)).or(() -> supervision.find(CaseworkSupervision.class, id, person));
	}

	private static void write(Identified record, SupervisionForm form, SupervisionLayout.Names names, OutputStream out) throws IOException {
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setTitle(form.definition().getTitle() + " " + record.getId()); //$NON-NLS-1$
			document.getDocumentInformation().setCreator("QA Workbench"); //$NON-NLS-1$
			new SupervisionLayout(record, form, names).write(document);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			bytes.writeTo(out);
		}
	}

	/** How the layout names people, the child of a case and intervals, from the store and the installed policy. */
	private static SupervisionLayout.Names names(Store store, Supervision supervision) throws NotPermittedException {
		Lookups lookups = new Lookups(store);
		return new SupervisionLayout.Names(id -> store.records().find(StaffMember.class, id).map(StaffMember::getName).orElse("#" + id), //$NON-NLS-1$
				lookups::person, caseNumber -> store.records().where(Case.class, Literals.CASE__CASE_NUMBER, caseNumber).stream().findFirst()
						.map(aCase -> aCase.getChild() == null ? null : aCase.getChild().getName()).orElse(null),
				supervision.policy());
	}
}
