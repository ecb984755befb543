package org.qaworkbench.audits.internal.pdf;

import java.util.List;
import java.util.function.Function;

import org.qaworkbench.audits.internal.ObservationMessages;
import org.qaworkbench.core.Formats;
import org.qaworkbench.model.Amendment;
import org.qaworkbench.model.SignOff;

/**
 * The closing tables every signed record prints alike (an observation, a supervision contract, record or casework
 * supervision): who signed which step and when, and each amendment with its reason. {@code person} names the user
 * ids the steps record.
 */
final class SignOffTables {

	private SignOffTables() {
	}

	static Table signOffs(List<SignOff> signOffs, Function<String, String> person) {
		Table table = new Table(0.4f, 0.35f, 0.25f).header(Cell.bold(ObservationMessages.Pdf_step).shaded(), Cell.bold(ObservationMessages.Pdf_by).shaded(),
				Cell.bold(ObservationMessages.Pdf_at).shaded());
		for (SignOff signOff : signOffs) {
			table.row(Cell.of(signOff.getStep() == null ? "" : signOff.getStep().getLiteral()), Cell.of(person.apply(signOff.getBy())), //$NON-NLS-1$
					Cell.of(Formats.dateTime(signOff.getAt())));
		}
		return table;
	}

	static Table amendments(List<Amendment> amendments, Function<String, String> person) {
		Table table = new Table(0.5f, 0.3f, 0.2f).header(Cell.bold(ObservationMessages.Pdf_reason).shaded(), Cell.bold(ObservationMessages.Pdf_by).shaded(),
				Cell.bold(ObservationMessages.Pdf_at).shaded());
		for (Amendment amendment : amendments) {
			table.row(Cell.of(amendment.getReason() == null ? "" : amendment.getReason()), Cell.of(person.apply(amendment.getBy())), //$NON-NLS-1$
					Cell.of(Formats.dateTime(amendment.getAt())));
		}
		return table;
	}
}
