package org.qaworkbench.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.Records.BulkInsert;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.AuditTheme;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Child;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionSession;
import org.qaworkbench.model.Team;

/**
 * A made-up service for trying QA Workbench and for benchmarks: three localities, about forty staff (each signing
 * in as first.last), six hundred cases with plausible key dates, and the year before {@code today} of audits (in
 * every workflow state, see {@link DemoAudits}, with actions, some overdue, and follow-ups), observations and
 * supervision. The same seed, scale and day give the same data. {@code scale} multiplies staff, cases and
 * everything done with them.
 */
final class DemoService {

	private static final QaFactory QA = QaFactory.eINSTANCE;
	private static final int PRACTITIONERS_PER_LOCALITY = 9;
	private static final int CASES_PER_PRACTITIONER = 22;

	private final Store store;
	private final Actor actor;
	private final int scale;
	private final LocalDate today;
	private final SplittableRandom random;
	private final DemoNames names;
	private final DemoAnswers answers;
	private final Summary summary = new Summary();
	private final Set<String> userIds = new HashSet<>();
	private final Map<String, StaffMember> staffByUserId = new HashMap<>();

	/** What was made, for the command to report. */
	static final class Summary {
		int localities;
		int staff;
		int cases;
		int audits;
		int actions;
		int overdueActions;
		int followUpsOverdue;
		int observations;
		int supervision;

		String describe() {
			return String.format("%d localities, %d staff, %d cases, %d audits, %d remedial actions (%d overdue), %d follow-ups overdue, %d observations, %d supervision records", //$NON-NLS-1$
					localities, staff, cases, audits, actions, overdueActions, followUpsOverdue, observations, supervision);
		}
	}

	/** The people of one locality. */
	record LocalityStaff(Locality locality, StaffMember teamLeader, List<StaffMember> seniors, List<StaffMember> practitioners) {
	}

	DemoService(Store store, Actor actor, long seed, int scale, LocalDate today) {
		this.store = store;
		this.actor = actor;
		this.scale = scale;
		this.today = today;
		this.random = new SplittableRandom(seed);
		this.names = new DemoNames(random);
		this.answers = new DemoAnswers(random, names);
	}

	Summary generate(ChecklistDefinition caseAudit) throws SaveRefusedException {
		String caseAuditHash = store.definitions().store(caseAudit, actor);
		List<String> themes = store.records().list(AuditTheme.class).stream().filter(theme -> !theme.isRetired()).map(AuditTheme::getName).toList();
		try (BulkInsert bulk = store.records().bulkInsert(actor)) {
			StaffMember manager = staff(bulk, Role.SERVICE_DELIVERY_MANAGER, null, null, null);
			staff(bulk, Role.QUALITY_LEAD, manager, null, null);
			staff(bulk, Role.BUSINESS_SUPPORT, manager, null, null);
			staff(bulk, Role.ADMINISTRATOR, manager, null, null);
			List<LocalityStaff> localities = new ArrayList<>();
			for (String name : DemoNames.LOCALITIES) {
				localities.add(locality(bulk, name, manager));
			}
			DemoAudits audits = new DemoAudits(this, caseAudit, caseAuditHash, manager, localities, themes);
			// Observations and supervision draw on streams of chance of their own, so what one makes never shifts what the
			// others draw (the audits read the casework supervision of their case).
			DemoObservations observations = DemoObservations.of(store, actor, today, random.split(), names);
			DemoSupervision supervision = DemoSupervision.of(store, actor, today, random.split());
			for (LocalityStaff locality : localities) {
				for (StaffMember practitioner : locality.practitioners()) {
					int quality = random.nextInt(21) - 10;
					List<StaffMember> line = List.of(practitioner, practitioner.getLineManager(), locality.teamLeader(), manager);
					List<SupervisionSession> sessions = supervision == null ? List.of() : supervision.schedule(practitioner);
					for (int i = 0; i < CASES_PER_PRACTITIONER; i++) {
						Case aCase = aCase(bulk, locality, practitioner);
						List<CaseworkSupervision> casework = supervision == null ? List.of() : supervision.casework(aCase, practitioner, line);
						if (random.nextInt(100) < 40) {
							audits.audit(bulk, aCase, locality, quality, sessions, casework);
						}
						for (CaseworkSupervision held : casework) {
							add(bulk, held);
						}
						summary.supervision += casework.size();
					}
					if (observations != null) {
						observations.observe(bulk, practitioner, practitioner.getLineManager(), locality.teamLeader());
					}
					if (supervision != null) {
						supervision.supervise(bulk, practitioner, line, sessions);
					}
				}
			}
			if (supervision != null) {
				// Everyone else is supervised too, by their line manager (policy section 6: all staff).
				List<StaffMember> others = staffByUserId.values().stream().filter(member -> member.getLineManager() != null && !member.getRoles().contains(Role.PRACTITIONER))
						.sorted(java.util.Comparator.comparingLong(StaffMember::getId)).toList();
				for (StaffMember member : others) {
					supervision.supervise(bulk, member, List.of(member, member.getLineManager()), supervision.schedule(member));
				}
			}
			summary.supervision += supervision == null ? 0 : supervision.records();
			summary.observations = observations == null ? 0 : observations.made();
		}
		return summary;
	}

