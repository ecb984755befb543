package org.qaworkbench.xlsform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A filled-in checklist workbook to start from: three sections with every type of question once (integer and
 * decimal both), a scale with descriptors, conditions, scoring, a timescale and the read me sheet. Written as
 * rows, not from a definition, so that it shows what a quality lead writes (integer is read as a number).
 */
public final class Template {

	private Template() {
	}

	public static List<Sheet> sheets(String title) {
		List<Sheet> sheets = new ArrayList<>();
		sheets.add(survey());
		sheets.add(choices());
		Sheet.Builder settings = new Sheet.Builder(WorkbookReader.SETTINGS).row(WorkbookReader.SETTINGS_COLUMNS);
		settings.row(formId(title), title, "1.0.0", Messages.Template_purpose, "case", "mean_grade"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		sheets.add(settings.build());
		Sheet.Builder timescales = new Sheet.Builder(WorkbookReader.TIMESCALES).row(TimescaleSheet.COLUMNS);
		timescales.row("first-visit", "visit-date", "standard of practice", "", "Allocation", "First visit", "working days", "", "5"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		sheets.add(timescales.build());
		sheets.add(ReadMe.sheet());
		return sheets;
	}

	/** org.example. and the title in lower case with hyphens: an id to replace with the authority's own. */
	static String formId(String title) {
		String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return "org.example." + (slug.isEmpty() ? "checklist" : slug); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Sheet survey() {
		Sheet.Builder survey = new Sheet.Builder(WorkbookReader.SURVEY).row(WorkbookReader.SURVEY_COLUMNS);
		// type, name, label, hint, required, relevant, personal, files, minimum, maximum, not_before, future, scale, score
		survey.row("begin_group", "visit", Messages.Template_visit, "", "", "", "", "", "", "", "", "", "", "none"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
		survey.row("text", "visit-worker", Messages.Template_worker, Messages.Template_workerHint, "yes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		survey.row("text", "visit-child", Messages.Template_child, Messages.Template_childHint, "", "", "yes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		survey.row("date", "visit-date", Messages.Template_date, "", "yes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		survey.row("date", "visit-next", Messages.Template_next, Messages.Template_nextHint, "", "", "", "", "", "", "visit-date", "yes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
		survey.row("integer", "visit-minutes", Messages.Template_minutes, "", "", "", "", "", "1", "600"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		survey.row("decimal", "visit-miles", Messages.Template_miles, "", "", "", "", "", "0"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		survey.row("select_one visit-kinds", "visit-kind", Messages.Template_kind, "", "yes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		survey.row("select_multiple visit-present", "visit-present", Messages.Template_present); //$NON-NLS-1$ //$NON-NLS-2$
		survey.row("end_group"); //$NON-NLS-1$
		survey.row("begin_group", "practice", Messages.Template_practice, "", "", "", "", "", "", "", "", "", "", "mean_grade"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
		survey.row("grade quality", "practice-1", Messages.Template_practice1, Messages.Template_practice1Hint, "yes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		survey.row("grade quality", "practice-2", Messages.Template_practice2, "", "yes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		survey.row("end_group"); //$NON-NLS-1$
		survey.row("begin_group", "checks", Messages.Template_checks, "", "", "", "", "", "", "", "", "", "", "percent_yes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
		survey.row("yes_no", "checks-plan", Messages.Template_plan, "", "yes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		survey.row("yes_no_na", "checks-plan-shared", Messages.Template_planShared, Messages.Template_planSharedHint, "yes", "${checks-plan} = 'Y'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		survey.row("text", "checks-no-plan", Messages.Template_noPlan, "", "yes", "${checks-plan} = 'N'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		survey.row("matrix", "checks-recording", Messages.Template_recording, Messages.Template_recordingHint, "yes", "", "", "4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		survey.row("end_group"); //$NON-NLS-1$
		return survey.build();
	}

	private static Sheet choices() {
		Sheet.Builder choices = new Sheet.Builder(WorkbookReader.CHOICES).row(WorkbookReader.CHOICES_COLUMNS);
		choices.row("quality", "1", Messages.Template_level1, Messages.Template_scale, "", Messages.Template_level1Descriptor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		choices.row("quality", "2", Messages.Template_level2, "", "", Messages.Template_level2Descriptor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		choices.row("quality", "3", Messages.Template_level3, "", "", Messages.Template_level3Descriptor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		choices.row("quality", "4", Messages.Template_level4, "", "", Messages.Template_level4Descriptor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		choices.row("quality", "5", Messages.Template_levelNa, "", "yes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		choices.row("visit-kinds", "planned", Messages.Template_planned); //$NON-NLS-1$ //$NON-NLS-2$
		choices.row("visit-kinds", "unannounced", Messages.Template_unannounced); //$NON-NLS-1$ //$NON-NLS-2$
		choices.row("visit-present", "child", Messages.Template_presentChild); //$NON-NLS-1$ //$NON-NLS-2$
		choices.row("visit-present", "parent", Messages.Template_presentParent); //$NON-NLS-1$ //$NON-NLS-2$
		choices.row("visit-present", "other", Messages.Template_presentOther); //$NON-NLS-1$ //$NON-NLS-2$
		return choices.build();
	}
}
