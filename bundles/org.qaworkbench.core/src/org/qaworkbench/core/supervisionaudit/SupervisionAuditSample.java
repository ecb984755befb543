package org.qaworkbench.core.supervisionaudit;

import java.util.List;

import org.qaworkbench.model.SampleDraw;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.Team;

/**
 * A supervision audit's sample as people read it: the team, the seed, the supervisees drawn from (in the order drawn
 * from) and the files drawn, one a column, and every draw with who made it, when and, for a redraw, why.
 */
public record SupervisionAuditSample(Team team, long seed, List<StaffMember> drawnFrom, List<StaffMember> files, List<SampleDraw> draws) {

	public SupervisionAuditSample {
		drawnFrom = List.copyOf(drawnFrom);
		files = List.copyOf(files);
		draws = List.copyOf(draws);
	}

	/** The supervisee of a file column (1 for the first), or null beyond the sample. */
	public StaffMember file(int column) {
		return column >= 1 && column <= files.size() ? files.get(column - 1) : null;
	}
}
