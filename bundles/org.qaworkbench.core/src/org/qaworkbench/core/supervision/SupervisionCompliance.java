package org.qaworkbench.core.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.queries.OpenCaseEntry;
import org.qaworkbench.core.queries.SupervisionContractEntry;
import org.qaworkbench.core.queries.SupervisionRecordEntry;
import org.qaworkbench.core.queries.SupervisionSessionEntry;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionState;
import org.qaworkbench.model.Team;

/**
 * Whether supervision is regular, computed from the records against the policy's rules (data: {@link SupervisionPolicy}),
 * never typed in: per supervisee (contract signed and in date, the contracted interval, last session, next due,
 * overdue, sessions held against planned in the policy's window), per open case (last casework supervision against
 * the interval for its status, overdue), and roll-ups per team and locality. Pure: it reads rows the read models
 * give ({@link org.qaworkbench.core.queries.SupervisionQueries}) and the small staff, team and locality lists; today is
 * handed to it, so compliance moves with an injected clock. What a person sees is what {@link SupervisionAccess} lets
 * them: supervisees they are, supervise or manage; cases they may see.
 */
public final class SupervisionCompliance {

	/** Narrows the report: a locality's name, a team's name, a supervisor's name or user id; null or blank takes all. */
	public record Filter(String locality, String team, String supervisor) {

		public static final Filter ALL = new Filter(null, null, null);

		boolean takes(String localityName, String teamName, StaffMember supervisorOf) {
			return matches(locality, localityName) && matches(team, teamName)
					&& (blank(supervisor) || supervisorOf != null && (matches(supervisor, supervisorOf.getName()) || matches(supervisor, supervisorOf.getUserId())));
		}

		private static boolean matches(String wanted, String value) {
			return blank(wanted) || value != null && value.strip().equalsIgnoreCase(wanted.strip());
		}
	}

	/**
	 * One supervisee's line. {@code contractId} 0 when no contract is signed; {@code reviewDue} when the signed
	 * contract falls due for review; {@code lastSession} null when none is recorded; {@code nextPlanned} the date the
	 * last session set for the next (null when none).
	 */
	public record SuperviseeRow(StaffMember supervisee, StaffMember supervisor, String team, String locality, long contractId, boolean contractSigned,
			boolean contractInDate, LocalDate reviewDue, String frequency, String frequencyLabel, LocalDate lastSession, LocalDate nextDue, LocalDate nextPlanned,
			boolean overdue, int held, int missed, int planned) {
	}

	/** One open case's line: its last casework supervision against the interval for its status. */
	public record CaseRow(long caseId, String caseNumber, CaseStatus status, String locality, String team, StaffMember worker, StaffMember supervisor,
			LocalDate lastSupervision, String interval, LocalDate due, boolean overdue) {
	}

	/** A team's or locality's figures. */
	public record Rollup(String name, int supervisees, int overdue, int contractsInDate, int held, int planned, int openCases, int casesOverdue) {
	}

	/** The whole report, each list in its order: supervisees soonest due first, cases soonest due first, roll-ups by name. */
	public record Report(LocalDate asOf, List<SuperviseeRow> supervisees, List<CaseRow> cases, List<Rollup> teams, List<Rollup> localities) {
	}

	/** What the report is computed from: the read models' rows and the small lists of staff, teams and localities. */
	public record Facts(Collection<StaffMember> staff, Collection<Team> teams, Collection<Locality> localities, List<SupervisionContractEntry> contracts,
			List<SupervisionRecordEntry> records, List<SupervisionSessionEntry> sessions, List<OpenCaseEntry> openCases) {
	}

	private SupervisionCompliance() {
	}