	SplittableRandom random() {
		return random;
	}

	DemoNames names() {
		return names;
	}

	DemoAnswers answers() {
		return answers;
	}

	LocalDate today() {
		return today;
	}

	Summary summary() {
		return summary;
	}

	/** The member of staff made so far who signs in as {@code userId}: the workflow's people, before they are stored. */
	Optional<StaffMember> staffByUserId(String userId) {
		return Optional.ofNullable(staffByUserId.get(userId));
	}

	private LocalityStaff locality(BulkInsert bulk, String name, StaffMember manager) throws InvalidRecordException {
		Locality locality = QA.createLocality();
		locality.setName(name);
		add(bulk, locality);
		summary.localities++;
		Team team = QA.createTeam();
		team.setName(name + " Strengthening Families team"); //$NON-NLS-1$
		team.setLocality(locality);
		add(bulk, team);
		StaffMember teamLeader = staff(bulk, Role.TEAM_LEADER, manager, locality, team);
		List<StaffMember> seniors = new ArrayList<>();
		List<StaffMember> practitioners = new ArrayList<>();
		for (int i = 0; i < 2 * scale; i++) {
			seniors.add(staff(bulk, Role.SENIOR_PRACTITIONER, teamLeader, locality, team));
		}
		for (int i = 0; i < PRACTITIONERS_PER_LOCALITY * scale; i++) {
			practitioners.add(staff(bulk, Role.PRACTITIONER, seniors.get(i % seniors.size()), locality, team));
		}
		staff(bulk, Role.ASSISTANT, teamLeader, locality, team);
		return new LocalityStaff(locality, teamLeader, seniors, practitioners);
	}

	private StaffMember staff(BulkInsert bulk, Role role, StaffMember lineManager, Locality locality, Team team) throws InvalidRecordException {
		StaffMember staff = QA.createStaffMember();
		staff.setName(names.person());
		staff.setInitials(DemoNames.initials(staff.getName()));
		staff.setUserId(DemoNames.userId(staff.getName(), userIds));
		staff.getRoles().add(role);
		staff.setLineManager(lineManager);
		staff.setLocality(locality);
		staff.setTeam(team);
		staff.setStartDate(today.minusDays(200 + random.nextInt(3000)));
		staff.setPartTime(random.nextInt(5) == 0);
		add(bulk, staff);
		staffByUserId.put(staff.getUserId(), staff);
		summary.staff++;
		return staff;
	}

