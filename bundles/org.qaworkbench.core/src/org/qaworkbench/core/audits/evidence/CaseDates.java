package org.qaworkbench.core.audits.evidence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.qaworkbench.model.Case;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;

/** A case's dated key dates in date order (those without a date are left out), as timescales look them up. */
final class CaseDates {

	private final List<KeyDate> dated;

	CaseDates(Case aCase) {
		dated = aCase.getKeyDates().stream().filter(keyDate -> keyDate.getKind() != null && keyDate.getDate() != null)
				.sorted(Comparator.comparing(KeyDate::getDate)).toList();
	}

	/** Every key date of a kind (by its id), earliest first. */
	List<KeyDate> all(String kind) {
		return dated.stream().filter(keyDate -> kind.equals(keyDate.getKind())).toList();
	}

	Optional<KeyDate> first(String kind) {
		return dated.stream().filter(keyDate -> kind.equals(keyDate.getKind())).findFirst();
	}

	/** The first key date of a kind on or after a date, else the last one before it. */
	Optional<KeyDate> nearestFrom(String kind, LocalDate start) {
		List<KeyDate> all = all(kind);
		return all.stream().filter(keyDate -> !keyDate.getDate().isBefore(start)).findFirst()
				.or(() -> all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1)));
	}

	/** Whether the case's first key date of a kind has this detail (ignoring case and spaces around it). */
	boolean firstHas(String kind, String detail) {
		return first(kind).map(KeyDate::getDetail).map(String::strip).filter(found -> found.equalsIgnoreCase(detail.strip())).isPresent();
	}

	/** The case's closure after a date, which ends any wait that began then. */
	Optional<LocalDate> closureAfter(LocalDate date) {
		return all(KeyDateKind.CLOSURE.getName()).stream().map(KeyDate::getDate).filter(closure -> closure.isAfter(date)).findFirst();
	}
}
