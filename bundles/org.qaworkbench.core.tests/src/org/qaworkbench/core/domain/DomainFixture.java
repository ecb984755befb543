package org.qaworkbench.core.domain;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.testing.TestAccounts;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Child;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.ScoringMethod;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SubjectKind;

/**
 * A real store (whichever engine the product opens, Derby today) with a locality, the people of a case audit and a
 * draft audit of the case; and the engine underneath with every call that would change it counted, so a test can
 * say what reached it.
 */
final class DomainFixture implements AutoCloseable {

	static final QaFactory QA = QaFactory.eINSTANCE;
	static final Actor ADMIN = new Actor("admin");
	static final Actor AUDITOR = new Actor("tl.hadley");
	static final Actor MANAGER = new Actor("sdm");
	static final Actor LINE_MANAGER = new Actor("sp.hadley");
	static final Actor PRACTITIONER = new Actor("pr.hadley");
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T10:00:00Z"), ZoneId.of("Europe/London"));

	/** The store as the product opens it: the domain layer over the engine. */
	final Store store;
	/** The same engine underneath, behind its own domain layer, with the calls that change records counted. */
	final Store counted;
	final List<String> engineWrites = new ArrayList<>();
	/** Every call the domain layer made of the engine's records, by method name. */
	final List<String> engineCalls = new ArrayList<>();
	/** Runs inside the engine's {@code save(root, parts, actor, check)} before it writes: to change the stored records meanwhile. */
	Runnable beforeEngineSave = () -> {
	};
	final Locality hadley;
	final StaffMember auditor;
	final StaffMember lineManager;
	final StaffMember practitioner;
	final Case aCase;
	final ChecklistDefinition definition;
	final String hash;
	Assessment audit;

	DomainFixture(Path folder) throws Exception {
		store = TestAccounts.open(folder);
		counted = DomainStore.over(counting(DomainStore.engineOf(store)));
		Locality locality = QA.createLocality();
		locality.setName("Hadley");
		hadley = store.records().save(locality, ADMIN);
		staff("Dana Manager", MANAGER, Role.SERVICE_DELIVERY_MANAGER);
		auditor = staff("Terry Leader", AUDITOR, Role.TEAM_LEADER);
		lineManager = staff("Sam Senior", LINE_MANAGER, Role.SENIOR_PRACTITIONER);
		practitioner = staff("Pat Worker", PRACTITIONER, Role.PRACTITIONER);
		Case newCase = QA.createCase();
		newCase.setCaseNumber("LL000001");
		Child child = QA.createChild();
		child.setName("Child");
		child.setDateOfBirth(LocalDate.of(2015, 6, 1));
		newCase.setChild(child);
		newCase.setLocality(hadley);
		newCase.setLineManager(lineManager);
		Allocation allocation = QA.createAllocation();
		allocation.setWorker(practitioner);
		allocation.setAllocatedOn(LocalDate.of(2026, 1, 12));
		newCase.getAllocations().add(allocation);
		aCase = store.records().save(newCase, ADMIN);
		definition = definition();
		hash = store.definitions().store(definition, ADMIN);
		audit = store.records().save(draft(), AUDITOR);
	}

	AuditWorkflow workflow() {
		return new AuditWorkflow(store, CLOCK);
	}

	/** A draft audit of the case by the auditor, every question answered. */
	Assessment draft() {
		Assessment draft = QA.createAssessment();
		draft.setDefinitionId(definition.getDefinitionId());
		draft.setDefinitionVersion(definition.getVersion());
		draft.setDefinitionHash(hash);
		draft.setSubjectKind(SubjectKind.CASE);
		draft.setSubjectKey(aCase.getCaseNumber());
		draft.setLocality(hadley);
		draft.setStartedOn(LocalDate.of(2026, 3, 2));
		draft.getAssessors().add(auditor);
		for (int i = 1; i <= 3; i++) {
			Answer answer = QA.createAnswer();
			answer.setItemId("q" + i);
			answer.setValue(String.valueOf(1 + i));
			draft.getAnswers().add(answer);
		}
		return draft;
	}

