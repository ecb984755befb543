package org.qaworkbench.core.supervisionaudit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.checklists.registry.DefinitionResolver;
import org.qaworkbench.core.internal.SupervisionAuditMessages;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.supervision.Supervision;
import org.qaworkbench.core.supervision.SupervisionCompliance;
import org.qaworkbench.core.supervision.SupervisionForms;
import org.qaworkbench.core.supervision.SupervisionPolicy;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.QaPackage.Literals;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.SampleDraw;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.Team;

/**
 * The supervision audit of Appendix D: an auditor (a service delivery manager, or a team leader) starts it for a
 * team and QA Workbench draws the supervision files at random, recording the seed and the list drawn from so that
 * the sample can be shown and drawn again identically; the auditor may redraw, giving a reason, which is kept with
 * who and when. A file is a supervisee's supervision file (see the README for why). The rest of the audit (ticks,
 * comments, completion) is an ordinary checklist: the matrix answers and the {@code AuditWorkflow}.
 */
public final class SupervisionAudits {

	public static final String DEFINITION_ID = "org.qaworkbench.checklists.supervisionaudit"; //$NON-NLS-1$
	/** The answer of a file column the sample leaves empty: no file there, so no question applies to it. */
	public static final String NOT_APPLICABLE = "NA"; //$NON-NLS-1$
	/** Who has a supervision file: the staff of a team who are supervised for direct work with families. */
	private static final Set<Role> SUPERVISED = EnumSet.of(Role.PRACTITIONER, Role.ASSISTANT, Role.SENIOR_PRACTITIONER);

	private final Store store;
	private final Clock clock;

