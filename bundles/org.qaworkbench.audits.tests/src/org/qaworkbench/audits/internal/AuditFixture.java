package org.qaworkbench.audits.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.checklists.scoring.Scoring;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.supervisionaudit.SupervisionAudits;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Amendment;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.AuditKind;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Child;
import org.qaworkbench.model.FollowUp;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.SignOffStep;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SubjectKind;

/**
 * A store in a temporary folder with two localities, four staff, a case and three case audits made with the real
 * case audit definition: a completed, moderated and shared one in Hadley Castle with every question answered and two
 * remedial actions ({@link #audit}), a closed one there from the year before and a draft in The Wrekin.
 */
final class AuditFixture implements AutoCloseable {

	static final String CASE_AUDIT = "org.qaworkbench.checklists.caseaudit";
	static final Actor ACTOR = new Actor("fixture");
	static final QaFactory QA = QaFactory.eINSTANCE;
	static final String CHILD = "Zo\u00eb \u0141ukasiewicz";
	static final String FAMILY = "\u0141ukasiewicz-Price";
	static final LocalDate AUDITED = LocalDate.of(2026, 3, 12);

	final Store store;
	final ChecklistDefinition definition;
	final Locality hadley;
	final Locality wrekin;
	final StaffMember auditor;
	final StaffMember practitioner;
	final StaffMember lineManager;
	final StaffMember manager;
	/** The answers given to the completed audit, by item id, in definition order. */
	final Map<String, String> answers = new LinkedHashMap<>();
	final Assessment audit;
	final Assessment closed;
	final Assessment draft;
	final List<RemedialAction> actions = new ArrayList<>();

	AuditFixture(Path folder) throws Exception {
		store = TestAccounts.open(folder);
		definition = ChecklistRegistry.instance().newest(CASE_AUDIT).orElseThrow();
		hadley = locality("Hadley Castle");
		wrekin = locality("The Wrekin");
		manager = staff("Sam Okafor", "sokafor", Role.SERVICE_DELIVERY_MANAGER, hadley, null);
		lineManager = staff("Jo Bloggs", "jbloggs", Role.TEAM_LEADER, hadley, manager);
		auditor = staff("Priya Shah", "pshah", Role.TEAM_LEADER, wrekin, manager);
		practitioner = staff("Tom Evans", "tevans", Role.PRACTITIONER, hadley, lineManager);
		Case aCase = aCase();
		audit = store.records().save(completedAudit(aCase), ACTOR);
		actions.add(action("Record the absent father's views on the support plan", LocalDate.of(2026, 4, 9), true));
		actions.add(action("Update the family circle with the school's concerns", LocalDate.of(2026, 4, 23), false));
		closed = store.records().save(otherAudit(hadley, AssessmentState.CLOSED, LocalDate.of(2025, 6, 2)), ACTOR);
		draft = store.records().save(otherAudit(wrekin, AssessmentState.DRAFT, LocalDate.of(2026, 3, 20)), ACTOR);
	}

	private Locality locality(String name) throws Exception {
		Locality locality = QA.createLocality();
		locality.setName(name);
		return store.records().save(locality, ACTOR);
	}

	private StaffMember staff(String name, String userId, Role role, Locality locality, StaffMember manager) throws Exception {
		StaffMember staff = QA.createStaffMember();
		staff.setName(name);
		staff.setUserId(userId);
		staff.setInitials(name.replaceAll("[^A-Z]", ""));
		staff.getRoles().add(role);
		staff.setLocality(locality);
		staff.setLineManager(manager);
		return store.records().save(staff, ACTOR);
	}

	private Case aCase() throws Exception {
		Case aCase = QA.createCase();
		aCase.setCaseNumber("LL100042");
		Child child = QA.createChild();
		child.setName(CHILD);
		child.setDateOfBirth(LocalDate.of(2014, 7, 30));
		aCase.setChild(child);
		aCase.setFamilyNames(FAMILY);
		aCase.setLocality(hadley);
		aCase.setStatus(CaseStatus.CHILD_IN_NEED);
		aCase.setLineManager(lineManager);
		Allocation allocation = QA.createAllocation();
		allocation.setWorker(practitioner);
		allocation.setAllocatedOn(LocalDate.of(2025, 9, 1));
		aCase.getAllocations().add(allocation);
		return store.records().save(aCase, ACTOR);
	}

