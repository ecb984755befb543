/**
 */
package org.qaworkbench.model.impl;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.qaworkbench.model.ActionOrigin;
import org.qaworkbench.model.ActionReview;
import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.AgreedAction;
import org.qaworkbench.model.Allocation;
import org.qaworkbench.model.Amendment;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.AuditKind;
import org.qaworkbench.model.AuditTheme;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.CaseStatus;
import org.qaworkbench.model.CaseworkSupervision;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Child;
import org.qaworkbench.model.Condition;
import org.qaworkbench.model.Consent;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.FollowUp;
import org.qaworkbench.model.Identified;
import org.qaworkbench.model.Item;
import org.qaworkbench.model.ItemKind;
import org.qaworkbench.model.KeyDate;
import org.qaworkbench.model.KeyDateKind;
import org.qaworkbench.model.Level;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.Narrative;
import org.qaworkbench.model.ObservationState;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.Rounding;
import org.qaworkbench.model.SampleDraw;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.Score;
import org.qaworkbench.model.ScoringMethod;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.Service;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.SignOffStep;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SubjectKind;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionFrequency;
import org.qaworkbench.model.SupervisionRecord;
import org.qaworkbench.model.SupervisionSession;
import org.qaworkbench.model.SupervisionState;
import org.qaworkbench.model.Team;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class QaPackageImpl extends EPackageImpl implements QaPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identifiedEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass localityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass teamEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass staffMemberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass childEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass allocationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass keyDateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass checklistDefinitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scaleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass levelEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass itemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass conditionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoringRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass answerEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass signOffEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass amendmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass assessmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sampleDrawEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass followUpEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass remedialActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass narrativeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass directObservationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supervisionContractEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supervisionSessionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass agendaItemEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass supervisionRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseworkSupervisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass actionReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass agreedActionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass auditThemeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum caseStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum keyDateKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum subjectKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum itemKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum scoringMethodEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum roundingEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum auditKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assessmentStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum observationStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum signOffStepEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum supervisionFrequencyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum supervisionStateEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum actionOriginEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType bigDecimalEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.qaworkbench.model.QaPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private QaPackageImpl() {
		super(eNS_URI, QaFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link QaPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static QaPackage init() {
		if (isInited) return (QaPackage)EPackage.Registry.INSTANCE.getEPackage(QaPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredQaPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		QaPackageImpl theQaPackage = registeredQaPackage instanceof QaPackageImpl ? (QaPackageImpl)registeredQaPackage : new QaPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theQaPackage.createPackageContents();

		// Initialize created meta-data
		theQaPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theQaPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(QaPackage.eNS_URI, theQaPackage);
		return theQaPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentified() {
		return identifiedEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_Id() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_RowVersion() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_ModifiedBy() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentified_ModifiedAt() {
		return (EAttribute)identifiedEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getService() {
		return serviceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getService_Name() {
		return (EAttribute)serviceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Localities() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getService_Staff() {
		return (EReference)serviceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLocality() {
		return localityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLocality_Name() {
		return (EAttribute)localityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getLocality_Teams() {
		return (EReference)localityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTeam() {
		return teamEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTeam_Name() {
		return (EAttribute)teamEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTeam_Locality() {
		return (EReference)teamEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStaffMember() {
		return staffMemberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_Name() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_Initials() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_Roles() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStaffMember_LineManager() {
		return (EReference)staffMemberEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStaffMember_Locality() {
		return (EReference)staffMemberEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getStaffMember_Team() {
		return (EReference)staffMemberEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_StartDate() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_PartTime() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStaffMember_UserId() {
		return (EAttribute)staffMemberEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChild() {
		return childEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChild_Name() {
		return (EAttribute)childEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChild_DateOfBirth() {
		return (EAttribute)childEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAllocation() {
		return allocationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAllocation_Worker() {
		return (EReference)allocationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocation_AllocatedOn() {
		return (EAttribute)allocationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAllocation_ClosedOn() {
		return (EAttribute)allocationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKeyDate() {
		return keyDateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyDate_Kind() {
		return (EAttribute)keyDateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyDate_Date() {
		return (EAttribute)keyDateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKeyDate_Detail() {
		return (EAttribute)keyDateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCase() {
		return caseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_CaseNumber() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Child() {
		return (EReference)caseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_FamilyNames() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Locality() {
		return (EReference)caseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_Status() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCase_ReferralRoute() {
		return (EAttribute)caseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_Allocations() {
		return (EReference)caseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_LineManager() {
		return (EReference)caseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCase_KeyDates() {
		return (EReference)caseEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChecklistDefinition() {
		return checklistDefinitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistDefinition_DefinitionId() {
		return (EAttribute)checklistDefinitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistDefinition_Version() {
		return (EAttribute)checklistDefinitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistDefinition_Title() {
		return (EAttribute)checklistDefinitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistDefinition_Purpose() {
		return (EAttribute)checklistDefinitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChecklistDefinition_SubjectKind() {
		return (EAttribute)checklistDefinitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChecklistDefinition_Scales() {
		return (EReference)checklistDefinitionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChecklistDefinition_Sections() {
		return (EReference)checklistDefinitionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChecklistDefinition_OverallScoring() {
		return (EReference)checklistDefinitionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScale() {
		return scaleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScale_ScaleId() {
		return (EAttribute)scaleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScale_Name() {
		return (EAttribute)scaleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getScale_Levels() {
		return (EReference)scaleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLevel() {
		return levelEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevel_Value() {
		return (EAttribute)levelEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevel_Label() {
		return (EAttribute)levelEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevel_Descriptor() {
		return (EAttribute)levelEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLevel_NotApplicable() {
		return (EAttribute)levelEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSection() {
		return sectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_SectionId() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_Title() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSection_Items() {
		return (EReference)sectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSection_Scoring() {
		return (EReference)sectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getItem() {
		return itemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_ItemId() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Text() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Guidance() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Kind() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Required() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getItem_Scale() {
		return (EReference)itemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Choices() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_MatrixFiles() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Personal() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getItem_Condition() {
		return (EReference)itemEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Minimum() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Maximum() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getItem_NotBefore() {
		return (EReference)itemEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getItem_Future() {
		return (EAttribute)itemEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCondition() {
		return conditionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCondition_Item() {
		return (EReference)conditionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCondition_Answers() {
		return (EAttribute)conditionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScoringRule() {
		return scoringRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringRule_Method() {
		return (EAttribute)scoringRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringRule_Rounding() {
		return (EAttribute)scoringRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringRule_Decimals() {
		return (EAttribute)scoringRuleEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoringRule_ScorerId() {
		return (EAttribute)scoringRuleEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAnswer() {
		return answerEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_ItemId() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_FileIndex() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_Value() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAnswer_Comment() {
		return (EAttribute)answerEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScore() {
		return scoreEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_SectionId() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Value() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScore_Label() {
		return (EAttribute)scoreEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSignOff() {
		return signOffEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOff_Step() {
		return (EAttribute)signOffEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOff_By() {
		return (EAttribute)signOffEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOff_Role() {
		return (EAttribute)signOffEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOff_At() {
		return (EAttribute)signOffEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSignOff_Note() {
		return (EAttribute)signOffEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAmendment() {
		return amendmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmendment_By() {
		return (EAttribute)amendmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmendment_At() {
		return (EAttribute)amendmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmendment_Reason() {
		return (EAttribute)amendmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAssessment() {
		return assessmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_DefinitionId() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_DefinitionVersion() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_DefinitionHash() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_SubjectKind() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_SubjectKey() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Locality() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Assessors() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_StartedOn() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_CompletedOn() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_State() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Answers() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Scores() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Judgement() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_JudgementRationale() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Comments() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_LessonsLearnt() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_SignOffs() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_Amendments() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_AuditKind() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_Theme() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_OwnLocalityReason() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_ModeratedJudgement() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_ModerationReason() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_SharedOn() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAssessment_PractitionerResponse() {
		return (EAttribute)assessmentEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAssessment_SampleDraws() {
		return (EReference)assessmentEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSampleDraw() {
		return sampleDrawEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSampleDraw_Seed() {
		return (EAttribute)sampleDrawEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSampleDraw_Team() {
		return (EReference)sampleDrawEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSampleDraw_DrawnFrom() {
		return (EAttribute)sampleDrawEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSampleDraw_Files() {
		return (EAttribute)sampleDrawEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSampleDraw_By() {
		return (EAttribute)sampleDrawEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSampleDraw_At() {
		return (EAttribute)sampleDrawEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSampleDraw_Reason() {
		return (EAttribute)sampleDrawEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFollowUp() {
		return followUpEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_DueOn() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_CheckedOn() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_Done() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFollowUp_Outcome() {
		return (EAttribute)followUpEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRemedialAction() {
		return remedialActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemedialAction_Assessment() {
		return (EReference)remedialActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemedialAction_ItemId() {
		return (EAttribute)remedialActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemedialAction_Action() {
		return (EAttribute)remedialActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemedialAction_Owner() {
		return (EReference)remedialActionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemedialAction_DueOn() {
		return (EAttribute)remedialActionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemedialAction_HowAddressed() {
		return (EAttribute)remedialActionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemedialAction_CompletedOn() {
		return (EAttribute)remedialActionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRemedialAction_Initials() {
		return (EAttribute)remedialActionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemedialAction_FollowUp() {
		return (EReference)remedialActionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getRemedialAction_Observation() {
		return (EReference)remedialActionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsent() {
		return consentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_GivenBy() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_GivenTo() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsent_GivenOn() {
		return (EAttribute)consentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNarrative() {
		return narrativeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNarrative_Topic() {
		return (EAttribute)narrativeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNarrative_Text() {
		return (EAttribute)narrativeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDirectObservation() {
		return directObservationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_ObservedOn() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDirectObservation_Practitioner() {
		return (EReference)directObservationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDirectObservation_Observer() {
		return (EReference)directObservationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_CaseNumber() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_Setting() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDirectObservation_Consent() {
		return (EReference)directObservationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_AgreedObjectives() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDirectObservation_Narratives() {
		return (EReference)directObservationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_Grade() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_Recommendations() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_PractitionerComment() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_ServiceUserComment() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_State() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_LearningFocus() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_ObserverRole() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_FeedbackPlan() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_PractitionerReflection() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_ActionsDueOn() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_DefinitionId() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_DefinitionVersion() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDirectObservation_DefinitionHash() {
		return (EAttribute)directObservationEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDirectObservation_SignOffs() {
		return (EReference)directObservationEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getDirectObservation_Amendments() {
		return (EReference)directObservationEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupervisionContract() {
		return supervisionContractEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionContract_Supervisor() {
		return (EReference)supervisionContractEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionContract_Supervisee() {
		return (EReference)supervisionContractEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionContract_Frequency() {
		return (EAttribute)supervisionContractEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionContract_ReasonsLessFrequent() {
		return (EAttribute)supervisionContractEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionContract_Preparation() {
		return (EAttribute)supervisionContractEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionContract_Storage() {
		return (EAttribute)supervisionContractEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionContract_SignedBySupervisorOn() {
		return (EAttribute)supervisionContractEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionContract_SignedBySuperviseeOn() {
		return (EAttribute)supervisionContractEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionContract_ReviewOn() {
		return (EAttribute)supervisionContractEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionContract_FrequencyPeriod() {
		return (EAttribute)supervisionContractEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionContract_ReviewPeriod() {
		return (EAttribute)supervisionContractEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionContract_Supersedes() {
		return (EReference)supervisionContractEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionContract_DefinitionId() {
		return (EAttribute)supervisionContractEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionContract_DefinitionVersion() {
		return (EAttribute)supervisionContractEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionContract_DefinitionHash() {
		return (EAttribute)supervisionContractEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionContract_State() {
		return (EAttribute)supervisionContractEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionContract_SignOffs() {
		return (EReference)supervisionContractEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionContract_Amendments() {
		return (EReference)supervisionContractEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupervisionSession() {
		return supervisionSessionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionSession_Supervisor() {
		return (EReference)supervisionSessionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionSession_Supervisee() {
		return (EReference)supervisionSessionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionSession_SessionOn() {
		return (EAttribute)supervisionSessionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionSession_Held() {
		return (EAttribute)supervisionSessionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionSession_MissedReason() {
		return (EAttribute)supervisionSessionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionSession_NextOn() {
		return (EAttribute)supervisionSessionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionSession_Notes() {
		return (EAttribute)supervisionSessionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionSession_Initials() {
		return (EAttribute)supervisionSessionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionSession_Record() {
		return (EReference)supervisionSessionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgendaItem() {
		return agendaItemEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Topic() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Discussion() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Decision() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Actions() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_ByWhom() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_Timescale() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgendaItem_ItemId() {
		return (EAttribute)agendaItemEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSupervisionRecord() {
		return supervisionRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionRecord_Supervisor() {
		return (EReference)supervisionRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionRecord_Supervisee() {
		return (EReference)supervisionRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionRecord_HeldOn() {
		return (EAttribute)supervisionRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionRecord_AgendaItems() {
		return (EReference)supervisionRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionRecord_SignedBySupervisorOn() {
		return (EAttribute)supervisionRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionRecord_SignedBySuperviseeOn() {
		return (EAttribute)supervisionRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionRecord_NextOn() {
		return (EAttribute)supervisionRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionRecord_NextTime() {
		return (EAttribute)supervisionRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionRecord_Reviews() {
		return (EReference)supervisionRecordEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionRecord_DefinitionId() {
		return (EAttribute)supervisionRecordEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionRecord_DefinitionVersion() {
		return (EAttribute)supervisionRecordEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionRecord_DefinitionHash() {
		return (EAttribute)supervisionRecordEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSupervisionRecord_State() {
		return (EAttribute)supervisionRecordEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionRecord_SignOffs() {
		return (EReference)supervisionRecordEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSupervisionRecord_Amendments() {
		return (EReference)supervisionRecordEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCaseworkSupervision() {
		return caseworkSupervisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_CaseNumber() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseworkSupervision_Supervisor() {
		return (EReference)caseworkSupervisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseworkSupervision_Worker() {
		return (EReference)caseworkSupervisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_HeldOn() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_PurposeOfInvolvement() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_ReviewOfActions() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_LastAssessmentOn() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_ChildLastSeenOn() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_WhatHasHappened() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_SmartPlan() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_WishesAndFeelings() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_PositiveChange() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_RiskAnalysis() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_Strengths() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_AgreedActions() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_CaseStatus() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_SupportPlanUpToDate() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseworkSupervision_Actions() {
		return (EReference)caseworkSupervisionEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_DefinitionId() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_DefinitionVersion() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_DefinitionHash() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseworkSupervision_State() {
		return (EAttribute)caseworkSupervisionEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseworkSupervision_SignOffs() {
		return (EReference)caseworkSupervisionEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseworkSupervision_Amendments() {
		return (EReference)caseworkSupervisionEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getActionReview() {
		return actionReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionReview_Origin() {
		return (EAttribute)actionReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionReview_OriginId() {
		return (EAttribute)actionReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionReview_Action() {
		return (EAttribute)actionReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionReview_ByWhom() {
		return (EAttribute)actionReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionReview_Timescale() {
		return (EAttribute)actionReviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionReview_DueOn() {
		return (EAttribute)actionReviewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionReview_Done() {
		return (EAttribute)actionReviewEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getActionReview_Comment() {
		return (EAttribute)actionReviewEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAgreedAction() {
		return agreedActionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreedAction_Action() {
		return (EAttribute)agreedActionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreedAction_ByWhom() {
		return (EAttribute)agreedActionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAgreedAction_DueOn() {
		return (EAttribute)agreedActionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAuditTheme() {
		return auditThemeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditTheme_Name() {
		return (EAttribute)auditThemeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAuditTheme_Retired() {
		return (EAttribute)auditThemeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRole() {
		return roleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCaseStatus() {
		return caseStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getKeyDateKind() {
		return keyDateKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSubjectKind() {
		return subjectKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getItemKind() {
		return itemKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getScoringMethod() {
		return scoringMethodEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRounding() {
		return roundingEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAuditKind() {
		return auditKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssessmentState() {
		return assessmentStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getObservationState() {
		return observationStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSignOffStep() {
		return signOffStepEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSupervisionFrequency() {
		return supervisionFrequencyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSupervisionState() {
		return supervisionStateEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getActionOrigin() {
		return actionOriginEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getBigDecimal() {
		return bigDecimalEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QaFactory getQaFactory() {
		return (QaFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		identifiedEClass = createEClass(IDENTIFIED);
		createEAttribute(identifiedEClass, IDENTIFIED__ID);
		createEAttribute(identifiedEClass, IDENTIFIED__ROW_VERSION);
		createEAttribute(identifiedEClass, IDENTIFIED__MODIFIED_BY);
		createEAttribute(identifiedEClass, IDENTIFIED__MODIFIED_AT);

		serviceEClass = createEClass(SERVICE);
		createEAttribute(serviceEClass, SERVICE__NAME);
		createEReference(serviceEClass, SERVICE__LOCALITIES);
		createEReference(serviceEClass, SERVICE__STAFF);

		localityEClass = createEClass(LOCALITY);
		createEAttribute(localityEClass, LOCALITY__NAME);
		createEReference(localityEClass, LOCALITY__TEAMS);

		teamEClass = createEClass(TEAM);
		createEAttribute(teamEClass, TEAM__NAME);
		createEReference(teamEClass, TEAM__LOCALITY);

		staffMemberEClass = createEClass(STAFF_MEMBER);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__NAME);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__INITIALS);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__ROLES);
		createEReference(staffMemberEClass, STAFF_MEMBER__LINE_MANAGER);
		createEReference(staffMemberEClass, STAFF_MEMBER__LOCALITY);
		createEReference(staffMemberEClass, STAFF_MEMBER__TEAM);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__START_DATE);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__PART_TIME);
		createEAttribute(staffMemberEClass, STAFF_MEMBER__USER_ID);

		childEClass = createEClass(CHILD);
		createEAttribute(childEClass, CHILD__NAME);
		createEAttribute(childEClass, CHILD__DATE_OF_BIRTH);

		allocationEClass = createEClass(ALLOCATION);
		createEReference(allocationEClass, ALLOCATION__WORKER);
		createEAttribute(allocationEClass, ALLOCATION__ALLOCATED_ON);
		createEAttribute(allocationEClass, ALLOCATION__CLOSED_ON);

		keyDateEClass = createEClass(KEY_DATE);
		createEAttribute(keyDateEClass, KEY_DATE__KIND);
		createEAttribute(keyDateEClass, KEY_DATE__DATE);
		createEAttribute(keyDateEClass, KEY_DATE__DETAIL);

		caseEClass = createEClass(CASE);
		createEAttribute(caseEClass, CASE__CASE_NUMBER);
		createEReference(caseEClass, CASE__CHILD);
		createEAttribute(caseEClass, CASE__FAMILY_NAMES);
		createEReference(caseEClass, CASE__LOCALITY);
		createEAttribute(caseEClass, CASE__STATUS);
		createEAttribute(caseEClass, CASE__REFERRAL_ROUTE);
		createEReference(caseEClass, CASE__ALLOCATIONS);
		createEReference(caseEClass, CASE__LINE_MANAGER);
		createEReference(caseEClass, CASE__KEY_DATES);

		checklistDefinitionEClass = createEClass(CHECKLIST_DEFINITION);
		createEAttribute(checklistDefinitionEClass, CHECKLIST_DEFINITION__DEFINITION_ID);
		createEAttribute(checklistDefinitionEClass, CHECKLIST_DEFINITION__VERSION);
		createEAttribute(checklistDefinitionEClass, CHECKLIST_DEFINITION__TITLE);
		createEAttribute(checklistDefinitionEClass, CHECKLIST_DEFINITION__PURPOSE);
		createEAttribute(checklistDefinitionEClass, CHECKLIST_DEFINITION__SUBJECT_KIND);
		createEReference(checklistDefinitionEClass, CHECKLIST_DEFINITION__SCALES);
		createEReference(checklistDefinitionEClass, CHECKLIST_DEFINITION__SECTIONS);
		createEReference(checklistDefinitionEClass, CHECKLIST_DEFINITION__OVERALL_SCORING);

		scaleEClass = createEClass(SCALE);
		createEAttribute(scaleEClass, SCALE__SCALE_ID);
		createEAttribute(scaleEClass, SCALE__NAME);
		createEReference(scaleEClass, SCALE__LEVELS);

		levelEClass = createEClass(LEVEL);
		createEAttribute(levelEClass, LEVEL__VALUE);
		createEAttribute(levelEClass, LEVEL__LABEL);
		createEAttribute(levelEClass, LEVEL__DESCRIPTOR);
		createEAttribute(levelEClass, LEVEL__NOT_APPLICABLE);

		sectionEClass = createEClass(SECTION);
		createEAttribute(sectionEClass, SECTION__SECTION_ID);
		createEAttribute(sectionEClass, SECTION__TITLE);
		createEReference(sectionEClass, SECTION__ITEMS);
		createEReference(sectionEClass, SECTION__SCORING);

		itemEClass = createEClass(ITEM);
		createEAttribute(itemEClass, ITEM__ITEM_ID);
		createEAttribute(itemEClass, ITEM__TEXT);
		createEAttribute(itemEClass, ITEM__GUIDANCE);
		createEAttribute(itemEClass, ITEM__KIND);
		createEAttribute(itemEClass, ITEM__REQUIRED);
		createEReference(itemEClass, ITEM__SCALE);
		createEAttribute(itemEClass, ITEM__CHOICES);
		createEAttribute(itemEClass, ITEM__MATRIX_FILES);
		createEAttribute(itemEClass, ITEM__PERSONAL);
		createEReference(itemEClass, ITEM__CONDITION);
		createEAttribute(itemEClass, ITEM__MINIMUM);
		createEAttribute(itemEClass, ITEM__MAXIMUM);
		createEReference(itemEClass, ITEM__NOT_BEFORE);
		createEAttribute(itemEClass, ITEM__FUTURE);

		conditionEClass = createEClass(CONDITION);
		createEReference(conditionEClass, CONDITION__ITEM);
		createEAttribute(conditionEClass, CONDITION__ANSWERS);

		scoringRuleEClass = createEClass(SCORING_RULE);
		createEAttribute(scoringRuleEClass, SCORING_RULE__METHOD);
		createEAttribute(scoringRuleEClass, SCORING_RULE__ROUNDING);
		createEAttribute(scoringRuleEClass, SCORING_RULE__DECIMALS);
		createEAttribute(scoringRuleEClass, SCORING_RULE__SCORER_ID);

		answerEClass = createEClass(ANSWER);
		createEAttribute(answerEClass, ANSWER__ITEM_ID);
		createEAttribute(answerEClass, ANSWER__FILE_INDEX);
		createEAttribute(answerEClass, ANSWER__VALUE);
		createEAttribute(answerEClass, ANSWER__COMMENT);

		scoreEClass = createEClass(SCORE);
		createEAttribute(scoreEClass, SCORE__SECTION_ID);
		createEAttribute(scoreEClass, SCORE__VALUE);
		createEAttribute(scoreEClass, SCORE__LABEL);

		signOffEClass = createEClass(SIGN_OFF);
		createEAttribute(signOffEClass, SIGN_OFF__STEP);
		createEAttribute(signOffEClass, SIGN_OFF__BY);
		createEAttribute(signOffEClass, SIGN_OFF__ROLE);
		createEAttribute(signOffEClass, SIGN_OFF__AT);
		createEAttribute(signOffEClass, SIGN_OFF__NOTE);

		amendmentEClass = createEClass(AMENDMENT);
		createEAttribute(amendmentEClass, AMENDMENT__BY);
		createEAttribute(amendmentEClass, AMENDMENT__AT);
		createEAttribute(amendmentEClass, AMENDMENT__REASON);

		assessmentEClass = createEClass(ASSESSMENT);
		createEAttribute(assessmentEClass, ASSESSMENT__DEFINITION_ID);
		createEAttribute(assessmentEClass, ASSESSMENT__DEFINITION_VERSION);
		createEAttribute(assessmentEClass, ASSESSMENT__DEFINITION_HASH);
		createEAttribute(assessmentEClass, ASSESSMENT__SUBJECT_KIND);
		createEAttribute(assessmentEClass, ASSESSMENT__SUBJECT_KEY);
		createEReference(assessmentEClass, ASSESSMENT__LOCALITY);
		createEReference(assessmentEClass, ASSESSMENT__ASSESSORS);
		createEAttribute(assessmentEClass, ASSESSMENT__STARTED_ON);
		createEAttribute(assessmentEClass, ASSESSMENT__COMPLETED_ON);
		createEAttribute(assessmentEClass, ASSESSMENT__STATE);
		createEReference(assessmentEClass, ASSESSMENT__ANSWERS);
		createEReference(assessmentEClass, ASSESSMENT__SCORES);
		createEAttribute(assessmentEClass, ASSESSMENT__JUDGEMENT);
		createEAttribute(assessmentEClass, ASSESSMENT__JUDGEMENT_RATIONALE);
		createEAttribute(assessmentEClass, ASSESSMENT__COMMENTS);
		createEAttribute(assessmentEClass, ASSESSMENT__LESSONS_LEARNT);
		createEReference(assessmentEClass, ASSESSMENT__SIGN_OFFS);
		createEReference(assessmentEClass, ASSESSMENT__AMENDMENTS);
		createEAttribute(assessmentEClass, ASSESSMENT__AUDIT_KIND);
		createEAttribute(assessmentEClass, ASSESSMENT__THEME);
		createEAttribute(assessmentEClass, ASSESSMENT__OWN_LOCALITY_REASON);
		createEAttribute(assessmentEClass, ASSESSMENT__MODERATED_JUDGEMENT);
		createEAttribute(assessmentEClass, ASSESSMENT__MODERATION_REASON);
		createEAttribute(assessmentEClass, ASSESSMENT__SHARED_ON);
		createEAttribute(assessmentEClass, ASSESSMENT__PRACTITIONER_RESPONSE);
		createEReference(assessmentEClass, ASSESSMENT__SAMPLE_DRAWS);

		sampleDrawEClass = createEClass(SAMPLE_DRAW);
		createEAttribute(sampleDrawEClass, SAMPLE_DRAW__SEED);
		createEReference(sampleDrawEClass, SAMPLE_DRAW__TEAM);
		createEAttribute(sampleDrawEClass, SAMPLE_DRAW__DRAWN_FROM);
		createEAttribute(sampleDrawEClass, SAMPLE_DRAW__FILES);
		createEAttribute(sampleDrawEClass, SAMPLE_DRAW__BY);
		createEAttribute(sampleDrawEClass, SAMPLE_DRAW__AT);
		createEAttribute(sampleDrawEClass, SAMPLE_DRAW__REASON);

		followUpEClass = createEClass(FOLLOW_UP);
		createEAttribute(followUpEClass, FOLLOW_UP__DUE_ON);
		createEAttribute(followUpEClass, FOLLOW_UP__CHECKED_ON);
		createEAttribute(followUpEClass, FOLLOW_UP__DONE);
		createEAttribute(followUpEClass, FOLLOW_UP__OUTCOME);

		remedialActionEClass = createEClass(REMEDIAL_ACTION);
		createEReference(remedialActionEClass, REMEDIAL_ACTION__ASSESSMENT);
		createEAttribute(remedialActionEClass, REMEDIAL_ACTION__ITEM_ID);
		createEAttribute(remedialActionEClass, REMEDIAL_ACTION__ACTION);
		createEReference(remedialActionEClass, REMEDIAL_ACTION__OWNER);
		createEAttribute(remedialActionEClass, REMEDIAL_ACTION__DUE_ON);
		createEAttribute(remedialActionEClass, REMEDIAL_ACTION__HOW_ADDRESSED);
		createEAttribute(remedialActionEClass, REMEDIAL_ACTION__COMPLETED_ON);
		createEAttribute(remedialActionEClass, REMEDIAL_ACTION__INITIALS);
		createEReference(remedialActionEClass, REMEDIAL_ACTION__FOLLOW_UP);
		createEReference(remedialActionEClass, REMEDIAL_ACTION__OBSERVATION);

		consentEClass = createEClass(CONSENT);
		createEAttribute(consentEClass, CONSENT__GIVEN_BY);
		createEAttribute(consentEClass, CONSENT__GIVEN_TO);
		createEAttribute(consentEClass, CONSENT__GIVEN_ON);

		narrativeEClass = createEClass(NARRATIVE);
		createEAttribute(narrativeEClass, NARRATIVE__TOPIC);
		createEAttribute(narrativeEClass, NARRATIVE__TEXT);

		directObservationEClass = createEClass(DIRECT_OBSERVATION);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__OBSERVED_ON);
		createEReference(directObservationEClass, DIRECT_OBSERVATION__PRACTITIONER);
		createEReference(directObservationEClass, DIRECT_OBSERVATION__OBSERVER);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__CASE_NUMBER);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__SETTING);
		createEReference(directObservationEClass, DIRECT_OBSERVATION__CONSENT);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__AGREED_OBJECTIVES);
		createEReference(directObservationEClass, DIRECT_OBSERVATION__NARRATIVES);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__GRADE);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__RECOMMENDATIONS);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__PRACTITIONER_COMMENT);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__SERVICE_USER_COMMENT);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__STATE);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__LEARNING_FOCUS);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__OBSERVER_ROLE);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__FEEDBACK_PLAN);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__PRACTITIONER_REFLECTION);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__ACTIONS_DUE_ON);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__DEFINITION_ID);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__DEFINITION_VERSION);
		createEAttribute(directObservationEClass, DIRECT_OBSERVATION__DEFINITION_HASH);
		createEReference(directObservationEClass, DIRECT_OBSERVATION__SIGN_OFFS);
		createEReference(directObservationEClass, DIRECT_OBSERVATION__AMENDMENTS);

		supervisionContractEClass = createEClass(SUPERVISION_CONTRACT);
		createEReference(supervisionContractEClass, SUPERVISION_CONTRACT__SUPERVISOR);
		createEReference(supervisionContractEClass, SUPERVISION_CONTRACT__SUPERVISEE);
		createEAttribute(supervisionContractEClass, SUPERVISION_CONTRACT__FREQUENCY);
		createEAttribute(supervisionContractEClass, SUPERVISION_CONTRACT__REASONS_LESS_FREQUENT);
		createEAttribute(supervisionContractEClass, SUPERVISION_CONTRACT__PREPARATION);
		createEAttribute(supervisionContractEClass, SUPERVISION_CONTRACT__STORAGE);
		createEAttribute(supervisionContractEClass, SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISOR_ON);
		createEAttribute(supervisionContractEClass, SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISEE_ON);
		createEAttribute(supervisionContractEClass, SUPERVISION_CONTRACT__REVIEW_ON);
		createEAttribute(supervisionContractEClass, SUPERVISION_CONTRACT__FREQUENCY_PERIOD);
		createEAttribute(supervisionContractEClass, SUPERVISION_CONTRACT__REVIEW_PERIOD);
		createEReference(supervisionContractEClass, SUPERVISION_CONTRACT__SUPERSEDES);
		createEAttribute(supervisionContractEClass, SUPERVISION_CONTRACT__DEFINITION_ID);
		createEAttribute(supervisionContractEClass, SUPERVISION_CONTRACT__DEFINITION_VERSION);
		createEAttribute(supervisionContractEClass, SUPERVISION_CONTRACT__DEFINITION_HASH);
		createEAttribute(supervisionContractEClass, SUPERVISION_CONTRACT__STATE);
		createEReference(supervisionContractEClass, SUPERVISION_CONTRACT__SIGN_OFFS);
		createEReference(supervisionContractEClass, SUPERVISION_CONTRACT__AMENDMENTS);

		supervisionSessionEClass = createEClass(SUPERVISION_SESSION);
		createEReference(supervisionSessionEClass, SUPERVISION_SESSION__SUPERVISOR);
		createEReference(supervisionSessionEClass, SUPERVISION_SESSION__SUPERVISEE);
		createEAttribute(supervisionSessionEClass, SUPERVISION_SESSION__SESSION_ON);
		createEAttribute(supervisionSessionEClass, SUPERVISION_SESSION__HELD);
		createEAttribute(supervisionSessionEClass, SUPERVISION_SESSION__MISSED_REASON);
		createEAttribute(supervisionSessionEClass, SUPERVISION_SESSION__NEXT_ON);
		createEAttribute(supervisionSessionEClass, SUPERVISION_SESSION__NOTES);
		createEAttribute(supervisionSessionEClass, SUPERVISION_SESSION__INITIALS);
		createEReference(supervisionSessionEClass, SUPERVISION_SESSION__RECORD);

		agendaItemEClass = createEClass(AGENDA_ITEM);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__TOPIC);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__DISCUSSION);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__DECISION);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__ACTIONS);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__BY_WHOM);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__TIMESCALE);
		createEAttribute(agendaItemEClass, AGENDA_ITEM__ITEM_ID);

		supervisionRecordEClass = createEClass(SUPERVISION_RECORD);
		createEReference(supervisionRecordEClass, SUPERVISION_RECORD__SUPERVISOR);
		createEReference(supervisionRecordEClass, SUPERVISION_RECORD__SUPERVISEE);
		createEAttribute(supervisionRecordEClass, SUPERVISION_RECORD__HELD_ON);
		createEReference(supervisionRecordEClass, SUPERVISION_RECORD__AGENDA_ITEMS);
		createEAttribute(supervisionRecordEClass, SUPERVISION_RECORD__SIGNED_BY_SUPERVISOR_ON);
		createEAttribute(supervisionRecordEClass, SUPERVISION_RECORD__SIGNED_BY_SUPERVISEE_ON);
		createEAttribute(supervisionRecordEClass, SUPERVISION_RECORD__NEXT_ON);
		createEAttribute(supervisionRecordEClass, SUPERVISION_RECORD__NEXT_TIME);
		createEReference(supervisionRecordEClass, SUPERVISION_RECORD__REVIEWS);
		createEAttribute(supervisionRecordEClass, SUPERVISION_RECORD__DEFINITION_ID);
		createEAttribute(supervisionRecordEClass, SUPERVISION_RECORD__DEFINITION_VERSION);
		createEAttribute(supervisionRecordEClass, SUPERVISION_RECORD__DEFINITION_HASH);
		createEAttribute(supervisionRecordEClass, SUPERVISION_RECORD__STATE);
		createEReference(supervisionRecordEClass, SUPERVISION_RECORD__SIGN_OFFS);
		createEReference(supervisionRecordEClass, SUPERVISION_RECORD__AMENDMENTS);

		caseworkSupervisionEClass = createEClass(CASEWORK_SUPERVISION);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__CASE_NUMBER);
		createEReference(caseworkSupervisionEClass, CASEWORK_SUPERVISION__SUPERVISOR);
		createEReference(caseworkSupervisionEClass, CASEWORK_SUPERVISION__WORKER);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__HELD_ON);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__PURPOSE_OF_INVOLVEMENT);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__REVIEW_OF_ACTIONS);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__LAST_ASSESSMENT_ON);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__CHILD_LAST_SEEN_ON);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__WHAT_HAS_HAPPENED);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__SMART_PLAN);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__WISHES_AND_FEELINGS);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__POSITIVE_CHANGE);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__RISK_ANALYSIS);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__STRENGTHS);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__AGREED_ACTIONS);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__CASE_STATUS);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__SUPPORT_PLAN_UP_TO_DATE);
		createEReference(caseworkSupervisionEClass, CASEWORK_SUPERVISION__ACTIONS);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__DEFINITION_ID);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__DEFINITION_VERSION);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__DEFINITION_HASH);
		createEAttribute(caseworkSupervisionEClass, CASEWORK_SUPERVISION__STATE);
		createEReference(caseworkSupervisionEClass, CASEWORK_SUPERVISION__SIGN_OFFS);
		createEReference(caseworkSupervisionEClass, CASEWORK_SUPERVISION__AMENDMENTS);

		actionReviewEClass = createEClass(ACTION_REVIEW);
		createEAttribute(actionReviewEClass, ACTION_REVIEW__ORIGIN);
		createEAttribute(actionReviewEClass, ACTION_REVIEW__ORIGIN_ID);
		createEAttribute(actionReviewEClass, ACTION_REVIEW__ACTION);
		createEAttribute(actionReviewEClass, ACTION_REVIEW__BY_WHOM);
		createEAttribute(actionReviewEClass, ACTION_REVIEW__TIMESCALE);
		createEAttribute(actionReviewEClass, ACTION_REVIEW__DUE_ON);
		createEAttribute(actionReviewEClass, ACTION_REVIEW__DONE);
		createEAttribute(actionReviewEClass, ACTION_REVIEW__COMMENT);

		agreedActionEClass = createEClass(AGREED_ACTION);
		createEAttribute(agreedActionEClass, AGREED_ACTION__ACTION);
		createEAttribute(agreedActionEClass, AGREED_ACTION__BY_WHOM);
		createEAttribute(agreedActionEClass, AGREED_ACTION__DUE_ON);

		auditThemeEClass = createEClass(AUDIT_THEME);
		createEAttribute(auditThemeEClass, AUDIT_THEME__NAME);
		createEAttribute(auditThemeEClass, AUDIT_THEME__RETIRED);

		// Create enums
		roleEEnum = createEEnum(ROLE);
		caseStatusEEnum = createEEnum(CASE_STATUS);
		keyDateKindEEnum = createEEnum(KEY_DATE_KIND);
		subjectKindEEnum = createEEnum(SUBJECT_KIND);
		itemKindEEnum = createEEnum(ITEM_KIND);
		scoringMethodEEnum = createEEnum(SCORING_METHOD);
		roundingEEnum = createEEnum(ROUNDING);
		auditKindEEnum = createEEnum(AUDIT_KIND);
		assessmentStateEEnum = createEEnum(ASSESSMENT_STATE);
		observationStateEEnum = createEEnum(OBSERVATION_STATE);
		signOffStepEEnum = createEEnum(SIGN_OFF_STEP);
		supervisionFrequencyEEnum = createEEnum(SUPERVISION_FREQUENCY);
		supervisionStateEEnum = createEEnum(SUPERVISION_STATE);
		actionOriginEEnum = createEEnum(ACTION_ORIGIN);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		instantEDataType = createEDataType(INSTANT);
		bigDecimalEDataType = createEDataType(BIG_DECIMAL);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		localityEClass.getESuperTypes().add(this.getIdentified());
		teamEClass.getESuperTypes().add(this.getIdentified());
		staffMemberEClass.getESuperTypes().add(this.getIdentified());
		caseEClass.getESuperTypes().add(this.getIdentified());
		assessmentEClass.getESuperTypes().add(this.getIdentified());
		remedialActionEClass.getESuperTypes().add(this.getIdentified());
		directObservationEClass.getESuperTypes().add(this.getIdentified());
		supervisionContractEClass.getESuperTypes().add(this.getIdentified());
		supervisionSessionEClass.getESuperTypes().add(this.getIdentified());
		supervisionRecordEClass.getESuperTypes().add(this.getIdentified());
		caseworkSupervisionEClass.getESuperTypes().add(this.getIdentified());
		auditThemeEClass.getESuperTypes().add(this.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(identifiedEClass, Identified.class, "Identified", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentified_Id(), ecorePackage.getELong(), "id", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentified_RowVersion(), ecorePackage.getEInt(), "rowVersion", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentified_ModifiedBy(), ecorePackage.getEString(), "modifiedBy", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentified_ModifiedAt(), this.getInstant(), "modifiedAt", null, 0, 1, Identified.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceEClass, Service.class, "Service", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getService_Name(), ecorePackage.getEString(), "name", null, 0, 1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getService_Localities(), this.getLocality(), null, "localities", null, 0, -1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getService_Staff(), this.getStaffMember(), null, "staff", null, 0, -1, Service.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(localityEClass, Locality.class, "Locality", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLocality_Name(), ecorePackage.getEString(), "name", null, 0, 1, Locality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getLocality_Teams(), this.getTeam(), null, "teams", null, 0, -1, Locality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(teamEClass, Team.class, "Team", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTeam_Name(), ecorePackage.getEString(), "name", null, 0, 1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTeam_Locality(), this.getLocality(), null, "locality", null, 0, 1, Team.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(staffMemberEClass, StaffMember.class, "StaffMember", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStaffMember_Name(), ecorePackage.getEString(), "name", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffMember_Initials(), ecorePackage.getEString(), "initials", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffMember_Roles(), this.getRole(), "roles", null, 0, -1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStaffMember_LineManager(), this.getStaffMember(), null, "lineManager", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStaffMember_Locality(), this.getLocality(), null, "locality", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getStaffMember_Team(), this.getTeam(), null, "team", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffMember_StartDate(), this.getLocalDate(), "startDate", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffMember_PartTime(), ecorePackage.getEBoolean(), "partTime", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStaffMember_UserId(), ecorePackage.getEString(), "userId", null, 0, 1, StaffMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(childEClass, Child.class, "Child", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChild_Name(), ecorePackage.getEString(), "name", null, 0, 1, Child.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChild_DateOfBirth(), this.getLocalDate(), "dateOfBirth", null, 0, 1, Child.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(allocationEClass, Allocation.class, "Allocation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAllocation_Worker(), this.getStaffMember(), null, "worker", null, 0, 1, Allocation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAllocation_AllocatedOn(), this.getLocalDate(), "allocatedOn", null, 0, 1, Allocation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAllocation_ClosedOn(), this.getLocalDate(), "closedOn", null, 0, 1, Allocation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(keyDateEClass, KeyDate.class, "KeyDate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKeyDate_Kind(), ecorePackage.getEString(), "kind", null, 0, 1, KeyDate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyDate_Date(), this.getLocalDate(), "date", null, 0, 1, KeyDate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKeyDate_Detail(), ecorePackage.getEString(), "detail", null, 0, 1, KeyDate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(caseEClass, Case.class, "Case", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCase_CaseNumber(), ecorePackage.getEString(), "caseNumber", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Child(), this.getChild(), null, "child", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_FamilyNames(), ecorePackage.getEString(), "familyNames", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Locality(), this.getLocality(), null, "locality", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_Status(), this.getCaseStatus(), "status", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCase_ReferralRoute(), ecorePackage.getEString(), "referralRoute", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_Allocations(), this.getAllocation(), null, "allocations", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_LineManager(), this.getStaffMember(), null, "lineManager", null, 0, 1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCase_KeyDates(), this.getKeyDate(), null, "keyDates", null, 0, -1, Case.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(checklistDefinitionEClass, ChecklistDefinition.class, "ChecklistDefinition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChecklistDefinition_DefinitionId(), ecorePackage.getEString(), "definitionId", null, 0, 1, ChecklistDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistDefinition_Version(), ecorePackage.getEString(), "version", null, 0, 1, ChecklistDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistDefinition_Title(), ecorePackage.getEString(), "title", null, 0, 1, ChecklistDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistDefinition_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, ChecklistDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChecklistDefinition_SubjectKind(), this.getSubjectKind(), "subjectKind", null, 0, 1, ChecklistDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChecklistDefinition_Scales(), this.getScale(), null, "scales", null, 0, -1, ChecklistDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChecklistDefinition_Sections(), this.getSection(), null, "sections", null, 0, -1, ChecklistDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChecklistDefinition_OverallScoring(), this.getScoringRule(), null, "overallScoring", null, 0, 1, ChecklistDefinition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scaleEClass, Scale.class, "Scale", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScale_ScaleId(), ecorePackage.getEString(), "scaleId", null, 0, 1, Scale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScale_Name(), ecorePackage.getEString(), "name", null, 0, 1, Scale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getScale_Levels(), this.getLevel(), null, "levels", null, 0, -1, Scale.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(levelEClass, Level.class, "Level", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getLevel_Value(), ecorePackage.getEInt(), "value", null, 0, 1, Level.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevel_Label(), ecorePackage.getEString(), "label", null, 0, 1, Level.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevel_Descriptor(), ecorePackage.getEString(), "descriptor", null, 0, 1, Level.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getLevel_NotApplicable(), ecorePackage.getEBoolean(), "notApplicable", null, 0, 1, Level.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sectionEClass, Section.class, "Section", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSection_SectionId(), ecorePackage.getEString(), "sectionId", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSection_Title(), ecorePackage.getEString(), "title", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSection_Items(), this.getItem(), null, "items", null, 0, -1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSection_Scoring(), this.getScoringRule(), null, "scoring", null, 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(itemEClass, Item.class, "Item", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getItem_ItemId(), ecorePackage.getEString(), "itemId", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Text(), ecorePackage.getEString(), "text", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Guidance(), ecorePackage.getEString(), "guidance", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Kind(), this.getItemKind(), "kind", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Required(), ecorePackage.getEBoolean(), "required", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getItem_Scale(), this.getScale(), null, "scale", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Choices(), ecorePackage.getEString(), "choices", null, 0, -1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_MatrixFiles(), ecorePackage.getEInt(), "matrixFiles", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Personal(), ecorePackage.getEBoolean(), "personal", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getItem_Condition(), this.getCondition(), null, "condition", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Minimum(), this.getBigDecimal(), "minimum", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Maximum(), this.getBigDecimal(), "maximum", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getItem_NotBefore(), this.getItem(), null, "notBefore", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getItem_Future(), ecorePackage.getEBoolean(), "future", null, 0, 1, Item.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(conditionEClass, Condition.class, "Condition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getCondition_Item(), this.getItem(), null, "item", null, 0, 1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCondition_Answers(), ecorePackage.getEString(), "answers", null, 0, -1, Condition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoringRuleEClass, ScoringRule.class, "ScoringRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScoringRule_Method(), this.getScoringMethod(), "method", null, 0, 1, ScoringRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoringRule_Rounding(), this.getRounding(), "rounding", null, 0, 1, ScoringRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoringRule_Decimals(), ecorePackage.getEInt(), "decimals", null, 0, 1, ScoringRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScoringRule_ScorerId(), ecorePackage.getEString(), "scorerId", null, 0, 1, ScoringRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(answerEClass, Answer.class, "Answer", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAnswer_ItemId(), ecorePackage.getEString(), "itemId", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_FileIndex(), ecorePackage.getEInt(), "fileIndex", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_Value(), ecorePackage.getEString(), "value", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAnswer_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, Answer.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(scoreEClass, Score.class, "Score", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getScore_SectionId(), ecorePackage.getEString(), "sectionId", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_Value(), this.getBigDecimal(), "value", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getScore_Label(), ecorePackage.getEString(), "label", null, 0, 1, Score.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(signOffEClass, SignOff.class, "SignOff", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSignOff_Step(), this.getSignOffStep(), "step", null, 0, 1, SignOff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignOff_By(), ecorePackage.getEString(), "by", null, 0, 1, SignOff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignOff_Role(), this.getRole(), "role", null, 0, 1, SignOff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignOff_At(), this.getInstant(), "at", null, 0, 1, SignOff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSignOff_Note(), ecorePackage.getEString(), "note", null, 0, 1, SignOff.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(amendmentEClass, Amendment.class, "Amendment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAmendment_By(), ecorePackage.getEString(), "by", null, 0, 1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAmendment_At(), this.getInstant(), "at", null, 0, 1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAmendment_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, Amendment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(assessmentEClass, Assessment.class, "Assessment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAssessment_DefinitionId(), ecorePackage.getEString(), "definitionId", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_DefinitionVersion(), ecorePackage.getEString(), "definitionVersion", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_DefinitionHash(), ecorePackage.getEString(), "definitionHash", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_SubjectKind(), this.getSubjectKind(), "subjectKind", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_SubjectKey(), ecorePackage.getEString(), "subjectKey", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Locality(), this.getLocality(), null, "locality", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Assessors(), this.getStaffMember(), null, "assessors", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_StartedOn(), this.getLocalDate(), "startedOn", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_CompletedOn(), this.getLocalDate(), "completedOn", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_State(), this.getAssessmentState(), "state", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Answers(), this.getAnswer(), null, "answers", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Scores(), this.getScore(), null, "scores", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Judgement(), ecorePackage.getEString(), "judgement", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_JudgementRationale(), ecorePackage.getEString(), "judgementRationale", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Comments(), ecorePackage.getEString(), "comments", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_LessonsLearnt(), ecorePackage.getEString(), "lessonsLearnt", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_SignOffs(), this.getSignOff(), null, "signOffs", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_Amendments(), this.getAmendment(), null, "amendments", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_AuditKind(), this.getAuditKind(), "auditKind", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_Theme(), ecorePackage.getEString(), "theme", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_OwnLocalityReason(), ecorePackage.getEString(), "ownLocalityReason", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_ModeratedJudgement(), ecorePackage.getEString(), "moderatedJudgement", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_ModerationReason(), ecorePackage.getEString(), "moderationReason", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_SharedOn(), this.getLocalDate(), "sharedOn", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAssessment_PractitionerResponse(), ecorePackage.getEString(), "practitionerResponse", null, 0, 1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getAssessment_SampleDraws(), this.getSampleDraw(), null, "sampleDraws", null, 0, -1, Assessment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sampleDrawEClass, SampleDraw.class, "SampleDraw", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSampleDraw_Seed(), ecorePackage.getELong(), "seed", null, 0, 1, SampleDraw.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSampleDraw_Team(), this.getTeam(), null, "team", null, 0, 1, SampleDraw.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSampleDraw_DrawnFrom(), ecorePackage.getEString(), "drawnFrom", null, 0, 1, SampleDraw.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSampleDraw_Files(), ecorePackage.getEString(), "files", null, 0, 1, SampleDraw.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSampleDraw_By(), ecorePackage.getEString(), "by", null, 0, 1, SampleDraw.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSampleDraw_At(), this.getInstant(), "at", null, 0, 1, SampleDraw.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSampleDraw_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, SampleDraw.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(followUpEClass, FollowUp.class, "FollowUp", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFollowUp_DueOn(), this.getLocalDate(), "dueOn", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_CheckedOn(), this.getLocalDate(), "checkedOn", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_Done(), ecorePackage.getEBoolean(), "done", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFollowUp_Outcome(), ecorePackage.getEString(), "outcome", null, 0, 1, FollowUp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(remedialActionEClass, RemedialAction.class, "RemedialAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getRemedialAction_Assessment(), this.getAssessment(), null, "assessment", null, 0, 1, RemedialAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemedialAction_ItemId(), ecorePackage.getEString(), "itemId", null, 0, 1, RemedialAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemedialAction_Action(), ecorePackage.getEString(), "action", null, 0, 1, RemedialAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemedialAction_Owner(), this.getStaffMember(), null, "owner", null, 0, 1, RemedialAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemedialAction_DueOn(), this.getLocalDate(), "dueOn", null, 0, 1, RemedialAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemedialAction_HowAddressed(), ecorePackage.getEString(), "howAddressed", null, 0, 1, RemedialAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemedialAction_CompletedOn(), this.getLocalDate(), "completedOn", null, 0, 1, RemedialAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getRemedialAction_Initials(), ecorePackage.getEString(), "initials", null, 0, 1, RemedialAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemedialAction_FollowUp(), this.getFollowUp(), null, "followUp", null, 0, 1, RemedialAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getRemedialAction_Observation(), this.getDirectObservation(), null, "observation", null, 0, 1, RemedialAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consentEClass, Consent.class, "Consent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsent_GivenBy(), ecorePackage.getEString(), "givenBy", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_GivenTo(), ecorePackage.getEString(), "givenTo", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsent_GivenOn(), this.getLocalDate(), "givenOn", null, 0, 1, Consent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(narrativeEClass, Narrative.class, "Narrative", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNarrative_Topic(), ecorePackage.getEString(), "topic", null, 0, 1, Narrative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNarrative_Text(), ecorePackage.getEString(), "text", null, 0, 1, Narrative.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(directObservationEClass, DirectObservation.class, "DirectObservation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDirectObservation_ObservedOn(), this.getLocalDate(), "observedOn", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDirectObservation_Practitioner(), this.getStaffMember(), null, "practitioner", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDirectObservation_Observer(), this.getStaffMember(), null, "observer", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_CaseNumber(), ecorePackage.getEString(), "caseNumber", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_Setting(), ecorePackage.getEString(), "setting", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDirectObservation_Consent(), this.getConsent(), null, "consent", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_AgreedObjectives(), ecorePackage.getEString(), "agreedObjectives", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDirectObservation_Narratives(), this.getNarrative(), null, "narratives", null, 0, -1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_Grade(), ecorePackage.getEInt(), "grade", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_Recommendations(), ecorePackage.getEString(), "recommendations", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_PractitionerComment(), ecorePackage.getEString(), "practitionerComment", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_ServiceUserComment(), ecorePackage.getEString(), "serviceUserComment", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_State(), this.getObservationState(), "state", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_LearningFocus(), ecorePackage.getEString(), "learningFocus", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_ObserverRole(), ecorePackage.getEString(), "observerRole", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_FeedbackPlan(), ecorePackage.getEString(), "feedbackPlan", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_PractitionerReflection(), ecorePackage.getEString(), "practitionerReflection", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_ActionsDueOn(), this.getLocalDate(), "actionsDueOn", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_DefinitionId(), ecorePackage.getEString(), "definitionId", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_DefinitionVersion(), ecorePackage.getEString(), "definitionVersion", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDirectObservation_DefinitionHash(), ecorePackage.getEString(), "definitionHash", null, 0, 1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDirectObservation_SignOffs(), this.getSignOff(), null, "signOffs", null, 0, -1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getDirectObservation_Amendments(), this.getAmendment(), null, "amendments", null, 0, -1, DirectObservation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supervisionContractEClass, SupervisionContract.class, "SupervisionContract", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSupervisionContract_Supervisor(), this.getStaffMember(), null, "supervisor", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionContract_Supervisee(), this.getStaffMember(), null, "supervisee", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionContract_Frequency(), this.getSupervisionFrequency(), "frequency", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionContract_ReasonsLessFrequent(), ecorePackage.getEString(), "reasonsLessFrequent", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionContract_Preparation(), ecorePackage.getEString(), "preparation", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionContract_Storage(), ecorePackage.getEString(), "storage", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionContract_SignedBySupervisorOn(), this.getLocalDate(), "signedBySupervisorOn", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionContract_SignedBySuperviseeOn(), this.getLocalDate(), "signedBySuperviseeOn", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionContract_ReviewOn(), this.getLocalDate(), "reviewOn", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionContract_FrequencyPeriod(), ecorePackage.getEString(), "frequencyPeriod", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionContract_ReviewPeriod(), ecorePackage.getEString(), "reviewPeriod", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionContract_Supersedes(), this.getSupervisionContract(), null, "supersedes", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionContract_DefinitionId(), ecorePackage.getEString(), "definitionId", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionContract_DefinitionVersion(), ecorePackage.getEString(), "definitionVersion", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionContract_DefinitionHash(), ecorePackage.getEString(), "definitionHash", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionContract_State(), this.getSupervisionState(), "state", null, 0, 1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionContract_SignOffs(), this.getSignOff(), null, "signOffs", null, 0, -1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionContract_Amendments(), this.getAmendment(), null, "amendments", null, 0, -1, SupervisionContract.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supervisionSessionEClass, SupervisionSession.class, "SupervisionSession", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSupervisionSession_Supervisor(), this.getStaffMember(), null, "supervisor", null, 0, 1, SupervisionSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionSession_Supervisee(), this.getStaffMember(), null, "supervisee", null, 0, 1, SupervisionSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionSession_SessionOn(), this.getLocalDate(), "sessionOn", null, 0, 1, SupervisionSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionSession_Held(), ecorePackage.getEBoolean(), "held", null, 0, 1, SupervisionSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionSession_MissedReason(), ecorePackage.getEString(), "missedReason", null, 0, 1, SupervisionSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionSession_NextOn(), this.getLocalDate(), "nextOn", null, 0, 1, SupervisionSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionSession_Notes(), ecorePackage.getEString(), "notes", null, 0, 1, SupervisionSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionSession_Initials(), ecorePackage.getEString(), "initials", null, 0, 1, SupervisionSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionSession_Record(), this.getSupervisionRecord(), null, "record", null, 0, 1, SupervisionSession.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(agendaItemEClass, AgendaItem.class, "AgendaItem", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAgendaItem_Topic(), ecorePackage.getEString(), "topic", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgendaItem_Discussion(), ecorePackage.getEString(), "discussion", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgendaItem_Decision(), ecorePackage.getEString(), "decision", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgendaItem_Actions(), ecorePackage.getEString(), "actions", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgendaItem_ByWhom(), ecorePackage.getEString(), "byWhom", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgendaItem_Timescale(), ecorePackage.getEString(), "timescale", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgendaItem_ItemId(), ecorePackage.getEString(), "itemId", null, 0, 1, AgendaItem.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(supervisionRecordEClass, SupervisionRecord.class, "SupervisionRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getSupervisionRecord_Supervisor(), this.getStaffMember(), null, "supervisor", null, 0, 1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionRecord_Supervisee(), this.getStaffMember(), null, "supervisee", null, 0, 1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionRecord_HeldOn(), this.getLocalDate(), "heldOn", null, 0, 1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionRecord_AgendaItems(), this.getAgendaItem(), null, "agendaItems", null, 0, -1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionRecord_SignedBySupervisorOn(), this.getLocalDate(), "signedBySupervisorOn", null, 0, 1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionRecord_SignedBySuperviseeOn(), this.getLocalDate(), "signedBySuperviseeOn", null, 0, 1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionRecord_NextOn(), this.getLocalDate(), "nextOn", null, 0, 1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionRecord_NextTime(), ecorePackage.getEString(), "nextTime", null, 0, 1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionRecord_Reviews(), this.getActionReview(), null, "reviews", null, 0, -1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionRecord_DefinitionId(), ecorePackage.getEString(), "definitionId", null, 0, 1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionRecord_DefinitionVersion(), ecorePackage.getEString(), "definitionVersion", null, 0, 1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionRecord_DefinitionHash(), ecorePackage.getEString(), "definitionHash", null, 0, 1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSupervisionRecord_State(), this.getSupervisionState(), "state", null, 0, 1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionRecord_SignOffs(), this.getSignOff(), null, "signOffs", null, 0, -1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSupervisionRecord_Amendments(), this.getAmendment(), null, "amendments", null, 0, -1, SupervisionRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(caseworkSupervisionEClass, CaseworkSupervision.class, "CaseworkSupervision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCaseworkSupervision_CaseNumber(), ecorePackage.getEString(), "caseNumber", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseworkSupervision_Supervisor(), this.getStaffMember(), null, "supervisor", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseworkSupervision_Worker(), this.getStaffMember(), null, "worker", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_HeldOn(), this.getLocalDate(), "heldOn", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_PurposeOfInvolvement(), ecorePackage.getEString(), "purposeOfInvolvement", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_ReviewOfActions(), ecorePackage.getEString(), "reviewOfActions", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_LastAssessmentOn(), this.getLocalDate(), "lastAssessmentOn", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_ChildLastSeenOn(), this.getLocalDate(), "childLastSeenOn", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_WhatHasHappened(), ecorePackage.getEString(), "whatHasHappened", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_SmartPlan(), ecorePackage.getEString(), "smartPlan", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_WishesAndFeelings(), ecorePackage.getEString(), "wishesAndFeelings", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_PositiveChange(), ecorePackage.getEString(), "positiveChange", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_RiskAnalysis(), ecorePackage.getEString(), "riskAnalysis", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_Strengths(), ecorePackage.getEString(), "strengths", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_AgreedActions(), ecorePackage.getEString(), "agreedActions", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_CaseStatus(), this.getCaseStatus(), "caseStatus", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_SupportPlanUpToDate(), ecorePackage.getEBoolean(), "supportPlanUpToDate", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseworkSupervision_Actions(), this.getAgreedAction(), null, "actions", null, 0, -1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_DefinitionId(), ecorePackage.getEString(), "definitionId", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_DefinitionVersion(), ecorePackage.getEString(), "definitionVersion", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_DefinitionHash(), ecorePackage.getEString(), "definitionHash", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseworkSupervision_State(), this.getSupervisionState(), "state", null, 0, 1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseworkSupervision_SignOffs(), this.getSignOff(), null, "signOffs", null, 0, -1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseworkSupervision_Amendments(), this.getAmendment(), null, "amendments", null, 0, -1, CaseworkSupervision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(actionReviewEClass, ActionReview.class, "ActionReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getActionReview_Origin(), this.getActionOrigin(), "origin", null, 0, 1, ActionReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionReview_OriginId(), ecorePackage.getELong(), "originId", null, 0, 1, ActionReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionReview_Action(), ecorePackage.getEString(), "action", null, 0, 1, ActionReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionReview_ByWhom(), ecorePackage.getEString(), "byWhom", null, 0, 1, ActionReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionReview_Timescale(), ecorePackage.getEString(), "timescale", null, 0, 1, ActionReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionReview_DueOn(), this.getLocalDate(), "dueOn", null, 0, 1, ActionReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionReview_Done(), ecorePackage.getEBoolean(), "done", null, 0, 1, ActionReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getActionReview_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, ActionReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(agreedActionEClass, AgreedAction.class, "AgreedAction", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAgreedAction_Action(), ecorePackage.getEString(), "action", null, 0, 1, AgreedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgreedAction_ByWhom(), ecorePackage.getEString(), "byWhom", null, 0, 1, AgreedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAgreedAction_DueOn(), this.getLocalDate(), "dueOn", null, 0, 1, AgreedAction.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(auditThemeEClass, AuditTheme.class, "AuditTheme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAuditTheme_Name(), ecorePackage.getEString(), "name", null, 0, 1, AuditTheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAuditTheme_Retired(), ecorePackage.getEBoolean(), "retired", null, 0, 1, AuditTheme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(roleEEnum, Role.class, "Role");
		addEEnumLiteral(roleEEnum, Role.PRACTITIONER);
		addEEnumLiteral(roleEEnum, Role.ASSISTANT);
		addEEnumLiteral(roleEEnum, Role.SENIOR_PRACTITIONER);
		addEEnumLiteral(roleEEnum, Role.TEAM_LEADER);
		addEEnumLiteral(roleEEnum, Role.SERVICE_DELIVERY_MANAGER);
		addEEnumLiteral(roleEEnum, Role.QUALITY_LEAD);
		addEEnumLiteral(roleEEnum, Role.BUSINESS_SUPPORT);
		addEEnumLiteral(roleEEnum, Role.ADMINISTRATOR);

		initEEnum(caseStatusEEnum, CaseStatus.class, "CaseStatus");
		addEEnumLiteral(caseStatusEEnum, CaseStatus.CHILD_PROTECTION);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.CHILD_IN_NEED);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.STEP_DOWN);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.STRENGTHENING_FAMILIES);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.CHILD_IN_CARE);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.EARLY_HELP);
		addEEnumLiteral(caseStatusEEnum, CaseStatus.CLOSED);

		initEEnum(keyDateKindEEnum, KeyDateKind.class, "KeyDateKind");
		addEEnumLiteral(keyDateKindEEnum, KeyDateKind.REFERRAL);
		addEEnumLiteral(keyDateKindEEnum, KeyDateKind.ALLOCATION);
		addEEnumLiteral(keyDateKindEEnum, KeyDateKind.FIRST_CONTACT);
		addEEnumLiteral(keyDateKindEEnum, KeyDateKind.REFERRER_NOTIFIED);
		addEEnumLiteral(keyDateKindEEnum, KeyDateKind.FIRST_VISIT);
		addEEnumLiteral(keyDateKindEEnum, KeyDateKind.ASSESSMENT);
		addEEnumLiteral(keyDateKindEEnum, KeyDateKind.FAMILY_CIRCLE);
		addEEnumLiteral(keyDateKindEEnum, KeyDateKind.SUPPORT_PLAN);
		addEEnumLiteral(keyDateKindEEnum, KeyDateKind.SUPPORT_MEETING);
		addEEnumLiteral(keyDateKindEEnum, KeyDateKind.SUPERVISION);
		addEEnumLiteral(keyDateKindEEnum, KeyDateKind.CLOSURE_SUMMARY);
		addEEnumLiteral(keyDateKindEEnum, KeyDateKind.CLOSURE);
		addEEnumLiteral(keyDateKindEEnum, KeyDateKind.CHILD_SEEN);

		initEEnum(subjectKindEEnum, SubjectKind.class, "SubjectKind");
		addEEnumLiteral(subjectKindEEnum, SubjectKind.CASE);
		addEEnumLiteral(subjectKindEEnum, SubjectKind.PRACTITIONER);
		addEEnumLiteral(subjectKindEEnum, SubjectKind.GROUP_SESSION);
		addEEnumLiteral(subjectKindEEnum, SubjectKind.SUPERVISION_FILES);
		addEEnumLiteral(subjectKindEEnum, SubjectKind.FAMILY);

		initEEnum(itemKindEEnum, ItemKind.class, "ItemKind");
		addEEnumLiteral(itemKindEEnum, ItemKind.GRADED);
		addEEnumLiteral(itemKindEEnum, ItemKind.YES_NO);
		addEEnumLiteral(itemKindEEnum, ItemKind.YES_NO_NA);
		addEEnumLiteral(itemKindEEnum, ItemKind.TICK_MATRIX);
		addEEnumLiteral(itemKindEEnum, ItemKind.TEXT);
		addEEnumLiteral(itemKindEEnum, ItemKind.DATE);
		addEEnumLiteral(itemKindEEnum, ItemKind.NUMBER);
		addEEnumLiteral(itemKindEEnum, ItemKind.SINGLE_CHOICE);
		addEEnumLiteral(itemKindEEnum, ItemKind.MULTIPLE_CHOICE);

		initEEnum(scoringMethodEEnum, ScoringMethod.class, "ScoringMethod");
		addEEnumLiteral(scoringMethodEEnum, ScoringMethod.NONE);
		addEEnumLiteral(scoringMethodEEnum, ScoringMethod.COUNT_YES);
		addEEnumLiteral(scoringMethodEEnum, ScoringMethod.PERCENT_YES);
		addEEnumLiteral(scoringMethodEEnum, ScoringMethod.MEAN_GRADE);
		addEEnumLiteral(scoringMethodEEnum, ScoringMethod.WORST_GRADE);
		addEEnumLiteral(scoringMethodEEnum, ScoringMethod.CUSTOM);

		initEEnum(roundingEEnum, Rounding.class, "Rounding");
		addEEnumLiteral(roundingEEnum, Rounding.HALF_UP);
		addEEnumLiteral(roundingEEnum, Rounding.HALF_EVEN);
		addEEnumLiteral(roundingEEnum, Rounding.DOWN);
		addEEnumLiteral(roundingEEnum, Rounding.UP);

		initEEnum(auditKindEEnum, AuditKind.class, "AuditKind");
		addEEnumLiteral(auditKindEEnum, AuditKind.PRACTITIONER);
		addEEnumLiteral(auditKindEEnum, AuditKind.CROSS_LOCALITY);

		initEEnum(assessmentStateEEnum, AssessmentState.class, "AssessmentState");
		addEEnumLiteral(assessmentStateEEnum, AssessmentState.DRAFT);
		addEEnumLiteral(assessmentStateEEnum, AssessmentState.COMPLETED);
		addEEnumLiteral(assessmentStateEEnum, AssessmentState.MODERATED);
		addEEnumLiteral(assessmentStateEEnum, AssessmentState.SHARED);
		addEEnumLiteral(assessmentStateEEnum, AssessmentState.CLOSED);

		initEEnum(observationStateEEnum, ObservationState.class, "ObservationState");
		addEEnumLiteral(observationStateEEnum, ObservationState.PLANNED);
		addEEnumLiteral(observationStateEEnum, ObservationState.OBSERVED);
		addEEnumLiteral(observationStateEEnum, ObservationState.SHARED);
		addEEnumLiteral(observationStateEEnum, ObservationState.SIGNED_OFF);

		initEEnum(signOffStepEEnum, SignOffStep.class, "SignOffStep");
		addEEnumLiteral(signOffStepEEnum, SignOffStep.COMPLETION);
		addEEnumLiteral(signOffStepEEnum, SignOffStep.MODERATION);
		addEEnumLiteral(signOffStepEEnum, SignOffStep.SHARING);
		addEEnumLiteral(signOffStepEEnum, SignOffStep.CLOSURE);
		addEEnumLiteral(signOffStepEEnum, SignOffStep.PRACTITIONER_RESPONSE);
		addEEnumLiteral(signOffStepEEnum, SignOffStep.PLANNING);
		addEEnumLiteral(signOffStepEEnum, SignOffStep.OBSERVATION);
		addEEnumLiteral(signOffStepEEnum, SignOffStep.OBSERVER_SIGN_OFF);
		addEEnumLiteral(signOffStepEEnum, SignOffStep.PRACTITIONER_SIGN_OFF);
		addEEnumLiteral(signOffStepEEnum, SignOffStep.SUPERVISEE_SIGN_OFF);
		addEEnumLiteral(signOffStepEEnum, SignOffStep.SUPERVISOR_SIGN_OFF);

		initEEnum(supervisionFrequencyEEnum, SupervisionFrequency.class, "SupervisionFrequency");
		addEEnumLiteral(supervisionFrequencyEEnum, SupervisionFrequency.MONTHLY);
		addEEnumLiteral(supervisionFrequencyEEnum, SupervisionFrequency.SIX_WEEKLY);
		addEEnumLiteral(supervisionFrequencyEEnum, SupervisionFrequency.OTHER);

		initEEnum(supervisionStateEEnum, SupervisionState.class, "SupervisionState");
		addEEnumLiteral(supervisionStateEEnum, SupervisionState.DRAFT);
		addEEnumLiteral(supervisionStateEEnum, SupervisionState.SIGNED);

		initEEnum(actionOriginEEnum, ActionOrigin.class, "ActionOrigin");
		addEEnumLiteral(actionOriginEEnum, ActionOrigin.SUPERVISION);
		addEEnumLiteral(actionOriginEEnum, ActionOrigin.AUDIT);
		addEEnumLiteral(actionOriginEEnum, ActionOrigin.OBSERVATION);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(bigDecimalEDataType, BigDecimal.class, "BigDecimal", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //QaPackageImpl
