/**
 */
package org.qaworkbench.model.impl;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.qaworkbench.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class QaFactoryImpl extends EFactoryImpl implements QaFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static QaFactory init() {
		try {
			QaFactory theQaFactory = (QaFactory)EPackage.Registry.INSTANCE.getEFactory(QaPackage.eNS_URI);
			if (theQaFactory != null) {
				return theQaFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new QaFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QaFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case QaPackage.SERVICE: return createService();
			case QaPackage.LOCALITY: return createLocality();
			case QaPackage.TEAM: return createTeam();
			case QaPackage.STAFF_MEMBER: return createStaffMember();
			case QaPackage.CHILD: return createChild();
			case QaPackage.ALLOCATION: return createAllocation();
			case QaPackage.KEY_DATE: return createKeyDate();
			case QaPackage.CASE: return createCase();
			case QaPackage.CHECKLIST_DEFINITION: return createChecklistDefinition();
			case QaPackage.SCALE: return createScale();
			case QaPackage.LEVEL: return createLevel();
			case QaPackage.SECTION: return createSection();
			case QaPackage.ITEM: return createItem();
			case QaPackage.CONDITION: return createCondition();
			case QaPackage.SCORING_RULE: return createScoringRule();
			case QaPackage.ANSWER: return createAnswer();
			case QaPackage.SCORE: return createScore();
			case QaPackage.SIGN_OFF: return createSignOff();
			case QaPackage.AMENDMENT: return createAmendment();
			case QaPackage.ASSESSMENT: return createAssessment();
			case QaPackage.SAMPLE_DRAW: return createSampleDraw();
			case QaPackage.FOLLOW_UP: return createFollowUp();
			case QaPackage.REMEDIAL_ACTION: return createRemedialAction();
			case QaPackage.CONSENT: return createConsent();
			case QaPackage.NARRATIVE: return createNarrative();
			case QaPackage.DIRECT_OBSERVATION: return createDirectObservation();
			case QaPackage.SUPERVISION_CONTRACT: return createSupervisionContract();
			case QaPackage.SUPERVISION_SESSION: return createSupervisionSession();
			case QaPackage.AGENDA_ITEM: return createAgendaItem();
			case QaPackage.SUPERVISION_RECORD: return createSupervisionRecord();
			case QaPackage.CASEWORK_SUPERVISION: return createCaseworkSupervision();
			case QaPackage.ACTION_REVIEW: return createActionReview();
			case QaPackage.AGREED_ACTION: return createAgreedAction();
			case QaPackage.AUDIT_THEME: return createAuditTheme();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case QaPackage.ROLE:
				return createRoleFromString(eDataType, initialValue);
			case QaPackage.CASE_STATUS:
				return createCaseStatusFromString(eDataType, initialValue);
			case QaPackage.KEY_DATE_KIND:
				return createKeyDateKindFromString(eDataType, initialValue);
			case QaPackage.SUBJECT_KIND:
				return createSubjectKindFromString(eDataType, initialValue);
			case QaPackage.ITEM_KIND:
				return createItemKindFromString(eDataType, initialValue);
			case QaPackage.SCORING_METHOD:
				return createScoringMethodFromString(eDataType, initialValue);
			case QaPackage.ROUNDING:
				return createRoundingFromString(eDataType, initialValue);
			case QaPackage.AUDIT_KIND:
				return createAuditKindFromString(eDataType, initialValue);
			case QaPackage.ASSESSMENT_STATE:
				return createAssessmentStateFromString(eDataType, initialValue);
			case QaPackage.OBSERVATION_STATE:
				return createObservationStateFromString(eDataType, initialValue);
			case QaPackage.SIGN_OFF_STEP:
				return createSignOffStepFromString(eDataType, initialValue);
			case QaPackage.SUPERVISION_FREQUENCY:
				return createSupervisionFrequencyFromString(eDataType, initialValue);
			case QaPackage.SUPERVISION_STATE:
				return createSupervisionStateFromString(eDataType, initialValue);
			case QaPackage.ACTION_ORIGIN:
				return createActionOriginFromString(eDataType, initialValue);
			case QaPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case QaPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			case QaPackage.BIG_DECIMAL:
				return createBigDecimalFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case QaPackage.ROLE:
				return convertRoleToString(eDataType, instanceValue);
			case QaPackage.CASE_STATUS:
				return convertCaseStatusToString(eDataType, instanceValue);
			case QaPackage.KEY_DATE_KIND:
				return convertKeyDateKindToString(eDataType, instanceValue);
			case QaPackage.SUBJECT_KIND:
				return convertSubjectKindToString(eDataType, instanceValue);
			case QaPackage.ITEM_KIND:
				return convertItemKindToString(eDataType, instanceValue);
			case QaPackage.SCORING_METHOD:
				return convertScoringMethodToString(eDataType, instanceValue);
			case QaPackage.ROUNDING:
				return convertRoundingToString(eDataType, instanceValue);
			case QaPackage.AUDIT_KIND:
				return convertAuditKindToString(eDataType, instanceValue);
			case QaPackage.ASSESSMENT_STATE:
				return convertAssessmentStateToString(eDataType, instanceValue);
			case QaPackage.OBSERVATION_STATE:
				return convertObservationStateToString(eDataType, instanceValue);
			case QaPackage.SIGN_OFF_STEP:
				return convertSignOffStepToString(eDataType, instanceValue);
			case QaPackage.SUPERVISION_FREQUENCY:
				return convertSupervisionFrequencyToString(eDataType, instanceValue);
			case QaPackage.SUPERVISION_STATE:
				return convertSupervisionStateToString(eDataType, instanceValue);
			case QaPackage.ACTION_ORIGIN:
				return convertActionOriginToString(eDataType, instanceValue);
			case QaPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case QaPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			case QaPackage.BIG_DECIMAL:
				return convertBigDecimalToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service createService() {
		ServiceImpl service = new ServiceImpl();
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Locality createLocality() {
		LocalityImpl locality = new LocalityImpl();
		return locality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Team createTeam() {
		TeamImpl team = new TeamImpl();
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffMember createStaffMember() {
		StaffMemberImpl staffMember = new StaffMemberImpl();
		return staffMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Child createChild() {
		ChildImpl child = new ChildImpl();
		return child;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Allocation createAllocation() {
		AllocationImpl allocation = new AllocationImpl();
		return allocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KeyDate createKeyDate() {
		KeyDateImpl keyDate = new KeyDateImpl();
		return keyDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Case createCase() {
		CaseImpl case_ = new CaseImpl();
		return case_;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChecklistDefinition createChecklistDefinition() {
		ChecklistDefinitionImpl checklistDefinition = new ChecklistDefinitionImpl();
		return checklistDefinition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scale createScale() {
		ScaleImpl scale = new ScaleImpl();
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Level createLevel() {
		LevelImpl level = new LevelImpl();
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Section createSection() {
		SectionImpl section = new SectionImpl();
		return section;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Item createItem() {
		ItemImpl item = new ItemImpl();
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Condition createCondition() {
		ConditionImpl condition = new ConditionImpl();
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringRule createScoringRule() {
		ScoringRuleImpl scoringRule = new ScoringRuleImpl();
		return scoringRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Answer createAnswer() {
		AnswerImpl answer = new AnswerImpl();
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Score createScore() {
		ScoreImpl score = new ScoreImpl();
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SignOff createSignOff() {
		SignOffImpl signOff = new SignOffImpl();
		return signOff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Amendment createAmendment() {
		AmendmentImpl amendment = new AmendmentImpl();
		return amendment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment() {
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SampleDraw createSampleDraw() {
		SampleDrawImpl sampleDraw = new SampleDrawImpl();
		return sampleDraw;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FollowUp createFollowUp() {
		FollowUpImpl followUp = new FollowUpImpl();
		return followUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RemedialAction createRemedialAction() {
		RemedialActionImpl remedialAction = new RemedialActionImpl();
		return remedialAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Consent createConsent() {
		ConsentImpl consent = new ConsentImpl();
		return consent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Narrative createNarrative() {
		NarrativeImpl narrative = new NarrativeImpl();
		return narrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectObservation createDirectObservation() {
		DirectObservationImpl directObservation = new DirectObservationImpl();
		return directObservation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionContract createSupervisionContract() {
		SupervisionContractImpl supervisionContract = new SupervisionContractImpl();
		return supervisionContract;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionSession createSupervisionSession() {
		SupervisionSessionImpl supervisionSession = new SupervisionSessionImpl();
		return supervisionSession;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgendaItem createAgendaItem() {
		AgendaItemImpl agendaItem = new AgendaItemImpl();
		return agendaItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionRecord createSupervisionRecord() {
		SupervisionRecordImpl supervisionRecord = new SupervisionRecordImpl();
		return supervisionRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseworkSupervision createCaseworkSupervision() {
		CaseworkSupervisionImpl caseworkSupervision = new CaseworkSupervisionImpl();
		return caseworkSupervision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionReview createActionReview() {
		ActionReviewImpl actionReview = new ActionReviewImpl();
		return actionReview;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AgreedAction createAgreedAction() {
		AgreedActionImpl agreedAction = new AgreedActionImpl();
		return agreedAction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuditTheme createAuditTheme() {
		AuditThemeImpl auditTheme = new AuditThemeImpl();
		return auditTheme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Role createRoleFromString(EDataType eDataType, String initialValue) {
		Role result = Role.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CaseStatus createCaseStatusFromString(EDataType eDataType, String initialValue) {
		CaseStatus result = CaseStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCaseStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KeyDateKind createKeyDateKindFromString(EDataType eDataType, String initialValue) {
		KeyDateKind result = KeyDateKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertKeyDateKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SubjectKind createSubjectKindFromString(EDataType eDataType, String initialValue) {
		SubjectKind result = SubjectKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSubjectKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ItemKind createItemKindFromString(EDataType eDataType, String initialValue) {
		ItemKind result = ItemKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertItemKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScoringMethod createScoringMethodFromString(EDataType eDataType, String initialValue) {
		ScoringMethod result = ScoringMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertScoringMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Rounding createRoundingFromString(EDataType eDataType, String initialValue) {
		Rounding result = Rounding.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRoundingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AuditKind createAuditKindFromString(EDataType eDataType, String initialValue) {
		AuditKind result = AuditKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAuditKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AssessmentState createAssessmentStateFromString(EDataType eDataType, String initialValue) {
		AssessmentState result = AssessmentState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssessmentStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ObservationState createObservationStateFromString(EDataType eDataType, String initialValue) {
		ObservationState result = ObservationState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertObservationStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SignOffStep createSignOffStepFromString(EDataType eDataType, String initialValue) {
		SignOffStep result = SignOffStep.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSignOffStepToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SupervisionFrequency createSupervisionFrequencyFromString(EDataType eDataType, String initialValue) {
		SupervisionFrequency result = SupervisionFrequency.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSupervisionFrequencyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SupervisionState createSupervisionStateFromString(EDataType eDataType, String initialValue) {
		SupervisionState result = SupervisionState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSupervisionStateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionOrigin createActionOriginFromString(EDataType eDataType, String initialValue) {
		ActionOrigin result = ActionOrigin.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionOriginToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isEmpty() ? null : java.time.LocalDate.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null || it.isEmpty() ? null : java.time.Instant.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BigDecimal createBigDecimal(final String it) {
		return it == null || it.isEmpty() ? null : new java.math.BigDecimal(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BigDecimal createBigDecimalFromString(EDataType eDataType, String initialValue) {
		return createBigDecimal(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBigDecimal(final BigDecimal it) {
		return it == null ? null : it.toPlainString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBigDecimalToString(EDataType eDataType, Object instanceValue) {
		return convertBigDecimal((BigDecimal)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QaPackage getQaPackage() {
		return (QaPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static QaPackage getPackage() {
		return QaPackage.eINSTANCE;
	}

} //QaFactoryImpl
