package org.qaworkbench.xlsform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Section;

/**
 * A real XLSForm, as ODK and KoboToolbox users write it and a spreadsheet program saves it (resources/odk, made by
 * its script): what has a meaning here is imported, and every column, sheet and type that has none is listed.
 */
class OdkFormPTest {

	@TempDir
	Path temp;

	@Test
	void importsWhatHasAMeaningHere() throws Exception {
		WorkbookResult read = ChecklistWorkbooks.read(resource("odk", "water-survey.xlsx"));

		assertTrue(read.isValid(), () -> "problems: " + read.problems());
		assertEquals(List.of("settings row 2, column version: no version: 1.0.0 is taken; give one such as 1.0.0 and raise it for each change"),
				read.problems().stream().map(WorkbookProblem::toString).toList());
		ChecklistDefinition definition = read.definition().orElseThrow();
		assertEquals("water_survey", definition.getDefinitionId());
		assertEquals("Household water survey", definition.getTitle());
		assertEquals(List.of("household", "questions"), definition.getSections().stream().map(Section::getSectionId).toList());

		List<Item> household = definition.getSections().get(0).getItems();
		assertEquals(List.of("respondent", "members", "visit_date", "has_water", "water_source", "water_problems", "distance"),
				household.stream().map(Item::getItemId).toList());
		assertEquals(List.of(ItemKind.TEXT, ItemKind.NUMBER, ItemKind.DATE, ItemKind.YES_NO, ItemKind.SINGLE_CHOICE, ItemKind.MULTIPLE_CHOICE,
				ItemKind.NUMBER), household.stream().map(Item::getKind).toList());
		Item respondent = household.get(0);
		assertEquals("Name of the respondent", respondent.getText(), "the first language is read");
		assertEquals("As they give it.", respondent.getGuidance());
		assertTrue(respondent.isRequired(), "a TRUE() cell is yes");
		assertEquals(List.of("Tap", "Well", "River"), household.get(4).getChoices());
		assertEquals("has_water", household.get(4).getCondition().getItem().getItemId());
		assertEquals(List.of("Y"), household.get(4).getCondition().getAnswers(), "'yes' of the yesno list is Yes");
		assertEquals(List.of("Well", "River"), household.get(5).getCondition().getAnswers());
		assertEquals(List.of("child_name", "child_age", "comments"),
				definition.getSections().get(1).getItems().stream().map(Item::getItemId).toList());

		assertEquals(List.of( //
				"survey row 2, column type: the type 'start' has no meaning here; the row was left out",
				"survey row 3, column type: the type 'end' has no meaning here; the row was left out",
				"survey row 4, column type: the type 'today' has no meaning here; the row was left out",
				"survey row 5, column type: the type 'deviceid' has no meaning here; the row was left out",
				"survey row 6, column type: the type 'note' has no meaning here; the row was left out",
				"survey row 9, column type: integer is read as a number question; whole numbers are not enforced (give minimum and maximum to bound it)",
				"survey row 14, column type: the type 'calculate' has no meaning here; the row was left out",
				"survey row 15, column type: the type 'geopoint' has no meaning here; the row was left out",
				"survey row 16, column type: the type 'image' has no meaning here; the row was left out",
				"survey row 19, column type: 'begin_repeat' has no meaning here (a checklist has no repeated parts); the questions inside are read as part of their section",
				"survey row 21, column type: integer is read as a number question; whole numbers are not enforced (give minimum and maximum to bound it)",
				"survey row 22, column type: 'end_repeat' has no meaning here (a checklist has no repeated parts); the questions inside are read as part of their section"),
				read.unsupported().stream().filter(problem -> problem.column().equals("type")).map(WorkbookProblem::toString).toList());
		assertEquals(List.of( //
				"settings row 2, column default_language", "settings row 2, column style", //
				"survey row 6, column label::Français (fr)", "survey row 7, column appearance", "survey row 9, column constraint",
				"survey row 9, column constraint_message::English (en)", "survey row 10, column default", "survey row 14, column calculation",
				"choices row 2, column label::Français (fr)"),
				read.unsupported().stream().filter(problem -> !problem.column().equals("type")).map(WorkbookProblem::location).toList());
		assertTrue(read.unsupported().stream().anyMatch(problem -> problem.toString()
				.equals("survey row 9, column constraint: the column constraint has no meaning here; its 3 value(s) were left out")));
	}

	@Test
	void theSurveySheetAloneAsCsvIsAChecklist() throws Exception {
		Path csv = temp.resolve("home-safety.csv");
		Files.writeString(csv, "\uFEFFtype,name,label,required,relevant\n" //
				+ "begin_group,safety,Safety,,\n" //
				+ "yes_no,alarm,\"Is there a working smoke alarm, tested?\",yes,\n" //
				+ "text,alarm-why,Why not?,,${alarm} = 'N'\n" //
				+ "end_group,,,,\n");
		WorkbookResult read = ChecklistWorkbooks.read(csv);
		assertTrue(read.isValid(), () -> "problems: " + read.problems());
		ChecklistDefinition definition = read.definition().orElseThrow();
		assertEquals("home-safety", definition.getDefinitionId());
		assertEquals("1.0.0", definition.getVersion());
		assertEquals("Is there a working smoke alarm, tested?", definition.getSections().get(0).getItems().get(0).getText());
		assertEquals(List.of("N"), definition.getSections().get(0).getItems().get(1).getCondition().getAnswers());
		assertEquals(List.of("settings"), read.problems().stream().map(WorkbookProblem::location).toList());
	}

	/** A file of this fragment's resources, copied out (a fragment's entries are found through its host). */
	private Path resource(String folder, String name) throws Exception {
		Enumeration<URL> found = FrameworkUtil.getBundle(getClass()).findEntries("resources/" + folder, name, false);
		assertTrue(found != null && found.hasMoreElements(), "no resource " + name);
		Path copy = temp.resolve(name);
		try (InputStream in = found.nextElement().openStream()) {
			Files.copy(in, copy);
		}
		return copy;
	}
}