	RemedialAction action(String text, LocalDate dueOn) throws Exception {
		RemedialAction action = QA.createRemedialAction();
		action.setAssessment(audit);
		action.setAction(text);
		action.setOwner(practitioner);
		action.setDueOn(dueOn);
		return store.records().save(action, AUDITOR);
	}

	Assessment stored(Assessment assessment) {
		return store.records().resolve(assessment).orElseThrow();
	}

	private StaffMember staff(String name, Actor actor, Role role) throws Exception {
		StaffMember staff = QA.createStaffMember();
		staff.setName(name);
		staff.setInitials(name.replaceAll("[^A-Z]", "")); //$NON-NLS-1$ //$NON-NLS-2$
		staff.setUserId(actor.userId());
		staff.getRoles().add(role);
		staff.setLocality(hadley);
		return store.records().save(staff, ADMIN);
	}

	/** Three graded questions, scored by their mean grade overall. */
	private static ChecklistDefinition definition() {
		ChecklistDefinition definition = QA.createChecklistDefinition();
		definition.setDefinitionId("test.domain");
		definition.setVersion("1.0.0");
		definition.setTitle("Domain test audit");
		definition.setSubjectKind(SubjectKind.CASE);
		Scale scale = QA.createScale();
		scale.setScaleId("grades");
		scale.setName("Grades");
		String[] labels = { "Exceeds good", "Good", "Requires improvement", "Inadequate" };
		for (int i = 0; i < labels.length; i++) {
			Level level = QA.createLevel();
			level.setValue(i + 1);
			level.setLabel(labels[i]);
			scale.getLevels().add(level);
		}
		definition.getScales().add(scale);
		Section section = QA.createSection();
		section.setSectionId("basic");
		section.setTitle("Basic");
		for (int i = 1; i <= 3; i++) {
			Item item = QA.createItem();
			item.setItemId("q" + i);
			item.setText("Question " + i);
			item.setKind(ItemKind.GRADED);
			item.setScale(scale);
			section.getItems().add(item);
		}
		definition.getSections().add(section);
		ScoringRule overall = QA.createScoringRule();
		overall.setMethod(ScoringMethod.MEAN_GRADE);
		definition.setOverallScoring(overall);
		return definition;
	}

	/** The engine with {@code save} and bulk {@code add} counted; everything else passes straight to it. */
	private Store counting(Store engine) {
		Records records = proxy(Records.class, engine.records(), (method, args) -> {
			engineCalls.add(method);
			if (method.equals("save")) {
				engineWrites.add(method);
				if (args.length == 4) {
					beforeEngineSave.run();
				}
			}
		});
		return proxy(Store.class, engine, (method, args) -> {
		}, Records.class, records);
	}

	private interface Hook {
		void before(String method, Object[] args);
	}

	private <T> T proxy(Class<T> type, T target, Hook hook) {
		return proxy(type, target, hook, null, null);
	}

	@SuppressWarnings("unchecked")
	private <T> T proxy(Class<T> type, T target, Hook hook, Class<?> replacedType, Object replacement) {
		InvocationHandler handler = (self, method, args) -> {
			Object[] arguments = args == null ? new Object[0] : args;
			if (replacedType != null && method.getReturnType() == replacedType) {
				return replacement;
			}
			if (method.getName().equals("bulkInsert")) {
				Records.BulkInsert bulk = (Records.BulkInsert) method.invoke(target, arguments);
				return proxy(Records.BulkInsert.class, bulk, (name, bulkArgs) -> {
					if (name.equals("add")) {
						engineWrites.add("add");
					}
				});
			}
			hook.before(method.getName(), arguments);
			try {
				return method.invoke(target, arguments);
			} catch (InvocationTargetException e) {
				throw e.getCause();
			}
		};
		return (T) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler);
	}

	@Override
	public void close() {
		store.close();
	}

	static boolean isDraft(Assessment audit) {
		return audit.getState() == AssessmentState.DRAFT;
	}
}
