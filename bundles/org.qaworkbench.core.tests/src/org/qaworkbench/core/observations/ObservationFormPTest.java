package org.qaworkbench.core.observations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Section;

/** The shipped form of Attachment Three: every prompt in the form's own words, in its sections. */
class ObservationFormPTest {

	@Test
	void theStandardFormHoldsEveryPromptOfAttachmentThree() {
		ObservationForm form = ObservationForms.newest().orElseThrow();
		assertEquals(List.of("Planning and Preparation:", "Communication Skills:", "Capturing views of child and parent:", "Professionalism and accountability:",
				"Any other comments and overall summary of the observation"), form.promptSections().stream().map(Section::getTitle).toList());
		assertEquals(List.of(4, 4, 1, 5, 1), form.promptSections().stream().map(section -> form.prompts(section).size()).toList());
		List<String> prompts = form.prompts().stream().map(Item::getText).toList();
		assertEquals(List.of("What preparation took place, was the case file read prior to the visit?",
				"Did the Practitioner have a plan of the intervention to be carried out?", "Was it part of the Work Plan?", "What resources were prepared if any?",
				"Were active listening skills applied?", "Use of appropriate questioning:", "Appropriate use of non-verbal communication, give examples:",
				"Clarifying and summarising:", "Capturing views of child and parent:",
				"Use of service documentation i.e. Work Plan, Family Circle, Registration Form, EHA, etc.", "Use of planning and next steps:",
				"Overall professionalism:", "Use of strength based approach:", "Appropriate response to risks identified and unpredictable situations",
				"Any other comments and overall summary of the observation"), prompts);
		assertEquals("Reflection of intervention from Practitioner following the visit", form.text(ObservationForm.REFLECTION, null));
		assertEquals("Child ID", form.text(ObservationForm.CHILD_ID, null));
		assertEquals(List.of("Outstanding", "Good", "Requires improvement", "Inadequate"), form.grades().stream().map(Level::getLabel).toList());
		form.grades().forEach(level -> assertEquals(false, level.getDescriptor() == null || level.getDescriptor().isBlank(), level.getLabel()));
	}
}