	/** Every question answered: details, grades 1 to 4 in turn with one N/A, Yes/No answers, reasons and the summary. */
	private Assessment completedAudit(Case aCase) {
		Assessment audit = newAudit(hadley, aCase.getCaseNumber());
		answers.putAll(Map.ofEntries(Map.entry("details-locality", "Hadley Castle"), Map.entry("details-audit-date", AUDITED.toString()),
				Map.entry("details-current-worker", "Tom Evans"), Map.entry("details-current-allocated", "2025-09-01"),
				Map.entry("details-llcs", "LL100042"), Map.entry("details-line-manager", "Jo Bloggs"), Map.entry("details-auditors", "Priya Shah"),
				Map.entry("details-status", "CIN"), Map.entry("details-child", CHILD), Map.entry("details-family", FAMILY),
				Map.entry("details-dob", "2014-07-30"), Map.entry("details-assessment-type", "EHA"), Map.entry("details-assessment-date", "2025-10-14"),
				Map.entry("details-plan-type", "EHSP"), Map.entry("details-plan-date", "2025-10-20"), Map.entry("details-supervision-date", "2026-02-26"),
				Map.entry("assessment-1", "Y"), Map.entry("assessment-3", "NA"), Map.entry("judgement-safe", "N"),
				Map.entry("judgement-safe-reasons", "Domestic abuse referral still open; a safety plan is in place."), Map.entry("judgement-improved", "Y"),
				Map.entry("judgement-observation", "N"), Map.entry("summary-comments", "A thorough file with a clear sense of the child's journey."),
				Map.entry("summary-lessons", "Record the father's views from the start.")));
		int graded = 0;
		Map<String, String> ordered = new LinkedHashMap<>();
		for (Section section : definition.getSections()) {
			for (Item item : section.getItems()) {
				if (item.getKind() == ItemKind.GRADED) {
					ordered.put(item.getItemId(), item.getItemId().equals("plans-6") ? "5" : String.valueOf(1 + graded++ % 4));
				} else if (answers.containsKey(item.getItemId())) {
					ordered.put(item.getItemId(), answers.get(item.getItemId()));
				}
			}
		}
		answers.clear();
		answers.putAll(ordered);
		answers.forEach((itemId, value) -> audit.getAnswers().add(answer(itemId, value, null)));
		audit.getAnswers().stream().filter(answer -> answer.getItemId().equals("basic-2")).findFirst()
				.ifPresent(answer -> answer.setComment("Referral came through Family Connect \u2192 SOPS followed \u4f60\u597d"));
		Scoring.apply(definition, audit);
		audit.setState(AssessmentState.SHARED);
		audit.setCompletedOn(AUDITED);
		audit.setJudgement(audit.getScores().get(audit.getScores().size() - 1).getValue().toPlainString());
		audit.setAuditKind(AuditKind.CROSS_LOCALITY);
		audit.setTheme("Domestic abuse");
		audit.setModeratedJudgement("3");
		audit.setModerationReason("Plans are not up to date.");
		audit.setSharedOn(LocalDate.of(2026, 3, 26));
		audit.setPractitionerResponse("I agree and have updated the plan.");
		audit.getSignOffs().add(signOff(SignOffStep.COMPLETION, "pshah", Role.TEAM_LEADER, AUDITED, null));
		audit.getSignOffs().add(signOff(SignOffStep.MODERATION, "sokafor", Role.SERVICE_DELIVERY_MANAGER, AUDITED.plusDays(4), "Plans are not up to date."));
		audit.getSignOffs().add(signOff(SignOffStep.SHARING, "jbloggs", Role.TEAM_LEADER, LocalDate.of(2026, 3, 26), null));
		Amendment amendment = QA.createAmendment();
		amendment.setBy("pshah");
		amendment.setAt(AUDITED.plusDays(2).atTime(9, 30).atZone(ZoneId.systemDefault()).toInstant());
		amendment.setReason("Corrected the date of the most recent supervision.");
		audit.getAmendments().add(amendment);
		return audit;
	}

