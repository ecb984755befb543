package org.qaworkbench.store.jdbc.internal;

import java.time.LocalDate;

import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Child;
import org.qaworkbench.model.Condition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SubjectKind;

/** Records as the forms fill them, for tests. */
final class Samples {

	static final QaFactory QA = QaFactory.eINSTANCE;

	private Samples() {
	}

	/** A small audit: graded items on the 1-5 audit scale, a Yes/No item, and one asked only when it is No. */
	static ChecklistDefinition auditDefinition(int gradedItems) {
		ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId("test.audit");
		definition.setVersion("1.0.0");
		definition.setTitle("Test case audit");
		definition.setSubjectKind(SubjectKind.CASE);
		Scale scale = QA.createScale();
		scale.setScaleId("audit-grades");
		scale.setName("Audit grades");
		String[] labels = { "Exceeds good", "Good", "Requires improvement", "Inadequate", "N/A" };
		for (int i = 0; i < labels.length; i++) {
			Level level = QA.createLevel();
			level.setValue(i + 1);
			level.setLabel(labels[i]);
			level.setNotApplicable(i == 4);
			scale.getLevels().add(level);
		}
		definition.getScales().add(scale);
		Section graded = QA.createSection();
		graded.setSectionId("basic");
		graded.setTitle("Basic required information");
		for (int i = 1; i <= gradedItems; i++) {
			Item item = item("q" + i, "Question " + i, ItemKind.GRADED);
			item.setScale(scale);
			graded.getItems().add(item);
		}
		definition.getSections().add(graded);
		Section assessment = QA.createSection();
		assessment.setSectionId("assessment");
		assessment.setTitle("Assessment");
		Item atReferral = item("atReferral", "Was an assessment completed at referral?", ItemKind.YES_NO);
		Item within10Weeks = item("within10Weeks", "If no assessment, was one completed within 10 weeks of allocation?", ItemKind.YES_NO);
		Condition onlyWhenNo = QA.createCondition();
		onlyWhenNo.setItem(atReferral);
		onlyWhenNo.getAnswers().add("N");
		within10Weeks.setCondition(onlyWhenNo);
		assessment.getItems().add(atReferral);
		assessment.getItems().add(within10Weeks);
		definition.getSections().add(assessment);
		return definition;
	}

	static Item item(String id, String text, ItemKind kind) {
		Item item = QA.createItem();
		item.setItemId(id);
		item.setText(text);
		item.setKind(kind);
		item.setRequired(true);
		return item;
	}

	/** A completed audit answering every graded item (grades cycling 1-4) and the referral item with Y. */
	static Assessment audit(String definitionHash, int gradedItems, String caseNumber) {
		Assessment audit = QA.createAssessment();
		audit.setDefinitionId("test.audit");
		audit.setDefinitionVersion("1.0.0");
		audit.setDefinitionHash(definitionHash);
		audit.setSubjectKind(SubjectKind.CASE);
		audit.setSubjectKey(caseNumber);
		audit.setStartedOn(LocalDate.of(2026, 3, 2));
		audit.setCompletedOn(LocalDate.of(2026, 3, 9));
		audit.setState(AssessmentState.COMPLETED);
		for (int i = 1; i <= gradedItems; i++) {
			audit.getAnswers().add(answer("q" + i, String.valueOf(1 + i % 4)));
		}
		audit.getAnswers().add(answer("atReferral", "Y"));
		audit.setJudgement("2");
		audit.setComments("Plan is clear; recording is up to date.");
		return audit;
	}

	/** The same audit still in draft: its content can change by a plain save (a completed one is locked). */
	static Assessment draftAudit(String definitionHash, int gradedItems, String caseNumber) {
		Assessment audit = audit(definitionHash, gradedItems, caseNumber);
		audit.setState(AssessmentState.DRAFT);
		audit.setCompletedOn(null);
		return audit;
	}

	static Answer answer(String itemId, String value) {
		Answer answer = QA.createAnswer();
		answer.setItemId(itemId);
		answer.setValue(value);
		return answer;
	}

	static Case aCase(String caseNumber, StaffMember worker) {
		Case aCase = QA.createCase();
		aCase.setCaseNumber(caseNumber);
		Child child = QA.createChild();
		child.setName("Child of " + caseNumber);
		child.setDateOfBirth(LocalDate.of(2015, 6, 1));
		aCase.setChild(child);
		aCase.setFamilyNames("Smith");
		aCase.setStatus(CaseStatus.CHILD_IN_NEED);
		Allocation allocation = QA.createAllocation();
		allocation.setWorker(worker);
		allocation.setAllocatedOn(LocalDate.of(2026, 1, 12));
		aCase.getAllocations().add(allocation);
		KeyDate referral = QA.createKeyDate();
		referral.setKind(KeyDateKind.REFERRAL.getName());
		referral.setDate(LocalDate.of(2026, 1, 5));
		aCase.getKeyDates().add(referral);
		return aCase;
	}
}