	public SupervisionAudits(Store store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The member of staff acting, or a refusal saying they must be on the staff list. */
	public StaffMember who(Actor actor) throws NotPermittedException {
		return Staff.of(store.records(), actor).orElseThrow(() -> new NotPermittedException(NLS.bind(SupervisionAuditMessages.notStaff, actor.userId())));
	}

	/**
	 * A service delivery manager audits the teams of their locality (every team when they have none); a team leader
	 * their own team. Appendix D: the SDM audits "the teams for which they have responsibility"; the QA framework
	 * gives supervision audits to team leaders and SDMs.
	 */
	public void mayAudit(StaffMember auditor, Team team) throws NotPermittedException {
		Permissions.require(auditor, Permission.START_SUPERVISION_AUDIT);
		boolean sdm = Staff.has(auditor, Role.SERVICE_DELIVERY_MANAGER)
				&& (auditor.getLocality() == null || team.getLocality() == null || Staff.same(auditor.getLocality(), team.getLocality()));
		boolean leader = Staff.has(auditor, Role.TEAM_LEADER) && Staff.same(auditor.getTeam(), team);
		if (!sdm && !leader) {
			throw new NotPermittedException(NLS.bind(SupervisionAuditMessages.notAuditor, auditor.getName(), team.getName()));
		}
	}

	/** The supervisees of a team a sample is drawn from, in id order (so the same staff list gives the same list). */
	public List<StaffMember> supervisees(Team team, StaffMember auditor) {
		return store.records().where(StaffMember.class, Literals.STAFF_MEMBER__TEAM, team).stream()
				.filter(staff -> !Staff.same(staff, auditor) && staff.getRoles().stream().anyMatch(SUPERVISED::contains)).toList();
	}

	/** The teams this person may audit, in id order. */
	public List<Team> teamsFor(StaffMember auditor) {
		return store.records().list(Team.class).stream().filter(team -> {
			try {
				mayAudit(auditor, team);
				return true;
			} catch (NotPermittedException e) {
				return false;
			}
		}).toList();
	}

	/** The team named (case aside), or a refusal listing the teams there are. */
	public Team team(String name) throws InvalidRecordException {
		List<Team> teams = store.records().list(Team.class);
		return teams.stream().filter(team -> team.getName() != null && team.getName().equalsIgnoreCase(name.strip())).findFirst()
				.orElseThrow(() -> invalid("team", NLS.bind(SupervisionAuditMessages.noSuchTeam, name, //$NON-NLS-1$
						teams.stream().map(Team::getName).collect(Collectors.joining(", "))))); //$NON-NLS-1$
	}

	/** A seed for a new draw when the auditor gives none: positive and short enough to be read out and typed back. */
	public static long newSeed() {
		return ThreadLocalRandom.current().nextLong(1, 1_000_000_000L);
	}

	/**
	 * Starts a supervision audit of {@code team} by the person acting: the newest installed definition, the person as
	 * its auditor, {@code files} (4 to 8) supervision files drawn with {@code seed}. Stored at once, so that the sample
	 * is on record from the moment it is drawn (a redraw is then visible as such).
	 */
	public Assessment start(Team team, int files, long seed, Actor actor) throws SaveRefusedException {
		StaffMember auditor = who(actor);
		mayAudit(auditor, team);
		checkSize(files);
		DefinitionResolver.Resolved resolved = new DefinitionResolver(ChecklistRegistry.instance(), store.definitions()).forNewAssessment(DEFINITION_ID, actor)
				.orElseThrow(() -> new NotPermittedException(SupervisionAuditMessages.noDefinition));
		List<StaffMember> supervisees = supervisees(team, auditor);
		if (supervisees.isEmpty()) {
			throw invalid("team", NLS.bind(SupervisionAuditMessages.nobodyToSample, team.getName())); //$NON-NLS-1$
		}
		Assessment audit = QaFactory.eINSTANCE.createAssessment();
		ChecklistDefinition definition = resolved.definition();
		audit.setDefinitionId(definition.getDefinitionId());
		audit.setDefinitionVersion(definition.getVersion());
		audit.setDefinitionHash(resolved.hash());
		audit.setSubjectKind(definition.getSubjectKind());
		audit.setSubjectKey(team.getName());
		audit.setLocality(team.getLocality());
		audit.setStartedOn(today());
		audit.setState(AssessmentState.DRAFT);
		audit.getAssessors().add(auditor);
		SampleDraw draw = draw(team, supervisees, files, seed, actor, null);
		audit.getSampleDraws().add(draw);
		fillColumns(audit, definition, SampleDraws.decode(draw.getFiles()).size());
		prefill(audit, definition, auditor, SampleDraws.decode(draw.getFiles()));
		return store.records().save(audit, actor);
	}

	/**
	 * Draws the files again, with a new seed (or the one given), from the team's supervisees as they are now: the
	 * earlier draw stays on the audit, and this one keeps who, when and why. Ticks given to the earlier files no
	 * longer mean anything, so the matrix starts again. Only the audit's auditor, only while it is a draft.
	 */
	public Assessment redraw(Assessment audit, String reason, long seed, Actor actor) throws SaveRefusedException {
		StaffMember auditor = who(actor);
		if (audit.getState() != AssessmentState.DRAFT) {
			throw new NotPermittedException(SupervisionAuditMessages.redrawOnlyDraft);
		}
		if (!Staff.isAssessor(audit, auditor)) {
			throw new NotPermittedException(NLS.bind(SupervisionAuditMessages.redrawOnlyAuditor, auditor.getName()));
		}
		if (reason == null || reason.isBlank()) {
			throw invalid("reason", SupervisionAuditMessages.redrawNeedsReason); //$NON-NLS-1$
		}
		SampleDraw last = lastDraw(audit).orElseThrow(() -> new NotPermittedException(SupervisionAuditMessages.noSample));
		Team team = store.records().resolve(last.getTeam()).orElseThrow();
		ChecklistDefinition definition = store.definitions().find(audit.getDefinitionHash()).orElseThrow();
		Assessment changed = EcoreUtil.copy(audit);
		int size = SampleDraws.decode(last.getFiles()).size();
		SampleDraw draw = draw(team, supervisees(team, auditor), size, seed, actor, reason.strip());
		changed.getSampleDraws().add(draw);
		changed.getAnswers().removeIf(answer -> answer.getFileIndex() > 0);
		fillColumns(changed, definition, SampleDraws.decode(draw.getFiles()).size());
		return store.records().save(changed, actor);
	}

	private SampleDraw draw(Team team, List<StaffMember> supervisees, int files, long seed, Actor actor, String reason) {
		List<Long> drawnFrom = supervisees.stream().map(StaffMember::getId).toList();
		SampleDraw draw = QaFactory.eINSTANCE.createSampleDraw();
		draw.setSeed(seed);
		draw.setTeam(team);
		draw.setDrawnFrom(SampleDraws.encode(drawnFrom));
		draw.setFiles(SampleDraws.encode(SampleDraws.draw(seed, drawnFrom, files)));
		draw.setBy(actor.userId());
		draw.setAt(Instant.now(clock));
		draw.setReason(reason);
		return draw;
	}

	private static void checkSize(int files) throws InvalidRecordException {
		if (files < SampleDraws.FEWEST || files > SampleDraws.MOST) {
			throw invalid("files", NLS.bind(SupervisionAuditMessages.sizeOutOfRange, new Object[] { files, SampleDraws.FEWEST, SampleDraws.MOST })); //$NON-NLS-1$
		}
	}

	/** Columns beyond the sample hold no file: N/A, so that the matrix is complete with the files there are. */
	private static void fillColumns(Assessment audit, ChecklistDefinition definition, int sampled) {
		for (Item item : matrixItems(definition)) {
			for (int file = sampled + 1; file <= item.getMatrixFiles(); file++) {
				Answer answer = QaFactory.eINSTANCE.createAnswer();
				answer.setItemId(item.getItemId());
				answer.setFileIndex(file);
				answer.setValue(NOT_APPLICABLE);
				audit.getAnswers().add(answer);
			}
		}
	}

	/** The form's "Name of Supervisor" (the line managers of the files drawn) and "Auditor", as answers to correct. */
	private void prefill(Assessment audit, ChecklistDefinition definition, StaffMember auditor, List<Long> files) {
		Map<Long, StaffMember> staff = store.records().list(StaffMember.class).stream().collect(Collectors.toMap(StaffMember::getId, Function.identity()));
		String supervisors = files.stream().map(staff::get).filter(s -> s != null && s.getLineManager() != null)
				.map(s -> staff.get(s.getLineManager().getId())).filter(m -> m != null).map(StaffMember::getName).distinct()
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
		answer(audit, definition, SupervisionAuditQuestions.SUPERVISOR, supervisors);
		answer(audit, definition, SupervisionAuditQuestions.AUDITOR, auditor.getName());
	}

	private static void answer(Assessment audit, ChecklistDefinition definition, String itemId, String value) {
		boolean asked = definition.getSections().stream().flatMap(section -> section.getItems().stream()).anyMatch(item -> itemId.equals(item.getItemId()));
		if (asked && value != null && !value.isBlank()) {
			Answer answer = QaFactory.eINSTANCE.createAnswer();
			answer.setItemId(itemId);
			answer.setValue(value);
			audit.getAnswers().add(answer);
		}
	}

	static List<Item> matrixItems(ChecklistDefinition definition) {
		return definition.getSections().stream().flatMap(section -> section.getItems().stream()).filter(item -> item.getKind() == ItemKind.TICK_MATRIX).toList();
	}

	private static InvalidRecordException invalid(String field, String message) {
		return new InvalidRecordException(List.of(new InvalidRecordException.Problem(field, message)));
	}

	public static Optional<SampleDraw> lastDraw(Assessment audit) {
		List<SampleDraw> draws = audit.getSampleDraws();
		return draws.isEmpty() ? Optional.empty() : Optional.of(draws.get(draws.size() - 1));
	}

	/** The audit's sample with the people it names; empty for an audit started before samples were drawn (version 1.0.0). */
	public Optional<SupervisionAuditSample> sample(Assessment audit) {
		return lastDraw(audit).map(last -> {
			Map<Long, StaffMember> staff = store.records().list(StaffMember.class).stream().collect(Collectors.toMap(StaffMember::getId, Function.identity()));
			Team team = last.getTeam() == null ? null : store.records().resolve(last.getTeam()).orElse(null);
			return new SupervisionAuditSample(team, last.getSeed(), people(SampleDraws.decode(last.getDrawnFrom()), staff),
					people(SampleDraws.decode(last.getFiles()), staff), audit.getSampleDraws());
		});
	}

	private static List<StaffMember> people(List<Long> ids, Map<Long, StaffMember> staff) {
		List<StaffMember> people = new ArrayList<>();
		for (Long id : ids) {
			StaffMember person = staff.get(id);
			if (person != null) {
				people.add(person);
			}
		}
		return people;
	}

	/**
	 * What the records say about each question for each file of the audit's sample, as of the day it was completed
	 * (today for a draft), measured against the installed supervision policy: by supervisee id, then question id.
	 * Empty for an audit without a sample or when no policy is installed. Only read: nothing is written into the audit.
	 */
	public Map<Long, Map<String, FileEvidence>> evidence(Assessment audit) {
		Optional<SupervisionAuditSample> sample = sample(audit);
		Optional<SupervisionPolicy> policy = SupervisionForms.policy();
		Optional<StaffMember> auditor = audit.getAssessors().stream().findFirst().flatMap(store.records()::resolve);
		if (sample.isEmpty() || policy.isEmpty() || auditor.isEmpty()) {
			return Map.of();
		}
		LocalDate day = audit.getCompletedOn() != null ? audit.getCompletedOn() : today();
		// Compliance as it stood on the audit's day, as the auditor may see it (the confidentiality rules are supervision's).
		Clock then = Clock.fixed(day.atTime(12, 0).atZone(clock.getZone()).toInstant(), clock.getZone());
		SupervisionCompliance.Report report;
		try {
			report = new Supervision(store, then).compliance(auditor.get(), SupervisionCompliance.Filter.ALL);
		} catch (NotPermittedException e) {
			return Map.of();
		}
		SupervisionAuditEvidence evidence = new SupervisionAuditEvidence(policy.get());
		Map<Long, Map<String, FileEvidence>> files = new java.util.LinkedHashMap<>();
		for (StaffMember supervisee : sample.get().files()) {
			Optional<SupervisionCompliance.SuperviseeRow> row = report.supervisees().stream().filter(r -> r.supervisee().getId() == supervisee.getId()).findFirst();
			List<SupervisionCompliance.CaseRow> cases = report.cases().stream().filter(r -> Staff.same(r.worker(), supervisee)).toList();
			SupervisionFile file = row.isEmpty() ? new SupervisionFile(supervisee, row, List.of(), List.of(), List.of(), List.of(), List.of())
					: new SupervisionFile(supervisee, row, cases,
							store.records().where(SupervisionContract.class, Literals.SUPERVISION_CONTRACT__SUPERVISEE, supervisee),
							store.records().where(SupervisionRecord.class, Literals.SUPERVISION_RECORD__SUPERVISEE, supervisee),
							store.records().where(CaseworkSupervision.class, Literals.CASEWORK_SUPERVISION__WORKER, supervisee),
							store.records().where(DirectObservation.class, Literals.DIRECT_OBSERVATION__PRACTITIONER, supervisee));
			files.put(supervisee.getId(), evidence.of(file, day));
		}
		return files;
	}

	/** The supervision audit of this team still in draft, if one was started: starting again carries on with it. */
	public Optional<Assessment> draftFor(Team team) {
		return store.records().where(Assessment.class, Literals.ASSESSMENT__DEFINITION_ID, DEFINITION_ID).stream()
				.filter(audit -> audit.getState() == AssessmentState.DRAFT)
				.filter(audit -> lastDraw(audit).map(draw -> Staff.same(draw.getTeam(), team)).orElse(false)).findFirst();
	}

	/** Whether this audit draws its files (a definition whose matrices have room for a sample), unlike version 1.0.0. */
	public static boolean isSampled(Assessment audit) {
		return DEFINITION_ID.equals(audit.getDefinitionId()) && !audit.getSampleDraws().isEmpty();
	}
}
