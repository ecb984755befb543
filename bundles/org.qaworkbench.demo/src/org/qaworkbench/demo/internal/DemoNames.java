package org.qaworkbench.demo.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/** Made-up names and words for demo records; picked by a seeded random, so the same seed gives the same people. */
final class DemoNames {

	static final List<String> LOCALITIES = List.of("Hadley Castle", "The Wrekin", "Lakeside South"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final List<String> FIRST = List.of("Amelia", "Ben", "Chloe", "Daniel", "Ella", "Finley", "Grace", "Harry", "Isla", "Jack", "Katie", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"Liam", "Megan", "Noah", "Olivia", "Priya", "Rhys", "Sophie", "Tom", "Zara", "Aisha", "Callum", "Fatima", "Owen", "Lucy", "Mohammed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$ //$NON-NLS-15$
	private static final List<String> LAST = List.of("Adams", "Bennett", "Clarke", "Davies", "Evans", "Foster", "Griffiths", "Hughes", "Jones", "Khan", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"Lewis", "Morgan", "Owen", "Patel", "Roberts", "Shaw", "Taylor", "Walker", "Williams", "Wright"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	static final List<String> REFERRAL_ROUTES = List.of("School", "Health visitor", "Police", "Self-referral", "Children's social care step down", "GP"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	static final List<String> ACTIONS = List.of("Update the chronology and case summary", "Record the child's wishes and feelings in their own words", //$NON-NLS-1$ //$NON-NLS-2$
			"Make the support plan SMART, with named people and dates", "Hold the overdue Family Circle and record its outcomes", //$NON-NLS-1$ //$NON-NLS-2$
			"Record management oversight of the decision to step down", "Complete the Early Help Assessment within timescale", //$NON-NLS-1$ //$NON-NLS-2$
			"Upload the signed consent form to the case file", "Record the family's ethnicity, language and religion"); //$NON-NLS-1$ //$NON-NLS-2$
	static final List<String> COMMENTS = List.of("Good rapport with the family evident throughout the recording.", //$NON-NLS-1$
			"Plan is clear but some actions have no timescale.", "Recording is up to date and reflects the voice of the child.", //$NON-NLS-1$ //$NON-NLS-2$
			"Management oversight is recorded at key decision points.", "Some case notes were entered more than 48 hours after contact."); //$NON-NLS-1$ //$NON-NLS-2$
	static final List<String> NARRATIVE_TOPICS = List.of("Planning and preparation", "Communication skills", "Capturing the views of the child and parent", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"Professionalism and accountability", "Strength-based approach", "Response to risk", "Practitioner's reflection after the visit", "Overall summary"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	static final List<String> MISSED = List.of("Annual leave", "Sickness", "Urgent child protection visit", "Training day"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** The moderator's note when agreeing, as the workflow writes it. */
	/** The moderator's reasons for a better grade (a lower number: 1 is Exceeds good) than the auditor gave. */
	static final List<String> REASONS_FOR_BETTER = List.of("The chronology and plan on the file support a better grade than given.", //$NON-NLS-1$
			"The child's voice is well evidenced in the Family Circles; grade raised to reflect it."); //$NON-NLS-1$
	/** And for a worse one. */
	static final List<String> REASONS_FOR_WORSE = List.of("Management oversight is missing at two key decisions: grade lowered to reflect it.", //$NON-NLS-1$
			"Actions from the last Family Circle were not reviewed: grade lowered in line with the other audits."); //$NON-NLS-1$
	static final List<String> RESPONSES = List.of("I agree with the audit and have updated the chronology since.", //$NON-NLS-1$
			"Thank you; the Family Circle was held late because the family moved, which is recorded in the case notes.", //$NON-NLS-1$
			"I accept the actions and have discussed them with my line manager.", //$NON-NLS-1$
			"I feel the audit did not take account of the school's involvement, recorded under the education tab."); //$NON-NLS-1$
	static final List<String> HOW_ADDRESSED = List.of("Discussed in supervision and completed on the case file.", //$NON-NLS-1$
			"Worker updated the record; checked by the line manager.", "Added to the plan at the Family Circle and recorded."); //$NON-NLS-1$ //$NON-NLS-2$

	private final SplittableRandom random;

	DemoNames(SplittableRandom random) {
		this.random = random;
	}

	String person() {
		return pick(FIRST) + " " + pick(LAST); //$NON-NLS-1$
	}

	String surname() {
		return pick(LAST);
	}

	<T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** A user name from a person's name: first.last in lower case, numbered when already taken. */
	static String userId(String name, Set<String> taken) {
		String base = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "."); //$NON-NLS-1$ //$NON-NLS-2$
		String userId = base;
		for (int n = 2; !taken.add(userId); n++) {
			userId = base + n;
		}
		return userId;
	}

	static String initials(String name) {
		StringBuilder initials = new StringBuilder();
		for (String part : name.split(" ")) { //$NON-NLS-1$
			initials.append(part.charAt(0));
		}
		return initials.toString();
	}
}