	private Case aCase(BulkInsert bulk, LocalityStaff locality, StaffMember worker) throws InvalidRecordException {
		Case aCase = QA.createCase();
		aCase.setCaseNumber(String.format("LL%06d", 100000 + summary.cases)); //$NON-NLS-1$
		Child child = QA.createChild();
		child.setName(names.person());
		LocalDate born = today.minusDays(200 + random.nextInt(17 * 365));
		aCase.setChild(child);
		aCase.setFamilyNames(names.surname());
		aCase.setLocality(locality.locality());
		aCase.setLineManager(worker.getLineManager());
		aCase.setReferralRoute(names.pick(DemoNames.REFERRAL_ROUTES));
		LocalDate referral = today.minusDays(30 + random.nextInt(500));
		// Born before the referral: a case is never allocated before its child's date of birth.
		child.setDateOfBirth(born.isBefore(referral) ? born : referral.minusDays(1));
		LocalDate allocated = referral.plusDays(2 + random.nextInt(random.nextInt(10) == 0 ? 90 : 14));
		if (random.nextInt(5) == 0) {
			Allocation previous = QA.createAllocation();
			previous.setWorker(locality.practitioners().get(random.nextInt(locality.practitioners().size())));
			previous.setAllocatedOn(allocated);
			allocated = allocated.plusDays(20 + random.nextInt(60));
			previous.setClosedOn(allocated);
			aCase.getAllocations().add(previous);
		}
		Allocation current = QA.createAllocation();
		current.setWorker(worker);
		current.setAllocatedOn(allocated);
		aCase.getAllocations().add(current);
		keyDate(aCase, KeyDateKind.REFERRAL, referral, null);
		keyDate(aCase, KeyDateKind.ALLOCATION, allocated, null);
		keyDate(aCase, KeyDateKind.REFERRER_NOTIFIED, allocated.plusDays(random.nextInt(4)), null);
		keyDate(aCase, KeyDateKind.FIRST_CONTACT, allocated.plusDays(random.nextInt(random.nextInt(8) == 0 ? 10 : 3)), null);
		LocalDate firstVisit = allocated.plusDays(2 + random.nextInt(random.nextInt(6) == 0 ? 20 : 6));
		keyDate(aCase, KeyDateKind.FIRST_VISIT, firstVisit, null);
		LocalDate assessed = allocated.plusDays(14 + random.nextInt(random.nextInt(5) == 0 ? 80 : 35));
		keyDate(aCase, KeyDateKind.ASSESSMENT, assessed, random.nextBoolean() ? "EHA" : "EHSP"); //$NON-NLS-1$ //$NON-NLS-2$
		keyDate(aCase, KeyDateKind.SUPPORT_PLAN, assessed.plusDays(random.nextInt(10)), null);
		for (LocalDate circle = allocated.plusDays(35 + random.nextInt(25)); circle.isBefore(today); circle = circle.plusDays(49 + random.nextInt(35))) {
			keyDate(aCase, KeyDateKind.FAMILY_CIRCLE, circle, null);
		}
		boolean closed = random.nextInt(10) < 3 && allocated.plusDays(120).isBefore(today);
		if (closed) {
			LocalDate closure = allocated.plusDays(120 + random.nextInt(200));
			closure = closure.isAfter(today) ? today : closure;
			keyDate(aCase, KeyDateKind.CLOSURE, closure, null);
			keyDate(aCase, KeyDateKind.CLOSURE_SUMMARY, closure.plusDays(random.nextInt(10)), null);
			aCase.setStatus(CaseStatus.CLOSED);
		} else {
			aCase.setStatus(names.pick(List.of(CaseStatus.STRENGTHENING_FAMILIES, CaseStatus.STRENGTHENING_FAMILIES, CaseStatus.CHILD_IN_NEED, CaseStatus.STEP_DOWN,
					CaseStatus.CHILD_PROTECTION, CaseStatus.EARLY_HELP)));
		}
		childSeen(aCase, firstVisit);
		add(bulk, aCase);
		summary.cases++;
		return aCase;
	}

	/**
	 * The child seen every two to five weeks after the first visit until the case closed (now and then a long gap), as
	 * casework supervision's "date child last seen" reads it. Drawn from a generator of the case's own, so the rest of
	 * the demo data stays as it was for a seed.
	 */
	private void childSeen(Case aCase, LocalDate firstVisit) {
		java.util.Random visits = new java.util.Random(aCase.getCaseNumber().hashCode());
		LocalDate until = aCase.getKeyDates().stream().filter(keyDate -> KeyDateKind.CLOSURE.getName().equals(keyDate.getKind())).map(KeyDate::getDate).findFirst()
				.orElse(today);
		for (LocalDate seen = firstVisit.plusDays(14 + visits.nextInt(21)); !seen.isAfter(until); seen = seen.plusDays(14 + visits.nextInt(visits.nextInt(8) == 0 ? 70 : 21))) {
			keyDate(aCase, KeyDateKind.CHILD_SEEN, seen, null);
		}
	}

	private static void keyDate(Case aCase, KeyDateKind kind, LocalDate date, String detail) {
		KeyDate keyDate = QA.createKeyDate();
		keyDate.setKind(kind.getName());
		keyDate.setDate(date);
		keyDate.setDetail(detail);
		aCase.getKeyDates().add(keyDate);
	}

	private static void add(BulkInsert bulk, Identified record) throws InvalidRecordException {
		bulk.add(record);
	}
}