	private Assessment otherAudit(Locality locality, AssessmentState state, LocalDate on) {
		Assessment other = newAudit(locality, locality == hadley ? "LL100007" : "LL200013");
		other.setStartedOn(on);
		other.setState(state);
		if (state != AssessmentState.DRAFT) {
			other.setCompletedOn(on);
			for (Section section : definition.getSections()) {
				for (Item item : section.getItems()) {
					if (item.isRequired() && item.getCondition() == null) {
						String value = switch (item.getKind()) {
						case GRADED -> "2";
						case YES_NO, YES_NO_NA -> "Y";
						case DATE -> on.toString();
						case SINGLE_CHOICE -> item.getChoices().get(0);
						default -> "Recorded";
						};
						other.getAnswers().add(answer(item.getItemId(), value, null));
					}
				}
			}
			Scoring.apply(definition, other);
		} else {
			other.getAnswers().add(answer("basic-1", "3", "Draft so far"));
		}
		return other;
	}

	private Assessment newAudit(Locality locality, String caseNumber) {
		Assessment audit = QA.createAssessment();
		audit.setDefinitionId(definition.getDefinitionId());
		audit.setDefinitionVersion(definition.getVersion());
		audit.setDefinitionHash(store.definitions().store(definition, ACTOR));
		audit.setSubjectKind(SubjectKind.CASE);
		audit.setSubjectKey(caseNumber);
		audit.setLocality(locality);
		audit.getAssessors().add(auditor);
		audit.setStartedOn(AUDITED.minusDays(3));
		return audit;
	}

	private RemedialAction action(String text, LocalDate due, boolean done) throws Exception {
		RemedialAction action = QA.createRemedialAction();
		action.setAssessment(audit);
		action.setAction(text);
		action.setOwner(practitioner);
		action.setDueOn(due);
		FollowUp followUp = QA.createFollowUp();
		followUp.setDueOn(AUDITED.plusMonths(3));
		if (done) {
			action.setHowAddressed("Discussed in supervision; views recorded.");
			action.setCompletedOn(due.minusDays(2));
			action.setInitials("JB");
			followUp.setCheckedOn(AUDITED.plusMonths(3).plusDays(1));
			followUp.setDone(true);
			followUp.setOutcome("The plan now carries the father's views.");
		}
		action.setFollowUp(followUp);
		return store.records().save(action, ACTOR);
	}

	private static Answer answer(String itemId, String value, String comment) {
		Answer answer = QA.createAnswer();
		answer.setItemId(itemId);
		answer.setValue(value);
		answer.setComment(comment);
		return answer;
	}

	private static SignOff signOff(SignOffStep step, String by, Role role, LocalDate on, String note) {
		SignOff signOff = QA.createSignOff();
		signOff.setStep(step);
		signOff.setBy(by);
		signOff.setRole(role);
		signOff.setAt(on.atTime(11, 0).atZone(ZoneId.systemDefault()).toInstant());
		signOff.setNote(note);
		return signOff;
	}

	/** A supervision audit of Hadley's team by the auditor: a checklist whose answers are about people (confidential). */
	Assessment supervisionAudit() throws Exception {
		ChecklistDefinition supervision = ChecklistRegistry.instance().newest(SupervisionAudits.DEFINITION_ID).orElseThrow();
		Assessment audit = QA.createAssessment();
		audit.setDefinitionId(supervision.getDefinitionId());
		audit.setDefinitionVersion(supervision.getVersion());
		audit.setDefinitionHash(store.definitions().store(supervision, ACTOR));
		audit.setSubjectKind(SubjectKind.SUPERVISION_FILES);
		audit.setSubjectKey("Hadley team");
		audit.setLocality(hadley);
		audit.getAssessors().add(auditor);
		audit.setStartedOn(AUDITED);
		return store.records().save(audit, ACTOR);
	}

	@Override
	public void close() {
		store.close();
	}
}
