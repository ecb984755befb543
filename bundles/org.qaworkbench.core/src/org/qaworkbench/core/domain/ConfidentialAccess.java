package org.qaworkbench.core.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.qaworkbench.core.access.PersonalRecordAccess;
import org.qaworkbench.core.observations.ObservationForms;
import org.qaworkbench.core.store.AccessLog;
import org.qaworkbench.core.store.AccessLog.Access;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.supervisionaudit.SupervisionAudits;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.QaPackage.Literals;
import org.qaworkbench.model.StaffMember;

/**
 * Which records are confidential, and the one place their opening and exporting is written to the
 * {@link AccessLog}. Confidential: a direct observation, a supervision contract, record or session, a casework
 * supervision, and an assessment on a checklist whose answers are about a person rather than a case file (the
 * observation, supervision audit and family feedback checklists: {@link #PERSONAL_CHECKLISTS}). A case audit is not:
 * it is about the family's file, and the history already says who changed it.
 *
 * <p>Editors record an opening through the kit's RecordSession, exports through the PDF and CSV writers that both the
 * editors and the {@code qa} commands use; none of them decides what is confidential.
 */
public final class ConfidentialAccess {

	/** Checklists whose assessments hold personal answers: about a worker's practice, or a family's view of a worker. */
	public static final Set<String> PERSONAL_CHECKLISTS = Set.of(ObservationForms.STANDARD, SupervisionAudits.DEFINITION_ID,
			"org.qaworkbench.checklists.familyfeedback"); //$NON-NLS-1$

	private static final Set<EClass> CONFIDENTIAL_TYPES = Set.of(Literals.DIRECT_OBSERVATION, Literals.SUPERVISION_CONTRACT, Literals.SUPERVISION_RECORD,
			Literals.SUPERVISION_SESSION, Literals.CASEWORK_SUPERVISION);

	private static volatile String workstation;

	private ConfidentialAccess() {
	}

	/** Whether opening or exporting the record is written to the access log. */
	public static boolean isConfidential(Identified record) {
		if (record == null) {
			return false;
		}
		if (record instanceof Assessment assessment) {
			return PERSONAL_CHECKLISTS.contains(assessment.getDefinitionId());
		}
		return CONFIDENTIAL_TYPES.contains(record.eClass());
	}

	/**
	 * The assessments whose answers {@code person} may take away in an export: every case audit; a checklist whose
	 * answers are about people (see {@link #isConfidential}) only for those who wrote it and their management line,
	 * the rule of every personal record ({@link PersonalRecordAccess}).
	 */
	public static Predicate<Assessment> answersVisibleTo(Store store, StaffMember person) {
		PersonalRecordAccess line = new PersonalRecordAccess(store.records().list(StaffMember.class));
		return assessment -> !isConfidential(assessment) || assessment.getAssessors().stream().anyMatch(author -> line.maySeeAbout(author, person));
	}

	/** {@code by} opened the stored record: logged when it is confidential (a record not stored yet is nobody's to see). */
	public static void opened(Store store, Actor by, Identified record) {
		log(store, by, record, Access.OPENED, null);
	}

	/** {@code by} exported the stored record in {@code format} ("pdf", "csv"): logged when it is confidential. */
	public static void exported(Store store, Actor by, Identified record, String format) {
		log(store, by, record, Access.EXPORTED, format);
	}

	private static void log(Store store, Actor by, Identified record, Access access, String format) {
		if (isConfidential(record) && record.getId() != 0) {
			store.accessLog().record(new AccessLog.Event(by.userId(), Instant.now().truncatedTo(ChronoUnit.MILLIS), workstation(), access,
					record.eClass().getName(), record.getId(), format));
		}
	}

	/** This computer's host name, as the network knows it; looked up once (a slow resolver must not slow each opening). */
	public static String workstation() {
		String name = workstation;
		if (name == null) {
			try {
				name = InetAddress.getLocalHost().getHostName();
			} catch (UnknownHostException e) {
				name = System.getenv().getOrDefault("HOSTNAME", "unknown"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			workstation = name;
		}
		return name;
	}
}
