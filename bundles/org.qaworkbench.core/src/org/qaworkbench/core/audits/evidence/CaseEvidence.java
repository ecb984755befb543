package org.qaworkbench.core.audits.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.model.Case;

/**
 * Evidence from a case's key dates for the questions of an audit, by the timescale rules its checklist plugin
 * declares: for each item, lines such as "first contact 3 working days after allocation (standard: 5): met". It
 * reads the case and changes nothing; the auditor sees the lines beside the questions, and they never answer or
 * score anything.
 */
public final class CaseEvidence {

	private record Verdict(Outcome outcome, String words) {
	}

	private CaseEvidence() {
	}

	/**
	 * The evidence for each item id the rules bear on, in the order of the rules. {@code today} ends the waits still
	 * open: a first contact not yet recorded, the time since the last Family Circle (the case's closure ends them
	 * instead when it has one).
	 */
	public static Map<String, List<Evidence>> evaluate(Case aCase, List<TimescaleRule> rules, LocalDate today) {
		Objects.requireNonNull(today, "today"); //$NON-NLS-1$
		CaseDates dates = new CaseDates(aCase);
		Map<String, List<Evidence>> byItem = new LinkedHashMap<>();
		for (TimescaleRule rule : rules) {
			Measurement measured = Measurement.of(rule, dates, today);
			List<Standard> standards = rule.standards().stream().filter(standard -> !standard.isConditional() || dates.firstHas(standard.when(), standard.detail()))
					.limit(1).toList();
			standards = standards.isEmpty() ? rule.standards() : standards;
			String standardText = Phrases.or(standards.stream().map(standard -> standard.text(rule.measure())).toList());
			Verdict verdict = measured.missing() ? new Verdict(Outcome.MISSING, null) : verdict(rule, measured, standards);
			String text = verdict.words() == null ? NLS.bind(Messages.Evidence_line, new Object[] { measured.fact(), rule.source().label(), standardText })
					: NLS.bind(Messages.Evidence_lineWithVerdict, new Object[] { measured.fact(), rule.source().label(), standardText, verdict.words() });
			for (String item : rule.items()) {
				byItem.computeIfAbsent(item, unused -> new ArrayList<>()).add(new Evidence(item, rule.id(), rule.source(), verdict.outcome(), text));
			}
		}
		byItem.replaceAll((item, lines) -> List.copyOf(lines));
		return Collections.unmodifiableMap(byItem);
	}

	/** The verdict of the one standard that applies; of several (none of their conditions holding) only if they agree. */
	private static Verdict verdict(TimescaleRule rule, Measurement measured, List<Standard> standards) {
		List<Verdict> verdicts = standards.stream().map(standard -> verdict(rule, measured, standard)).distinct().toList();
		if (verdicts.size() == 1) {
			return verdicts.get(0);
		}
		return new Verdict(Outcome.UNDETERMINED, NLS.bind(Messages.Evidence_undetermined, Phrases.noun(standards.get(0).when())));
	}

	private static Verdict verdict(TimescaleRule rule, Measurement measured, Standard standard) {
		Unit unit = rule.unit();
		boolean overdue = measured.waiting() != null && standard.isOverdue(measured.waiting(), unit);
		if (measured.times().isEmpty()) {
			return overdue ? new Verdict(Outcome.OVERDUE, Messages.Evidence_overdue) : new Verdict(Outcome.NOT_YET_DUE, Messages.Evidence_notYetDue);
		}
		if (rule.measure() == Measure.FIRST) {
			Outcome outcome = standard.judge(measured.times().get(0), unit);
			return new Verdict(outcome, switch (outcome) {
			case MET -> Messages.Evidence_met;
			case EARLY -> Messages.Evidence_early;
			case OVER_LIMIT -> Messages.Evidence_overLimit;
			default -> standard.limit() > 0 ? Messages.Evidence_withinLimit : Messages.Evidence_notMet;
			});
		}
		long outside = measured.times().stream().filter(time -> standard.judge(time, unit) != Outcome.MET).count() + (overdue ? 1 : 0);
		int counted = measured.times().size() + (overdue ? 1 : 0);
		return outside == 0 ? new Verdict(Outcome.MET, Messages.Evidence_met)
				: new Verdict(Outcome.NOT_MET, NLS.bind(Messages.Evidence_outside, outside, counted));
	}
}