	public static Report compute(Facts facts, SupervisionPolicy policy, SupervisionAccess access, StaffMember person, Filter filter, LocalDate today) {
		Map<Long, StaffMember> staff = byId(facts.staff(), StaffMember::getId);
		Map<Long, String> teams = new HashMap<>();
		facts.teams().forEach(team -> teams.put(team.getId(), team.getName()));
		Map<Long, String> localities = new HashMap<>();
		facts.localities().forEach(locality -> localities.put(locality.getId(), locality.getName()));
		LocalDate windowFrom = policy.window().before(today);

		List<SuperviseeRow> supervisees = new ArrayList<>();
		for (StaffMember member : facts.staff()) {
			if (member.getLineManager() == null || !access.maySeeAbout(member, person)) {
				continue;
			}
			SuperviseeRow row = supervisee(member, facts, staff, teams, localities, policy, today, windowFrom);
			if (filter.takes(row.locality(), row.team(), row.supervisor())) {
				supervisees.add(row);
			}
		}
		supervisees.sort(Comparator.comparing(SuperviseeRow::nextDue).thenComparing(row -> orEmpty(row.supervisee().getName())));

		List<CaseRow> cases = new ArrayList<>();
		for (OpenCaseEntry entry : facts.openCases()) {
			if (!access.maySeeCase(entry.caseNumber(), person)) {
				continue;
			}
			StaffMember worker = staff.get(entry.workerId());
			StaffMember supervisor = staff.get(entry.lineManagerId());
			String team = worker == null || worker.getTeam() == null ? null : teams.get(worker.getTeam().getId());
			String locality = localities.get(entry.localityId());
			if (!filter.takes(locality, team, supervisor)) {
				continue;
			}
			Interval interval = policy.caseworkInterval(entry.status());
			LocalDate from = entry.lastCaseworkOn() != null ? entry.lastCaseworkOn() : entry.allocatedOn() != null ? entry.allocatedOn() : today;
			LocalDate due = interval.after(from);
			cases.add(new CaseRow(entry.caseId(), entry.caseNumber(), entry.status(), locality, team, worker, supervisor, entry.lastCaseworkOn(), interval.iso(), due,
					due.isBefore(today)));
		}
		cases.sort(Comparator.comparing(CaseRow::due).thenComparing(CaseRow::caseNumber, Comparator.nullsLast(Comparator.naturalOrder())));

		if (!Permissions.allows(access.full(person), Permission.SEE_DASHBOARDS)) {
			// The figures per team and locality are management information: a practitioner sees their own rows only.
			return new Report(today, List.copyOf(supervisees), List.copyOf(cases), List.of(), List.of());
		}
		return new Report(today, List.copyOf(supervisees), List.copyOf(cases), rollup(supervisees, cases, SuperviseeRow::team, CaseRow::team),
				rollup(supervisees, cases, SuperviseeRow::locality, CaseRow::locality));
	}

