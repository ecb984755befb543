package org.qaworkbench.core.keydates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.QaFactory;

/**
 * Records a key date on a case: of a kind QA Workbench or an installed plugin knows, on a day that has happened, with
 * an optional detail (an assessment's type: EHA). The case is read as stored now and saved with the key date added,
 * through the store's rules, so a refusal (someone changed the case meanwhile) says why and changes nothing.
 */
public final class CaseKeyDates {

	private final Records records;
	private final KeyDateKinds kinds;
	private final Clock clock;

	public CaseKeyDates(Records records, KeyDateKinds kinds, Clock clock) {
		this.records = records;
		this.kinds = kinds;
		this.clock = clock;
	}

	/** The case as stored with the key date added; refused with the reasons, field by field, and nothing stored. */
	public Case record(Case aCase, String kind, LocalDate date, String detail, Actor actor) throws SaveRefusedException {
		List<InvalidRecordException.Problem> problems = new ArrayList<>();
		KeyDateKinds.Kind known = kinds.find(kind).orElse(null);
		if (known == null) {
			problems.add(new InvalidRecordException.Problem("kind", kind == null || kind.isBlank() ? Messages.KeyDates_chooseKind //$NON-NLS-1$
					: NLS.bind(Messages.KeyDates_unknownKind, kind)));
		}
		LocalDate today = LocalDate.now(clock);
		if (date == null) {
			problems.add(new InvalidRecordException.Problem("date", Messages.KeyDates_noDate)); //$NON-NLS-1$
		} else if (date.isAfter(today)) {
			problems.add(new InvalidRecordException.Problem("date", NLS.bind(Messages.KeyDates_future, Formats.date(date)))); //$NON-NLS-1$
		}
		if (!problems.isEmpty()) {
			throw new InvalidRecordException(problems);
		}
		Case stored = records.find(Case.class, aCase.getId()).orElse(aCase);
		KeyDate keyDate = QaFactory.eINSTANCE.createKeyDate();
		keyDate.setKind(known.id());
		keyDate.setDate(date);
		keyDate.setDetail(detail == null || detail.isBlank() ? null : detail.strip());
		stored.getKeyDates().add(keyDate);
		return records.save(stored, actor);
	}
}
