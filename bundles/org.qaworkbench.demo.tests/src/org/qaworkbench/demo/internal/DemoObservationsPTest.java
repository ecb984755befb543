package org.qaworkbench.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qaworkbench.core.observations.Observations;
import org.qaworkbench.core.observations.ObservationsDue;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;

class DemoObservationsPTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@TempDir
	Path temp;

	@Test
	void aYearOfObservationsInEveryStateSomePractitionersOverdueAndActionsFromTheSignedOff() throws Exception {
		try (Store store = TestAccounts.open(temp.resolve("data"))) {
			new DemoService(store, new Actor("demo"), 7, 1, TODAY).generate(DemoServicePTest.definition());
			Set<ObservationState> states = EnumSet.noneOf(ObservationState.class);
			store.records().forEach(DirectObservation.class, observation -> states.add(observation.getState()));
			assertEquals(EnumSet.allOf(ObservationState.class), states);

			Observations observations = new Observations(store, Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
			StaffMember manager = store.records().list(StaffMember.class).stream().filter(staff -> staff.getRoles().contains(Role.SERVICE_DELIVERY_MANAGER))
					.findFirst().orElseThrow();
			List<ObservationsDue.Row> due = observations.due(manager);
			long frontline = store.records().list(StaffMember.class).stream().filter(ObservationsDue::observed).count();
			assertEquals(frontline, due.size(), "the manager sees every frontline practitioner and assistant");
			long overdue = due.stream().filter(ObservationsDue.Row::overdue).count();
			assertTrue(overdue > 0 && overdue < due.size() / 2, "some overdue, most not: " + overdue + " of " + due.size());
			assertTrue(due.stream().anyMatch(row -> row.overdue() && row.inProgress().isPresent()), "someone overdue with one in progress");

			List<RemedialAction> development = store.records().list(RemedialAction.class).stream().filter(action -> action.getObservation() != null).toList();
			assertTrue(!development.isEmpty());
			for (RemedialAction action : development) {
				DirectObservation from = store.records().resolve(action.getObservation()).orElseThrow();
				assertEquals(ObservationState.SIGNED_OFF, from.getState());
				assertEquals(from.getPractitioner().getId(), action.getOwner().getId());
			}
		}
	}
}