	private static SuperviseeRow supervisee(StaffMember member, Facts facts, Map<Long, StaffMember> staff, Map<Long, String> teams, Map<Long, String> localities,
			SupervisionPolicy policy, LocalDate today, LocalDate windowFrom) {
		Optional<SupervisionContractEntry> contract = currentContract(facts.contracts(), member.getId());
		Interval frequency = contract.map(SupervisionContractEntry::frequencyPeriod).flatMap(SupervisionCompliance::interval)
				.orElse(policy.defaultFrequency(member));
		StaffMember supervisor = contract.map(entry -> staff.get(entry.supervisorId())).orElse(staff.get(member.getLineManager().getId()));
		LocalDate reviewDue = contract.map(SupervisionContractEntry::reviewOn).orElse(null);
		boolean inDate = inDate(contract, today);

		TreeSet<LocalDate> held = new TreeSet<>();
		int missed = 0;
		LocalDate nextPlanned = null;
		LocalDate latestLine = null;
		for (SupervisionSessionEntry session : facts.sessions()) {
			if (session.superviseeId() != member.getId() || session.sessionOn() == null || session.sessionOn().isAfter(today)) {
				continue;
			}
			if (session.held()) {
				held.add(session.sessionOn());
			} else if (!session.sessionOn().isBefore(windowFrom)) {
				missed++;
			}
			if (latestLine == null || !session.sessionOn().isBefore(latestLine)) {
				latestLine = session.sessionOn();
				nextPlanned = session.nextOn();
			}
		}
		for (SupervisionRecordEntry record : facts.records()) {
			// Held means signed by both, as the sessions log has it: a record begun (a draft, or signed by one) is not yet a
			// session held, so opening today's record never makes a supervisee look supervised.
			if (record.superviseeId() == member.getId() && record.state() == SupervisionState.SIGNED && record.heldOn() != null && !record.heldOn().isAfter(today)) {
				held.add(record.heldOn());
				if (latestLine == null || !record.heldOn().isBefore(latestLine)) {
					latestLine = record.heldOn();
					nextPlanned = record.nextOn() != null ? record.nextOn() : nextPlanned;
				}
			}
		}
		LocalDate last = held.isEmpty() ? null : held.last();
		LocalDate started = member.getStartDate();
		LocalDate from = last != null ? last : started != null && started.isAfter(windowFrom) ? started : windowFrom;
		LocalDate nextDue = frequency.after(from);
		int heldInWindow = held.tailSet(windowFrom, true).size();
		// Planned over the window, or over the time since they started when that is shorter.
		LocalDate plannedFrom = started != null && started.isAfter(windowFrom) ? started : windowFrom;
		int planned = 0;
		for (LocalDate next = frequency.after(plannedFrom); !next.isAfter(today); next = frequency.after(next)) {
			planned++;
		}
		String team = member.getTeam() == null ? null : teams.get(member.getTeam().getId());
		String locality = member.getLocality() == null ? null : localities.get(member.getLocality().getId());
		return new SuperviseeRow(member, supervisor, team, locality, contract.map(SupervisionContractEntry::id).orElse(0L), contract.isPresent(), inDate, reviewDue,
				frequency.iso(), policy.label(frequency.iso()), last, nextDue, nextPlanned, nextDue.isBefore(today), heldInWindow, missed, planned);
	}

	/** Whether the supervisee's current contract ({@link #currentContract}) is signed and not yet due for review today. */
	public static boolean inDate(Optional<SupervisionContractEntry> current, LocalDate today) {
		return current.isPresent() && (current.get().reviewOn() == null || current.get().reviewOn().isAfter(today));
	}

	/** The supervisee's signed contract that no later signed contract supersedes: the newest signed, by id. */
	public static Optional<SupervisionContractEntry> currentContract(List<SupervisionContractEntry> contracts, long superviseeId) {
		List<SupervisionContractEntry> signed = contracts.stream().filter(entry -> entry.superviseeId() == superviseeId && entry.state() == SupervisionState.SIGNED)
				.toList();
		return signed.stream().filter(entry -> signed.stream().noneMatch(other -> other.supersedesId() == entry.id()))
				.max(Comparator.comparingLong(SupervisionContractEntry::id));
	}

	private static List<Rollup> rollup(List<SuperviseeRow> supervisees, List<CaseRow> cases, Function<SuperviseeRow, String> group,
			Function<CaseRow, String> caseGroup) {
		Map<String, int[]> figures = new LinkedHashMap<>();
		for (SuperviseeRow row : supervisees) {
			int[] f = figures.computeIfAbsent(orEmpty(group.apply(row)), name -> new int[7]);
			f[0]++;
			f[1] += row.overdue() ? 1 : 0;
			f[2] += row.contractInDate() ? 1 : 0;
			f[3] += row.held();
			f[4] += row.planned();
		}
		for (CaseRow row : cases) {
			int[] f = figures.computeIfAbsent(orEmpty(caseGroup.apply(row)), name -> new int[7]);
			f[5]++;
			f[6] += row.overdue() ? 1 : 0;
		}
		return figures.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.comparing(name -> name.toLowerCase(Locale.ROOT))))
				.map(e -> new Rollup(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3], e.getValue()[4], e.getValue()[5], e.getValue()[6]))
				.toList();
	}

	private static Optional<Interval> interval(String iso) {
		try {
			return Optional.of(Interval.parse(iso));
		} catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static <T> Map<Long, T> byId(Collection<T> items, Function<T, Long> id) {
		Map<Long, T> map = new HashMap<>();
		items.forEach(item -> map.put(id.apply(item), item));
		return map;
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
