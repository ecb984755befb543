/**
 */
package org.qaworkbench.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The QA Workbench domain: organisation, cases, checklist definitions, assessments, remedial actions, direct observations and supervision. Generated code is in src-gen; behaviour lives beside it, not in it.
 * <!-- end-model-doc -->
 * @see org.qaworkbench.model.QaFactory
 * @model kind="package"
 * @generated
 */
public interface QaPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.qaworkbench.org/model/qa/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "qa";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	QaPackage eINSTANCE = org.qaworkbench.model.impl.QaPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.IdentifiedImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The feature id for the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ROW_VERSION = 1;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__MODIFIED_BY = 2;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__MODIFIED_AT = 3;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.ServiceImpl <em>Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.ServiceImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getService()
	 * @generated
	 */
	int SERVICE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Localities</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__LOCALITIES = 1;

	/**
	 * The feature id for the '<em><b>Staff</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__STAFF = 2;

	/**
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.LocalityImpl <em>Locality</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.LocalityImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getLocality()
	 * @generated
	 */
	int LOCALITY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALITY__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALITY__ROW_VERSION = IDENTIFIED__ROW_VERSION;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALITY__MODIFIED_BY = IDENTIFIED__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALITY__MODIFIED_AT = IDENTIFIED__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALITY__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Teams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALITY__TEAMS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Locality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALITY_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Locality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCALITY_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.TeamImpl <em>Team</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.TeamImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getTeam()
	 * @generated
	 */
	int TEAM = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__ROW_VERSION = IDENTIFIED__ROW_VERSION;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__MODIFIED_BY = IDENTIFIED__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__MODIFIED_AT = IDENTIFIED__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Locality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM__LOCALITY = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Team</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TEAM_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.StaffMemberImpl <em>Staff Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.StaffMemberImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getStaffMember()
	 * @generated
	 */
	int STAFF_MEMBER = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__ROW_VERSION = IDENTIFIED__ROW_VERSION;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__MODIFIED_BY = IDENTIFIED__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__MODIFIED_AT = IDENTIFIED__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__INITIALS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__ROLES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Line Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__LINE_MANAGER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Locality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__LOCALITY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__TEAM = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__START_DATE = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Part Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__PART_TIME = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER__USER_ID = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Staff Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Staff Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAFF_MEMBER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.ChildImpl <em>Child</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.ChildImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getChild()
	 * @generated
	 */
	int CHILD = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILD__NAME = 0;

	/**
	 * The feature id for the '<em><b>Date Of Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILD__DATE_OF_BIRTH = 1;

	/**
	 * The number of structural features of the '<em>Child</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILD_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Child</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHILD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.AllocationImpl <em>Allocation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.AllocationImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getAllocation()
	 * @generated
	 */
	int ALLOCATION = 6;

	/**
	 * The feature id for the '<em><b>Worker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__WORKER = 0;

	/**
	 * The feature id for the '<em><b>Allocated On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__ALLOCATED_ON = 1;

	/**
	 * The feature id for the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__CLOSED_ON = 2;

	/**
	 * The number of structural features of the '<em>Allocation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Allocation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.KeyDateImpl <em>Key Date</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.KeyDateImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getKeyDate()
	 * @generated
	 */
	int KEY_DATE = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_DATE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_DATE__DATE = 1;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_DATE__DETAIL = 2;

	/**
	 * The number of structural features of the '<em>Key Date</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_DATE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Key Date</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEY_DATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.CaseImpl <em>Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.CaseImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getCase()
	 * @generated
	 */
	int CASE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ROW_VERSION = IDENTIFIED__ROW_VERSION;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__MODIFIED_BY = IDENTIFIED__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__MODIFIED_AT = IDENTIFIED__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CASE_NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Child</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__CHILD = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Family Names</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__FAMILY_NAMES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Locality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__LOCALITY = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__STATUS = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Referral Route</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__REFERRAL_ROUTE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Allocations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__ALLOCATIONS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Line Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__LINE_MANAGER = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Key Dates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE__KEY_DATES = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.ChecklistDefinitionImpl <em>Checklist Definition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.ChecklistDefinitionImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getChecklistDefinition()
	 * @generated
	 */
	int CHECKLIST_DEFINITION = 9;

	/**
	 * The feature id for the '<em><b>Definition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEFINITION__DEFINITION_ID = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEFINITION__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEFINITION__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEFINITION__PURPOSE = 3;

	/**
	 * The feature id for the '<em><b>Subject Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEFINITION__SUBJECT_KIND = 4;

	/**
	 * The feature id for the '<em><b>Scales</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEFINITION__SCALES = 5;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEFINITION__SECTIONS = 6;

	/**
	 * The feature id for the '<em><b>Overall Scoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEFINITION__OVERALL_SCORING = 7;

	/**
	 * The number of structural features of the '<em>Checklist Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEFINITION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Checklist Definition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKLIST_DEFINITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.ScaleImpl <em>Scale</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.ScaleImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getScale()
	 * @generated
	 */
	int SCALE = 10;

	/**
	 * The feature id for the '<em><b>Scale Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__SCALE_ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE__LEVELS = 2;

	/**
	 * The number of structural features of the '<em>Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Scale</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCALE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.LevelImpl <em>Level</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.LevelImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getLevel()
	 * @generated
	 */
	int LEVEL = 11;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL__VALUE = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Descriptor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL__DESCRIPTOR = 2;

	/**
	 * The feature id for the '<em><b>Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL__NOT_APPLICABLE = 3;

	/**
	 * The number of structural features of the '<em>Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Level</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEVEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.SectionImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 12;

	/**
	 * The feature id for the '<em><b>Section Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__SECTION_ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__ITEMS = 2;

	/**
	 * The feature id for the '<em><b>Scoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__SCORING = 3;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.ItemImpl <em>Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.ItemImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getItem()
	 * @generated
	 */
	int ITEM = 13;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__GUIDANCE = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__KIND = 3;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__REQUIRED = 4;

	/**
	 * The feature id for the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__SCALE = 5;

	/**
	 * The feature id for the '<em><b>Choices</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__CHOICES = 6;

	/**
	 * The feature id for the '<em><b>Matrix Files</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__MATRIX_FILES = 7;

	/**
	 * The feature id for the '<em><b>Personal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__PERSONAL = 8;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__CONDITION = 9;

	/**
	 * The feature id for the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__MINIMUM = 10;

	/**
	 * The feature id for the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__MAXIMUM = 11;

	/**
	 * The feature id for the '<em><b>Not Before</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__NOT_BEFORE = 12;

	/**
	 * The feature id for the '<em><b>Future</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM__FUTURE = 13;

	/**
	 * The number of structural features of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_FEATURE_COUNT = 14;

	/**
	 * The number of operations of the '<em>Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.ConditionImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 14;

	/**
	 * The feature id for the '<em><b>Item</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__ITEM = 0;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION__ANSWERS = 1;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.ScoringRuleImpl <em>Scoring Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.ScoringRuleImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getScoringRule()
	 * @generated
	 */
	int SCORING_RULE = 15;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RULE__METHOD = 0;

	/**
	 * The feature id for the '<em><b>Rounding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RULE__ROUNDING = 1;

	/**
	 * The feature id for the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RULE__DECIMALS = 2;

	/**
	 * The feature id for the '<em><b>Scorer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RULE__SCORER_ID = 3;

	/**
	 * The number of structural features of the '<em>Scoring Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RULE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Scoring Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORING_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.AnswerImpl <em>Answer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.AnswerImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getAnswer()
	 * @generated
	 */
	int ANSWER = 16;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__ITEM_ID = 0;

	/**
	 * The feature id for the '<em><b>File Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__FILE_INDEX = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER__COMMENT = 3;

	/**
	 * The number of structural features of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Answer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANSWER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.ScoreImpl <em>Score</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.ScoreImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getScore()
	 * @generated
	 */
	int SCORE = 17;

	/**
	 * The feature id for the '<em><b>Section Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__SECTION_ID = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE__LABEL = 2;

	/**
	 * The number of structural features of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Score</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.SignOffImpl <em>Sign Off</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.SignOffImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getSignOff()
	 * @generated
	 */
	int SIGN_OFF = 18;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF__STEP = 0;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF__BY = 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF__ROLE = 2;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF__AT = 3;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF__NOTE = 4;

	/**
	 * The number of structural features of the '<em>Sign Off</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Sign Off</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SIGN_OFF_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.AmendmentImpl <em>Amendment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.AmendmentImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getAmendment()
	 * @generated
	 */
	int AMENDMENT = 19;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__BY = 0;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__AT = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT__REASON = 2;

	/**
	 * The number of structural features of the '<em>Amendment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Amendment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMENDMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.AssessmentImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ROW_VERSION = IDENTIFIED__ROW_VERSION;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__MODIFIED_BY = IDENTIFIED__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__MODIFIED_AT = IDENTIFIED__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Definition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__DEFINITION_ID = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Definition Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__DEFINITION_VERSION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Definition Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__DEFINITION_HASH = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Subject Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SUBJECT_KIND = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Subject Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SUBJECT_KEY = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Locality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__LOCALITY = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Assessors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ASSESSORS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Started On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__STARTED_ON = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__COMPLETED_ON = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__STATE = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Answers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ANSWERS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Scores</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SCORES = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Judgement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__JUDGEMENT = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Judgement Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__JUDGEMENT_RATIONALE = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__COMMENTS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Lessons Learnt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__LESSONS_LEARNT = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Sign Offs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SIGN_OFFS = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Amendments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__AMENDMENTS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Audit Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__AUDIT_KIND = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__THEME = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Own Locality Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__OWN_LOCALITY_REASON = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Moderated Judgement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__MODERATED_JUDGEMENT = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Moderation Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__MODERATION_REASON = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Shared On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SHARED_ON = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The feature id for the '<em><b>Practitioner Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__PRACTITIONER_RESPONSE = IDENTIFIED_FEATURE_COUNT + 24;

	/**
	 * The feature id for the '<em><b>Sample Draws</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SAMPLE_DRAWS = IDENTIFIED_FEATURE_COUNT + 25;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 26;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.SampleDrawImpl <em>Sample Draw</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.SampleDrawImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getSampleDraw()
	 * @generated
	 */
	int SAMPLE_DRAW = 21;

	/**
	 * The feature id for the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_DRAW__SEED = 0;

	/**
	 * The feature id for the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_DRAW__TEAM = 1;

	/**
	 * The feature id for the '<em><b>Drawn From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_DRAW__DRAWN_FROM = 2;

	/**
	 * The feature id for the '<em><b>Files</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_DRAW__FILES = 3;

	/**
	 * The feature id for the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_DRAW__BY = 4;

	/**
	 * The feature id for the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_DRAW__AT = 5;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_DRAW__REASON = 6;

	/**
	 * The number of structural features of the '<em>Sample Draw</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_DRAW_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Sample Draw</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAMPLE_DRAW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.FollowUpImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getFollowUp()
	 * @generated
	 */
	int FOLLOW_UP = 22;

	/**
	 * The feature id for the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DUE_ON = 0;

	/**
	 * The feature id for the '<em><b>Checked On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__CHECKED_ON = 1;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__DONE = 2;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP__OUTCOME = 3;

	/**
	 * The number of structural features of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Follow Up</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FOLLOW_UP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.RemedialActionImpl <em>Remedial Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.RemedialActionImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getRemedialAction()
	 * @generated
	 */
	int REMEDIAL_ACTION = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__ROW_VERSION = IDENTIFIED__ROW_VERSION;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__MODIFIED_BY = IDENTIFIED__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__MODIFIED_AT = IDENTIFIED__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Assessment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__ASSESSMENT = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__ITEM_ID = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__ACTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__OWNER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__DUE_ON = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>How Addressed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__HOW_ADDRESSED = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__COMPLETED_ON = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__INITIALS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Follow Up</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__FOLLOW_UP = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Observation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION__OBSERVATION = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Remedial Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Remedial Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REMEDIAL_ACTION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.ConsentImpl <em>Consent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.ConsentImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getConsent()
	 * @generated
	 */
	int CONSENT = 24;

	/**
	 * The feature id for the '<em><b>Given By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__GIVEN_BY = 0;

	/**
	 * The feature id for the '<em><b>Given To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__GIVEN_TO = 1;

	/**
	 * The feature id for the '<em><b>Given On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT__GIVEN_ON = 2;

	/**
	 * The number of structural features of the '<em>Consent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Consent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.NarrativeImpl <em>Narrative</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.NarrativeImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getNarrative()
	 * @generated
	 */
	int NARRATIVE = 25;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE__TOPIC = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Narrative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Narrative</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.DirectObservationImpl <em>Direct Observation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.DirectObservationImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getDirectObservation()
	 * @generated
	 */
	int DIRECT_OBSERVATION = 26;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__ROW_VERSION = IDENTIFIED__ROW_VERSION;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__MODIFIED_BY = IDENTIFIED__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__MODIFIED_AT = IDENTIFIED__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Observed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__OBSERVED_ON = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Practitioner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__PRACTITIONER = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Observer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__OBSERVER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__CASE_NUMBER = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Setting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__SETTING = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Consent</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__CONSENT = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Agreed Objectives</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__AGREED_OBJECTIVES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Narratives</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__NARRATIVES = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__GRADE = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__RECOMMENDATIONS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Practitioner Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__PRACTITIONER_COMMENT = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Service User Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__SERVICE_USER_COMMENT = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__STATE = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Learning Focus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__LEARNING_FOCUS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Observer Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__OBSERVER_ROLE = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Feedback Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__FEEDBACK_PLAN = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Practitioner Reflection</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__PRACTITIONER_REFLECTION = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Actions Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__ACTIONS_DUE_ON = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Definition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__DEFINITION_ID = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Definition Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__DEFINITION_VERSION = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Definition Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__DEFINITION_HASH = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Sign Offs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__SIGN_OFFS = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Amendments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION__AMENDMENTS = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The number of structural features of the '<em>Direct Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The number of operations of the '<em>Direct Observation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIRECT_OBSERVATION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.SupervisionContractImpl <em>Supervision Contract</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.SupervisionContractImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getSupervisionContract()
	 * @generated
	 */
	int SUPERVISION_CONTRACT = 27;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__ROW_VERSION = IDENTIFIED__ROW_VERSION;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__MODIFIED_BY = IDENTIFIED__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__MODIFIED_AT = IDENTIFIED__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__SUPERVISOR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Supervisee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__SUPERVISEE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Frequency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__FREQUENCY = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reasons Less Frequent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__REASONS_LESS_FREQUENT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Preparation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__PREPARATION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Storage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__STORAGE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Signed By Supervisor On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISOR_ON = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Signed By Supervisee On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISEE_ON = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Review On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__REVIEW_ON = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Frequency Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__FREQUENCY_PERIOD = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Review Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__REVIEW_PERIOD = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Supersedes</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__SUPERSEDES = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Definition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__DEFINITION_ID = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Definition Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__DEFINITION_VERSION = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Definition Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__DEFINITION_HASH = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__STATE = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Sign Offs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__SIGN_OFFS = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Amendments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT__AMENDMENTS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The number of structural features of the '<em>Supervision Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The number of operations of the '<em>Supervision Contract</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_CONTRACT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.SupervisionSessionImpl <em>Supervision Session</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.SupervisionSessionImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getSupervisionSession()
	 * @generated
	 */
	int SUPERVISION_SESSION = 28;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION__ROW_VERSION = IDENTIFIED__ROW_VERSION;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION__MODIFIED_BY = IDENTIFIED__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION__MODIFIED_AT = IDENTIFIED__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION__SUPERVISOR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Supervisee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION__SUPERVISEE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Session On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION__SESSION_ON = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Held</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION__HELD = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Missed Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION__MISSED_REASON = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Next On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION__NEXT_ON = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION__NOTES = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION__INITIALS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Record</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION__RECORD = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Supervision Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Supervision Session</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_SESSION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.AgendaItemImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getAgendaItem()
	 * @generated
	 */
	int AGENDA_ITEM = 29;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__TOPIC = 0;

	/**
	 * The feature id for the '<em><b>Discussion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__DISCUSSION = 1;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__DECISION = 2;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__ACTIONS = 3;

	/**
	 * The feature id for the '<em><b>By Whom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__BY_WHOM = 4;

	/**
	 * The feature id for the '<em><b>Timescale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__TIMESCALE = 5;

	/**
	 * The feature id for the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM__ITEM_ID = 6;

	/**
	 * The number of structural features of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Agenda Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENDA_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.SupervisionRecordImpl <em>Supervision Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.SupervisionRecordImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getSupervisionRecord()
	 * @generated
	 */
	int SUPERVISION_RECORD = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__ROW_VERSION = IDENTIFIED__ROW_VERSION;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__MODIFIED_BY = IDENTIFIED__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__MODIFIED_AT = IDENTIFIED__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__SUPERVISOR = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Supervisee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__SUPERVISEE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__HELD_ON = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Agenda Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__AGENDA_ITEMS = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Signed By Supervisor On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__SIGNED_BY_SUPERVISOR_ON = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Signed By Supervisee On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__SIGNED_BY_SUPERVISEE_ON = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Next On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__NEXT_ON = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Next Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__NEXT_TIME = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Reviews</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__REVIEWS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Definition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__DEFINITION_ID = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Definition Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__DEFINITION_VERSION = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Definition Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__DEFINITION_HASH = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__STATE = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Sign Offs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__SIGN_OFFS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Amendments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD__AMENDMENTS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Supervision Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Supervision Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPERVISION_RECORD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl <em>Casework Supervision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.CaseworkSupervisionImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getCaseworkSupervision()
	 * @generated
	 */
	int CASEWORK_SUPERVISION = 31;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__ROW_VERSION = IDENTIFIED__ROW_VERSION;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__MODIFIED_BY = IDENTIFIED__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__MODIFIED_AT = IDENTIFIED__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__CASE_NUMBER = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Supervisor</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__SUPERVISOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Worker</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__WORKER = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__HELD_ON = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Purpose Of Involvement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__PURPOSE_OF_INVOLVEMENT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Review Of Actions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__REVIEW_OF_ACTIONS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Last Assessment On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__LAST_ASSESSMENT_ON = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Child Last Seen On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__CHILD_LAST_SEEN_ON = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>What Has Happened</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__WHAT_HAS_HAPPENED = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Smart Plan</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__SMART_PLAN = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Wishes And Feelings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__WISHES_AND_FEELINGS = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Positive Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__POSITIVE_CHANGE = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Risk Analysis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__RISK_ANALYSIS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Strengths</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__STRENGTHS = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Agreed Actions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__AGREED_ACTIONS = IDENTIFIED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Case Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__CASE_STATUS = IDENTIFIED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Support Plan Up To Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__SUPPORT_PLAN_UP_TO_DATE = IDENTIFIED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__ACTIONS = IDENTIFIED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Definition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__DEFINITION_ID = IDENTIFIED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Definition Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__DEFINITION_VERSION = IDENTIFIED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Definition Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__DEFINITION_HASH = IDENTIFIED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__STATE = IDENTIFIED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Sign Offs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__SIGN_OFFS = IDENTIFIED_FEATURE_COUNT + 22;

	/**
	 * The feature id for the '<em><b>Amendments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION__AMENDMENTS = IDENTIFIED_FEATURE_COUNT + 23;

	/**
	 * The number of structural features of the '<em>Casework Supervision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 24;

	/**
	 * The number of operations of the '<em>Casework Supervision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASEWORK_SUPERVISION_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.ActionReviewImpl <em>Action Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.ActionReviewImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getActionReview()
	 * @generated
	 */
	int ACTION_REVIEW = 32;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_REVIEW__ORIGIN = 0;

	/**
	 * The feature id for the '<em><b>Origin Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_REVIEW__ORIGIN_ID = 1;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_REVIEW__ACTION = 2;

	/**
	 * The feature id for the '<em><b>By Whom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_REVIEW__BY_WHOM = 3;

	/**
	 * The feature id for the '<em><b>Timescale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_REVIEW__TIMESCALE = 4;

	/**
	 * The feature id for the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_REVIEW__DUE_ON = 5;

	/**
	 * The feature id for the '<em><b>Done</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_REVIEW__DONE = 6;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_REVIEW__COMMENT = 7;

	/**
	 * The number of structural features of the '<em>Action Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_REVIEW_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Action Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_REVIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.AgreedActionImpl <em>Agreed Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.AgreedActionImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getAgreedAction()
	 * @generated
	 */
	int AGREED_ACTION = 33;

	/**
	 * The feature id for the '<em><b>Action</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREED_ACTION__ACTION = 0;

	/**
	 * The feature id for the '<em><b>By Whom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREED_ACTION__BY_WHOM = 1;

	/**
	 * The feature id for the '<em><b>Due On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREED_ACTION__DUE_ON = 2;

	/**
	 * The number of structural features of the '<em>Agreed Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREED_ACTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Agreed Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREED_ACTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.impl.AuditThemeImpl <em>Audit Theme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.impl.AuditThemeImpl
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getAuditTheme()
	 * @generated
	 */
	int AUDIT_THEME = 34;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_THEME__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_THEME__ROW_VERSION = IDENTIFIED__ROW_VERSION;

	/**
	 * The feature id for the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_THEME__MODIFIED_BY = IDENTIFIED__MODIFIED_BY;

	/**
	 * The feature id for the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_THEME__MODIFIED_AT = IDENTIFIED__MODIFIED_AT;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_THEME__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Retired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_THEME__RETIRED = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Audit Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_THEME_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Audit Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AUDIT_THEME_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.Role <em>Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.Role
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getRole()
	 * @generated
	 */
	int ROLE = 35;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.CaseStatus <em>Case Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.CaseStatus
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getCaseStatus()
	 * @generated
	 */
	int CASE_STATUS = 36;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.KeyDateKind <em>Key Date Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.KeyDateKind
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getKeyDateKind()
	 * @generated
	 */
	int KEY_DATE_KIND = 37;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.SubjectKind <em>Subject Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.SubjectKind
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getSubjectKind()
	 * @generated
	 */
	int SUBJECT_KIND = 38;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.ItemKind <em>Item Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.ItemKind
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getItemKind()
	 * @generated
	 */
	int ITEM_KIND = 39;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.ScoringMethod <em>Scoring Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.ScoringMethod
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getScoringMethod()
	 * @generated
	 */
	int SCORING_METHOD = 40;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.Rounding <em>Rounding</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.Rounding
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getRounding()
	 * @generated
	 */
	int ROUNDING = 41;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.AuditKind <em>Audit Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.AuditKind
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getAuditKind()
	 * @generated
	 */
	int AUDIT_KIND = 42;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.AssessmentState <em>Assessment State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.AssessmentState
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getAssessmentState()
	 * @generated
	 */
	int ASSESSMENT_STATE = 43;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.ObservationState <em>Observation State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.ObservationState
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getObservationState()
	 * @generated
	 */
	int OBSERVATION_STATE = 44;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.SignOffStep <em>Sign Off Step</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.SignOffStep
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getSignOffStep()
	 * @generated
	 */
	int SIGN_OFF_STEP = 45;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.SupervisionFrequency <em>Supervision Frequency</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.SupervisionFrequency
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getSupervisionFrequency()
	 * @generated
	 */
	int SUPERVISION_FREQUENCY = 46;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.SupervisionState <em>Supervision State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.SupervisionState
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getSupervisionState()
	 * @generated
	 */
	int SUPERVISION_STATE = 47;

	/**
	 * The meta object id for the '{@link org.qaworkbench.model.ActionOrigin <em>Action Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.qaworkbench.model.ActionOrigin
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getActionOrigin()
	 * @generated
	 */
	int ACTION_ORIGIN = 48;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 49;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 50;

	/**
	 * The meta object id for the '<em>Big Decimal</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.math.BigDecimal
	 * @see org.qaworkbench.model.impl.QaPackageImpl#getBigDecimal()
	 * @generated
	 */
	int BIG_DECIMAL = 51;


	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see org.qaworkbench.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.qaworkbench.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Identified#getRowVersion <em>Row Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row Version</em>'.
	 * @see org.qaworkbench.model.Identified#getRowVersion()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_RowVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Identified#getModifiedBy <em>Modified By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified By</em>'.
	 * @see org.qaworkbench.model.Identified#getModifiedBy()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_ModifiedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Identified#getModifiedAt <em>Modified At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified At</em>'.
	 * @see org.qaworkbench.model.Identified#getModifiedAt()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_ModifiedAt();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service</em>'.
	 * @see org.qaworkbench.model.Service
	 * @generated
	 */
	EClass getService();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Service#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.qaworkbench.model.Service#getName()
	 * @see #getService()
	 * @generated
	 */
	EAttribute getService_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.Service#getLocalities <em>Localities</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Localities</em>'.
	 * @see org.qaworkbench.model.Service#getLocalities()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Localities();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.Service#getStaff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Staff</em>'.
	 * @see org.qaworkbench.model.Service#getStaff()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Staff();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Locality <em>Locality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Locality</em>'.
	 * @see org.qaworkbench.model.Locality
	 * @generated
	 */
	EClass getLocality();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Locality#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.qaworkbench.model.Locality#getName()
	 * @see #getLocality()
	 * @generated
	 */
	EAttribute getLocality_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.Locality#getTeams <em>Teams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Teams</em>'.
	 * @see org.qaworkbench.model.Locality#getTeams()
	 * @see #getLocality()
	 * @generated
	 */
	EReference getLocality_Teams();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Team <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Team</em>'.
	 * @see org.qaworkbench.model.Team
	 * @generated
	 */
	EClass getTeam();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Team#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.qaworkbench.model.Team#getName()
	 * @see #getTeam()
	 * @generated
	 */
	EAttribute getTeam_Name();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.Team#getLocality <em>Locality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Locality</em>'.
	 * @see org.qaworkbench.model.Team#getLocality()
	 * @see #getTeam()
	 * @generated
	 */
	EReference getTeam_Locality();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.StaffMember <em>Staff Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Staff Member</em>'.
	 * @see org.qaworkbench.model.StaffMember
	 * @generated
	 */
	EClass getStaffMember();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.StaffMember#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.qaworkbench.model.StaffMember#getName()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.StaffMember#getInitials <em>Initials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initials</em>'.
	 * @see org.qaworkbench.model.StaffMember#getInitials()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_Initials();

	/**
	 * Returns the meta object for the attribute list '{@link org.qaworkbench.model.StaffMember#getRoles <em>Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Roles</em>'.
	 * @see org.qaworkbench.model.StaffMember#getRoles()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_Roles();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.StaffMember#getLineManager <em>Line Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Line Manager</em>'.
	 * @see org.qaworkbench.model.StaffMember#getLineManager()
	 * @see #getStaffMember()
	 * @generated
	 */
	EReference getStaffMember_LineManager();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.StaffMember#getLocality <em>Locality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Locality</em>'.
	 * @see org.qaworkbench.model.StaffMember#getLocality()
	 * @see #getStaffMember()
	 * @generated
	 */
	EReference getStaffMember_Locality();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.StaffMember#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Team</em>'.
	 * @see org.qaworkbench.model.StaffMember#getTeam()
	 * @see #getStaffMember()
	 * @generated
	 */
	EReference getStaffMember_Team();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.StaffMember#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see org.qaworkbench.model.StaffMember#getStartDate()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.StaffMember#isPartTime <em>Part Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Part Time</em>'.
	 * @see org.qaworkbench.model.StaffMember#isPartTime()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_PartTime();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.StaffMember#getUserId <em>User Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Id</em>'.
	 * @see org.qaworkbench.model.StaffMember#getUserId()
	 * @see #getStaffMember()
	 * @generated
	 */
	EAttribute getStaffMember_UserId();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Child <em>Child</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Child</em>'.
	 * @see org.qaworkbench.model.Child
	 * @generated
	 */
	EClass getChild();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Child#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.qaworkbench.model.Child#getName()
	 * @see #getChild()
	 * @generated
	 */
	EAttribute getChild_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Child#getDateOfBirth <em>Date Of Birth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Of Birth</em>'.
	 * @see org.qaworkbench.model.Child#getDateOfBirth()
	 * @see #getChild()
	 * @generated
	 */
	EAttribute getChild_DateOfBirth();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Allocation <em>Allocation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Allocation</em>'.
	 * @see org.qaworkbench.model.Allocation
	 * @generated
	 */
	EClass getAllocation();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.Allocation#getWorker <em>Worker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Worker</em>'.
	 * @see org.qaworkbench.model.Allocation#getWorker()
	 * @see #getAllocation()
	 * @generated
	 */
	EReference getAllocation_Worker();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Allocation#getAllocatedOn <em>Allocated On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Allocated On</em>'.
	 * @see org.qaworkbench.model.Allocation#getAllocatedOn()
	 * @see #getAllocation()
	 * @generated
	 */
	EAttribute getAllocation_AllocatedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Allocation#getClosedOn <em>Closed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed On</em>'.
	 * @see org.qaworkbench.model.Allocation#getClosedOn()
	 * @see #getAllocation()
	 * @generated
	 */
	EAttribute getAllocation_ClosedOn();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.KeyDate <em>Key Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Key Date</em>'.
	 * @see org.qaworkbench.model.KeyDate
	 * @generated
	 */
	EClass getKeyDate();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.KeyDate#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.qaworkbench.model.KeyDate#getKind()
	 * @see #getKeyDate()
	 * @generated
	 */
	EAttribute getKeyDate_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.KeyDate#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.qaworkbench.model.KeyDate#getDate()
	 * @see #getKeyDate()
	 * @generated
	 */
	EAttribute getKeyDate_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.KeyDate#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.qaworkbench.model.KeyDate#getDetail()
	 * @see #getKeyDate()
	 * @generated
	 */
	EAttribute getKeyDate_Detail();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Case <em>Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case</em>'.
	 * @see org.qaworkbench.model.Case
	 * @generated
	 */
	EClass getCase();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Case#getCaseNumber <em>Case Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Number</em>'.
	 * @see org.qaworkbench.model.Case#getCaseNumber()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_CaseNumber();

	/**
	 * Returns the meta object for the containment reference '{@link org.qaworkbench.model.Case#getChild <em>Child</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Child</em>'.
	 * @see org.qaworkbench.model.Case#getChild()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Child();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Case#getFamilyNames <em>Family Names</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family Names</em>'.
	 * @see org.qaworkbench.model.Case#getFamilyNames()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_FamilyNames();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.Case#getLocality <em>Locality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Locality</em>'.
	 * @see org.qaworkbench.model.Case#getLocality()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Locality();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Case#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.qaworkbench.model.Case#getStatus()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Case#getReferralRoute <em>Referral Route</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Referral Route</em>'.
	 * @see org.qaworkbench.model.Case#getReferralRoute()
	 * @see #getCase()
	 * @generated
	 */
	EAttribute getCase_ReferralRoute();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.Case#getAllocations <em>Allocations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Allocations</em>'.
	 * @see org.qaworkbench.model.Case#getAllocations()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_Allocations();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.Case#getLineManager <em>Line Manager</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Line Manager</em>'.
	 * @see org.qaworkbench.model.Case#getLineManager()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_LineManager();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.Case#getKeyDates <em>Key Dates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Key Dates</em>'.
	 * @see org.qaworkbench.model.Case#getKeyDates()
	 * @see #getCase()
	 * @generated
	 */
	EReference getCase_KeyDates();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.ChecklistDefinition <em>Checklist Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checklist Definition</em>'.
	 * @see org.qaworkbench.model.ChecklistDefinition
	 * @generated
	 */
	EClass getChecklistDefinition();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ChecklistDefinition#getDefinitionId <em>Definition Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Id</em>'.
	 * @see org.qaworkbench.model.ChecklistDefinition#getDefinitionId()
	 * @see #getChecklistDefinition()
	 * @generated
	 */
	EAttribute getChecklistDefinition_DefinitionId();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ChecklistDefinition#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.qaworkbench.model.ChecklistDefinition#getVersion()
	 * @see #getChecklistDefinition()
	 * @generated
	 */
	EAttribute getChecklistDefinition_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ChecklistDefinition#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.qaworkbench.model.ChecklistDefinition#getTitle()
	 * @see #getChecklistDefinition()
	 * @generated
	 */
	EAttribute getChecklistDefinition_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ChecklistDefinition#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.qaworkbench.model.ChecklistDefinition#getPurpose()
	 * @see #getChecklistDefinition()
	 * @generated
	 */
	EAttribute getChecklistDefinition_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ChecklistDefinition#getSubjectKind <em>Subject Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Kind</em>'.
	 * @see org.qaworkbench.model.ChecklistDefinition#getSubjectKind()
	 * @see #getChecklistDefinition()
	 * @generated
	 */
	EAttribute getChecklistDefinition_SubjectKind();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.ChecklistDefinition#getScales <em>Scales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scales</em>'.
	 * @see org.qaworkbench.model.ChecklistDefinition#getScales()
	 * @see #getChecklistDefinition()
	 * @generated
	 */
	EReference getChecklistDefinition_Scales();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.ChecklistDefinition#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.qaworkbench.model.ChecklistDefinition#getSections()
	 * @see #getChecklistDefinition()
	 * @generated
	 */
	EReference getChecklistDefinition_Sections();

	/**
	 * Returns the meta object for the containment reference '{@link org.qaworkbench.model.ChecklistDefinition#getOverallScoring <em>Overall Scoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Overall Scoring</em>'.
	 * @see org.qaworkbench.model.ChecklistDefinition#getOverallScoring()
	 * @see #getChecklistDefinition()
	 * @generated
	 */
	EReference getChecklistDefinition_OverallScoring();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Scale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scale</em>'.
	 * @see org.qaworkbench.model.Scale
	 * @generated
	 */
	EClass getScale();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Scale#getScaleId <em>Scale Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scale Id</em>'.
	 * @see org.qaworkbench.model.Scale#getScaleId()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_ScaleId();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Scale#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.qaworkbench.model.Scale#getName()
	 * @see #getScale()
	 * @generated
	 */
	EAttribute getScale_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.Scale#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Levels</em>'.
	 * @see org.qaworkbench.model.Scale#getLevels()
	 * @see #getScale()
	 * @generated
	 */
	EReference getScale_Levels();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Level <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Level</em>'.
	 * @see org.qaworkbench.model.Level
	 * @generated
	 */
	EClass getLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Level#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.qaworkbench.model.Level#getValue()
	 * @see #getLevel()
	 * @generated
	 */
	EAttribute getLevel_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Level#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.qaworkbench.model.Level#getLabel()
	 * @see #getLevel()
	 * @generated
	 */
	EAttribute getLevel_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Level#getDescriptor <em>Descriptor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Descriptor</em>'.
	 * @see org.qaworkbench.model.Level#getDescriptor()
	 * @see #getLevel()
	 * @generated
	 */
	EAttribute getLevel_Descriptor();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Level#isNotApplicable <em>Not Applicable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Applicable</em>'.
	 * @see org.qaworkbench.model.Level#isNotApplicable()
	 * @see #getLevel()
	 * @generated
	 */
	EAttribute getLevel_NotApplicable();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see org.qaworkbench.model.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Section#getSectionId <em>Section Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Id</em>'.
	 * @see org.qaworkbench.model.Section#getSectionId()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_SectionId();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Section#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.qaworkbench.model.Section#getTitle()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Title();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.Section#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see org.qaworkbench.model.Section#getItems()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Items();

	/**
	 * Returns the meta object for the containment reference '{@link org.qaworkbench.model.Section#getScoring <em>Scoring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Scoring</em>'.
	 * @see org.qaworkbench.model.Section#getScoring()
	 * @see #getSection()
	 * @generated
	 */
	EReference getSection_Scoring();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Item <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Item</em>'.
	 * @see org.qaworkbench.model.Item
	 * @generated
	 */
	EClass getItem();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Item#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see org.qaworkbench.model.Item#getItemId()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Item#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.qaworkbench.model.Item#getText()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Item#getGuidance <em>Guidance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Guidance</em>'.
	 * @see org.qaworkbench.model.Item#getGuidance()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Guidance();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Item#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.qaworkbench.model.Item#getKind()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Item#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see org.qaworkbench.model.Item#isRequired()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Required();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.Item#getScale <em>Scale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scale</em>'.
	 * @see org.qaworkbench.model.Item#getScale()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_Scale();

	/**
	 * Returns the meta object for the attribute list '{@link org.qaworkbench.model.Item#getChoices <em>Choices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Choices</em>'.
	 * @see org.qaworkbench.model.Item#getChoices()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Choices();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Item#getMatrixFiles <em>Matrix Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Matrix Files</em>'.
	 * @see org.qaworkbench.model.Item#getMatrixFiles()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_MatrixFiles();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Item#isPersonal <em>Personal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Personal</em>'.
	 * @see org.qaworkbench.model.Item#isPersonal()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Personal();

	/**
	 * Returns the meta object for the containment reference '{@link org.qaworkbench.model.Item#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Condition</em>'.
	 * @see org.qaworkbench.model.Item#getCondition()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Item#getMinimum <em>Minimum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minimum</em>'.
	 * @see org.qaworkbench.model.Item#getMinimum()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Minimum();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Item#getMaximum <em>Maximum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Maximum</em>'.
	 * @see org.qaworkbench.model.Item#getMaximum()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Maximum();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.Item#getNotBefore <em>Not Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Not Before</em>'.
	 * @see org.qaworkbench.model.Item#getNotBefore()
	 * @see #getItem()
	 * @generated
	 */
	EReference getItem_NotBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Item#isFuture <em>Future</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Future</em>'.
	 * @see org.qaworkbench.model.Item#isFuture()
	 * @see #getItem()
	 * @generated
	 */
	EAttribute getItem_Future();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see org.qaworkbench.model.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.Condition#getItem <em>Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Item</em>'.
	 * @see org.qaworkbench.model.Condition#getItem()
	 * @see #getCondition()
	 * @generated
	 */
	EReference getCondition_Item();

	/**
	 * Returns the meta object for the attribute list '{@link org.qaworkbench.model.Condition#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Answers</em>'.
	 * @see org.qaworkbench.model.Condition#getAnswers()
	 * @see #getCondition()
	 * @generated
	 */
	EAttribute getCondition_Answers();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.ScoringRule <em>Scoring Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scoring Rule</em>'.
	 * @see org.qaworkbench.model.ScoringRule
	 * @generated
	 */
	EClass getScoringRule();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ScoringRule#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.qaworkbench.model.ScoringRule#getMethod()
	 * @see #getScoringRule()
	 * @generated
	 */
	EAttribute getScoringRule_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ScoringRule#getRounding <em>Rounding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rounding</em>'.
	 * @see org.qaworkbench.model.ScoringRule#getRounding()
	 * @see #getScoringRule()
	 * @generated
	 */
	EAttribute getScoringRule_Rounding();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ScoringRule#getDecimals <em>Decimals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decimals</em>'.
	 * @see org.qaworkbench.model.ScoringRule#getDecimals()
	 * @see #getScoringRule()
	 * @generated
	 */
	EAttribute getScoringRule_Decimals();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ScoringRule#getScorerId <em>Scorer Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scorer Id</em>'.
	 * @see org.qaworkbench.model.ScoringRule#getScorerId()
	 * @see #getScoringRule()
	 * @generated
	 */
	EAttribute getScoringRule_ScorerId();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Answer <em>Answer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Answer</em>'.
	 * @see org.qaworkbench.model.Answer
	 * @generated
	 */
	EClass getAnswer();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Answer#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see org.qaworkbench.model.Answer#getItemId()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Answer#getFileIndex <em>File Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Index</em>'.
	 * @see org.qaworkbench.model.Answer#getFileIndex()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_FileIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Answer#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.qaworkbench.model.Answer#getValue()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Answer#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.qaworkbench.model.Answer#getComment()
	 * @see #getAnswer()
	 * @generated
	 */
	EAttribute getAnswer_Comment();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Score <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score</em>'.
	 * @see org.qaworkbench.model.Score
	 * @generated
	 */
	EClass getScore();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Score#getSectionId <em>Section Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section Id</em>'.
	 * @see org.qaworkbench.model.Score#getSectionId()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_SectionId();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Score#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.qaworkbench.model.Score#getValue()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Score#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.qaworkbench.model.Score#getLabel()
	 * @see #getScore()
	 * @generated
	 */
	EAttribute getScore_Label();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.SignOff <em>Sign Off</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sign Off</em>'.
	 * @see org.qaworkbench.model.SignOff
	 * @generated
	 */
	EClass getSignOff();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SignOff#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.qaworkbench.model.SignOff#getStep()
	 * @see #getSignOff()
	 * @generated
	 */
	EAttribute getSignOff_Step();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SignOff#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see org.qaworkbench.model.SignOff#getBy()
	 * @see #getSignOff()
	 * @generated
	 */
	EAttribute getSignOff_By();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SignOff#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.qaworkbench.model.SignOff#getRole()
	 * @see #getSignOff()
	 * @generated
	 */
	EAttribute getSignOff_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SignOff#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.qaworkbench.model.SignOff#getAt()
	 * @see #getSignOff()
	 * @generated
	 */
	EAttribute getSignOff_At();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SignOff#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.qaworkbench.model.SignOff#getNote()
	 * @see #getSignOff()
	 * @generated
	 */
	EAttribute getSignOff_Note();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Amendment <em>Amendment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Amendment</em>'.
	 * @see org.qaworkbench.model.Amendment
	 * @generated
	 */
	EClass getAmendment();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Amendment#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see org.qaworkbench.model.Amendment#getBy()
	 * @see #getAmendment()
	 * @generated
	 */
	EAttribute getAmendment_By();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Amendment#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.qaworkbench.model.Amendment#getAt()
	 * @see #getAmendment()
	 * @generated
	 */
	EAttribute getAmendment_At();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Amendment#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.qaworkbench.model.Amendment#getReason()
	 * @see #getAmendment()
	 * @generated
	 */
	EAttribute getAmendment_Reason();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see org.qaworkbench.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getDefinitionId <em>Definition Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Id</em>'.
	 * @see org.qaworkbench.model.Assessment#getDefinitionId()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_DefinitionId();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getDefinitionVersion <em>Definition Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Version</em>'.
	 * @see org.qaworkbench.model.Assessment#getDefinitionVersion()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_DefinitionVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getDefinitionHash <em>Definition Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Hash</em>'.
	 * @see org.qaworkbench.model.Assessment#getDefinitionHash()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_DefinitionHash();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getSubjectKind <em>Subject Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Kind</em>'.
	 * @see org.qaworkbench.model.Assessment#getSubjectKind()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_SubjectKind();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getSubjectKey <em>Subject Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject Key</em>'.
	 * @see org.qaworkbench.model.Assessment#getSubjectKey()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_SubjectKey();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.Assessment#getLocality <em>Locality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Locality</em>'.
	 * @see org.qaworkbench.model.Assessment#getLocality()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Locality();

	/**
	 * Returns the meta object for the reference list '{@link org.qaworkbench.model.Assessment#getAssessors <em>Assessors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Assessors</em>'.
	 * @see org.qaworkbench.model.Assessment#getAssessors()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Assessors();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getStartedOn <em>Started On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started On</em>'.
	 * @see org.qaworkbench.model.Assessment#getStartedOn()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_StartedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getCompletedOn <em>Completed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed On</em>'.
	 * @see org.qaworkbench.model.Assessment#getCompletedOn()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_CompletedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.qaworkbench.model.Assessment#getState()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_State();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.Assessment#getAnswers <em>Answers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Answers</em>'.
	 * @see org.qaworkbench.model.Assessment#getAnswers()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Answers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.Assessment#getScores <em>Scores</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Scores</em>'.
	 * @see org.qaworkbench.model.Assessment#getScores()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Scores();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getJudgement <em>Judgement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Judgement</em>'.
	 * @see org.qaworkbench.model.Assessment#getJudgement()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Judgement();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getJudgementRationale <em>Judgement Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Judgement Rationale</em>'.
	 * @see org.qaworkbench.model.Assessment#getJudgementRationale()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_JudgementRationale();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comments</em>'.
	 * @see org.qaworkbench.model.Assessment#getComments()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Comments();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getLessonsLearnt <em>Lessons Learnt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lessons Learnt</em>'.
	 * @see org.qaworkbench.model.Assessment#getLessonsLearnt()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_LessonsLearnt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.Assessment#getSignOffs <em>Sign Offs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sign Offs</em>'.
	 * @see org.qaworkbench.model.Assessment#getSignOffs()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_SignOffs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.Assessment#getAmendments <em>Amendments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Amendments</em>'.
	 * @see org.qaworkbench.model.Assessment#getAmendments()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Amendments();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getAuditKind <em>Audit Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Audit Kind</em>'.
	 * @see org.qaworkbench.model.Assessment#getAuditKind()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_AuditKind();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Theme</em>'.
	 * @see org.qaworkbench.model.Assessment#getTheme()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Theme();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getOwnLocalityReason <em>Own Locality Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Own Locality Reason</em>'.
	 * @see org.qaworkbench.model.Assessment#getOwnLocalityReason()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_OwnLocalityReason();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getModeratedJudgement <em>Moderated Judgement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Moderated Judgement</em>'.
	 * @see org.qaworkbench.model.Assessment#getModeratedJudgement()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_ModeratedJudgement();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getModerationReason <em>Moderation Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Moderation Reason</em>'.
	 * @see org.qaworkbench.model.Assessment#getModerationReason()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_ModerationReason();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getSharedOn <em>Shared On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared On</em>'.
	 * @see org.qaworkbench.model.Assessment#getSharedOn()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_SharedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Assessment#getPractitionerResponse <em>Practitioner Response</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Practitioner Response</em>'.
	 * @see org.qaworkbench.model.Assessment#getPractitionerResponse()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_PractitionerResponse();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.Assessment#getSampleDraws <em>Sample Draws</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sample Draws</em>'.
	 * @see org.qaworkbench.model.Assessment#getSampleDraws()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_SampleDraws();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.SampleDraw <em>Sample Draw</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sample Draw</em>'.
	 * @see org.qaworkbench.model.SampleDraw
	 * @generated
	 */
	EClass getSampleDraw();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SampleDraw#getSeed <em>Seed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seed</em>'.
	 * @see org.qaworkbench.model.SampleDraw#getSeed()
	 * @see #getSampleDraw()
	 * @generated
	 */
	EAttribute getSampleDraw_Seed();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.SampleDraw#getTeam <em>Team</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Team</em>'.
	 * @see org.qaworkbench.model.SampleDraw#getTeam()
	 * @see #getSampleDraw()
	 * @generated
	 */
	EReference getSampleDraw_Team();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SampleDraw#getDrawnFrom <em>Drawn From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Drawn From</em>'.
	 * @see org.qaworkbench.model.SampleDraw#getDrawnFrom()
	 * @see #getSampleDraw()
	 * @generated
	 */
	EAttribute getSampleDraw_DrawnFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SampleDraw#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Files</em>'.
	 * @see org.qaworkbench.model.SampleDraw#getFiles()
	 * @see #getSampleDraw()
	 * @generated
	 */
	EAttribute getSampleDraw_Files();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SampleDraw#getBy <em>By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By</em>'.
	 * @see org.qaworkbench.model.SampleDraw#getBy()
	 * @see #getSampleDraw()
	 * @generated
	 */
	EAttribute getSampleDraw_By();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SampleDraw#getAt <em>At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At</em>'.
	 * @see org.qaworkbench.model.SampleDraw#getAt()
	 * @see #getSampleDraw()
	 * @generated
	 */
	EAttribute getSampleDraw_At();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SampleDraw#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.qaworkbench.model.SampleDraw#getReason()
	 * @see #getSampleDraw()
	 * @generated
	 */
	EAttribute getSampleDraw_Reason();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.FollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Follow Up</em>'.
	 * @see org.qaworkbench.model.FollowUp
	 * @generated
	 */
	EClass getFollowUp();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.FollowUp#getDueOn <em>Due On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due On</em>'.
	 * @see org.qaworkbench.model.FollowUp#getDueOn()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_DueOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.FollowUp#getCheckedOn <em>Checked On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Checked On</em>'.
	 * @see org.qaworkbench.model.FollowUp#getCheckedOn()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_CheckedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.FollowUp#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see org.qaworkbench.model.FollowUp#isDone()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Done();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.FollowUp#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see org.qaworkbench.model.FollowUp#getOutcome()
	 * @see #getFollowUp()
	 * @generated
	 */
	EAttribute getFollowUp_Outcome();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.RemedialAction <em>Remedial Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Remedial Action</em>'.
	 * @see org.qaworkbench.model.RemedialAction
	 * @generated
	 */
	EClass getRemedialAction();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.RemedialAction#getAssessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Assessment</em>'.
	 * @see org.qaworkbench.model.RemedialAction#getAssessment()
	 * @see #getRemedialAction()
	 * @generated
	 */
	EReference getRemedialAction_Assessment();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.RemedialAction#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see org.qaworkbench.model.RemedialAction#getItemId()
	 * @see #getRemedialAction()
	 * @generated
	 */
	EAttribute getRemedialAction_ItemId();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.RemedialAction#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.qaworkbench.model.RemedialAction#getAction()
	 * @see #getRemedialAction()
	 * @generated
	 */
	EAttribute getRemedialAction_Action();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.RemedialAction#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.qaworkbench.model.RemedialAction#getOwner()
	 * @see #getRemedialAction()
	 * @generated
	 */
	EReference getRemedialAction_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.RemedialAction#getDueOn <em>Due On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due On</em>'.
	 * @see org.qaworkbench.model.RemedialAction#getDueOn()
	 * @see #getRemedialAction()
	 * @generated
	 */
	EAttribute getRemedialAction_DueOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.RemedialAction#getHowAddressed <em>How Addressed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>How Addressed</em>'.
	 * @see org.qaworkbench.model.RemedialAction#getHowAddressed()
	 * @see #getRemedialAction()
	 * @generated
	 */
	EAttribute getRemedialAction_HowAddressed();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.RemedialAction#getCompletedOn <em>Completed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed On</em>'.
	 * @see org.qaworkbench.model.RemedialAction#getCompletedOn()
	 * @see #getRemedialAction()
	 * @generated
	 */
	EAttribute getRemedialAction_CompletedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.RemedialAction#getInitials <em>Initials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initials</em>'.
	 * @see org.qaworkbench.model.RemedialAction#getInitials()
	 * @see #getRemedialAction()
	 * @generated
	 */
	EAttribute getRemedialAction_Initials();

	/**
	 * Returns the meta object for the containment reference '{@link org.qaworkbench.model.RemedialAction#getFollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Follow Up</em>'.
	 * @see org.qaworkbench.model.RemedialAction#getFollowUp()
	 * @see #getRemedialAction()
	 * @generated
	 */
	EReference getRemedialAction_FollowUp();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.RemedialAction#getObservation <em>Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Observation</em>'.
	 * @see org.qaworkbench.model.RemedialAction#getObservation()
	 * @see #getRemedialAction()
	 * @generated
	 */
	EReference getRemedialAction_Observation();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Consent <em>Consent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consent</em>'.
	 * @see org.qaworkbench.model.Consent
	 * @generated
	 */
	EClass getConsent();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Consent#getGivenBy <em>Given By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given By</em>'.
	 * @see org.qaworkbench.model.Consent#getGivenBy()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_GivenBy();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Consent#getGivenTo <em>Given To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given To</em>'.
	 * @see org.qaworkbench.model.Consent#getGivenTo()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_GivenTo();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Consent#getGivenOn <em>Given On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given On</em>'.
	 * @see org.qaworkbench.model.Consent#getGivenOn()
	 * @see #getConsent()
	 * @generated
	 */
	EAttribute getConsent_GivenOn();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.Narrative <em>Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Narrative</em>'.
	 * @see org.qaworkbench.model.Narrative
	 * @generated
	 */
	EClass getNarrative();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Narrative#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.qaworkbench.model.Narrative#getTopic()
	 * @see #getNarrative()
	 * @generated
	 */
	EAttribute getNarrative_Topic();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.Narrative#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.qaworkbench.model.Narrative#getText()
	 * @see #getNarrative()
	 * @generated
	 */
	EAttribute getNarrative_Text();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.DirectObservation <em>Direct Observation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Direct Observation</em>'.
	 * @see org.qaworkbench.model.DirectObservation
	 * @generated
	 */
	EClass getDirectObservation();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getObservedOn <em>Observed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observed On</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getObservedOn()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_ObservedOn();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.DirectObservation#getPractitioner <em>Practitioner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Practitioner</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getPractitioner()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EReference getDirectObservation_Practitioner();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.DirectObservation#getObserver <em>Observer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Observer</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getObserver()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EReference getDirectObservation_Observer();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getCaseNumber <em>Case Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Number</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getCaseNumber()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_CaseNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getSetting <em>Setting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Setting</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getSetting()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_Setting();

	/**
	 * Returns the meta object for the containment reference '{@link org.qaworkbench.model.DirectObservation#getConsent <em>Consent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Consent</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getConsent()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EReference getDirectObservation_Consent();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getAgreedObjectives <em>Agreed Objectives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agreed Objectives</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getAgreedObjectives()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_AgreedObjectives();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.DirectObservation#getNarratives <em>Narratives</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Narratives</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getNarratives()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EReference getDirectObservation_Narratives();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getGrade()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_Grade();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recommendations</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getRecommendations()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_Recommendations();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getPractitionerComment <em>Practitioner Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Practitioner Comment</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getPractitionerComment()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_PractitionerComment();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getServiceUserComment <em>Service User Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Service User Comment</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getServiceUserComment()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_ServiceUserComment();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getState()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_State();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getLearningFocus <em>Learning Focus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Learning Focus</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getLearningFocus()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_LearningFocus();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getObserverRole <em>Observer Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Observer Role</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getObserverRole()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_ObserverRole();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getFeedbackPlan <em>Feedback Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Feedback Plan</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getFeedbackPlan()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_FeedbackPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getPractitionerReflection <em>Practitioner Reflection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Practitioner Reflection</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getPractitionerReflection()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_PractitionerReflection();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getActionsDueOn <em>Actions Due On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actions Due On</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getActionsDueOn()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_ActionsDueOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getDefinitionId <em>Definition Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Id</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getDefinitionId()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_DefinitionId();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getDefinitionVersion <em>Definition Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Version</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getDefinitionVersion()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_DefinitionVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.DirectObservation#getDefinitionHash <em>Definition Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Hash</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getDefinitionHash()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EAttribute getDirectObservation_DefinitionHash();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.DirectObservation#getSignOffs <em>Sign Offs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sign Offs</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getSignOffs()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EReference getDirectObservation_SignOffs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.DirectObservation#getAmendments <em>Amendments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Amendments</em>'.
	 * @see org.qaworkbench.model.DirectObservation#getAmendments()
	 * @see #getDirectObservation()
	 * @generated
	 */
	EReference getDirectObservation_Amendments();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.SupervisionContract <em>Supervision Contract</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supervision Contract</em>'.
	 * @see org.qaworkbench.model.SupervisionContract
	 * @generated
	 */
	EClass getSupervisionContract();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.SupervisionContract#getSupervisor <em>Supervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supervisor</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getSupervisor()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EReference getSupervisionContract_Supervisor();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.SupervisionContract#getSupervisee <em>Supervisee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supervisee</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getSupervisee()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EReference getSupervisionContract_Supervisee();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionContract#getFrequency <em>Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getFrequency()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EAttribute getSupervisionContract_Frequency();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionContract#getReasonsLessFrequent <em>Reasons Less Frequent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reasons Less Frequent</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getReasonsLessFrequent()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EAttribute getSupervisionContract_ReasonsLessFrequent();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionContract#getPreparation <em>Preparation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preparation</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getPreparation()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EAttribute getSupervisionContract_Preparation();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionContract#getStorage <em>Storage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Storage</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getStorage()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EAttribute getSupervisionContract_Storage();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionContract#getSignedBySupervisorOn <em>Signed By Supervisor On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed By Supervisor On</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getSignedBySupervisorOn()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EAttribute getSupervisionContract_SignedBySupervisorOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionContract#getSignedBySuperviseeOn <em>Signed By Supervisee On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed By Supervisee On</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getSignedBySuperviseeOn()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EAttribute getSupervisionContract_SignedBySuperviseeOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionContract#getReviewOn <em>Review On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review On</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getReviewOn()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EAttribute getSupervisionContract_ReviewOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionContract#getFrequencyPeriod <em>Frequency Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frequency Period</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getFrequencyPeriod()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EAttribute getSupervisionContract_FrequencyPeriod();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionContract#getReviewPeriod <em>Review Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Period</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getReviewPeriod()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EAttribute getSupervisionContract_ReviewPeriod();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.SupervisionContract#getSupersedes <em>Supersedes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supersedes</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getSupersedes()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EReference getSupervisionContract_Supersedes();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionContract#getDefinitionId <em>Definition Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Id</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getDefinitionId()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EAttribute getSupervisionContract_DefinitionId();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionContract#getDefinitionVersion <em>Definition Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Version</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getDefinitionVersion()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EAttribute getSupervisionContract_DefinitionVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionContract#getDefinitionHash <em>Definition Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Hash</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getDefinitionHash()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EAttribute getSupervisionContract_DefinitionHash();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionContract#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getState()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EAttribute getSupervisionContract_State();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.SupervisionContract#getSignOffs <em>Sign Offs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sign Offs</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getSignOffs()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EReference getSupervisionContract_SignOffs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.SupervisionContract#getAmendments <em>Amendments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Amendments</em>'.
	 * @see org.qaworkbench.model.SupervisionContract#getAmendments()
	 * @see #getSupervisionContract()
	 * @generated
	 */
	EReference getSupervisionContract_Amendments();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.SupervisionSession <em>Supervision Session</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supervision Session</em>'.
	 * @see org.qaworkbench.model.SupervisionSession
	 * @generated
	 */
	EClass getSupervisionSession();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.SupervisionSession#getSupervisor <em>Supervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supervisor</em>'.
	 * @see org.qaworkbench.model.SupervisionSession#getSupervisor()
	 * @see #getSupervisionSession()
	 * @generated
	 */
	EReference getSupervisionSession_Supervisor();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.SupervisionSession#getSupervisee <em>Supervisee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supervisee</em>'.
	 * @see org.qaworkbench.model.SupervisionSession#getSupervisee()
	 * @see #getSupervisionSession()
	 * @generated
	 */
	EReference getSupervisionSession_Supervisee();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionSession#getSessionOn <em>Session On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session On</em>'.
	 * @see org.qaworkbench.model.SupervisionSession#getSessionOn()
	 * @see #getSupervisionSession()
	 * @generated
	 */
	EAttribute getSupervisionSession_SessionOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionSession#isHeld <em>Held</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Held</em>'.
	 * @see org.qaworkbench.model.SupervisionSession#isHeld()
	 * @see #getSupervisionSession()
	 * @generated
	 */
	EAttribute getSupervisionSession_Held();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionSession#getMissedReason <em>Missed Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missed Reason</em>'.
	 * @see org.qaworkbench.model.SupervisionSession#getMissedReason()
	 * @see #getSupervisionSession()
	 * @generated
	 */
	EAttribute getSupervisionSession_MissedReason();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionSession#getNextOn <em>Next On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next On</em>'.
	 * @see org.qaworkbench.model.SupervisionSession#getNextOn()
	 * @see #getSupervisionSession()
	 * @generated
	 */
	EAttribute getSupervisionSession_NextOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionSession#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notes</em>'.
	 * @see org.qaworkbench.model.SupervisionSession#getNotes()
	 * @see #getSupervisionSession()
	 * @generated
	 */
	EAttribute getSupervisionSession_Notes();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionSession#getInitials <em>Initials</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initials</em>'.
	 * @see org.qaworkbench.model.SupervisionSession#getInitials()
	 * @see #getSupervisionSession()
	 * @generated
	 */
	EAttribute getSupervisionSession_Initials();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.SupervisionSession#getRecord <em>Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Record</em>'.
	 * @see org.qaworkbench.model.SupervisionSession#getRecord()
	 * @see #getSupervisionSession()
	 * @generated
	 */
	EReference getSupervisionSession_Record();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.AgendaItem <em>Agenda Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agenda Item</em>'.
	 * @see org.qaworkbench.model.AgendaItem
	 * @generated
	 */
	EClass getAgendaItem();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.AgendaItem#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.qaworkbench.model.AgendaItem#getTopic()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Topic();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.AgendaItem#getDiscussion <em>Discussion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Discussion</em>'.
	 * @see org.qaworkbench.model.AgendaItem#getDiscussion()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Discussion();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.AgendaItem#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see org.qaworkbench.model.AgendaItem#getDecision()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Decision();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.AgendaItem#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actions</em>'.
	 * @see org.qaworkbench.model.AgendaItem#getActions()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Actions();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.AgendaItem#getByWhom <em>By Whom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By Whom</em>'.
	 * @see org.qaworkbench.model.AgendaItem#getByWhom()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_ByWhom();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.AgendaItem#getTimescale <em>Timescale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timescale</em>'.
	 * @see org.qaworkbench.model.AgendaItem#getTimescale()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_Timescale();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.AgendaItem#getItemId <em>Item Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Item Id</em>'.
	 * @see org.qaworkbench.model.AgendaItem#getItemId()
	 * @see #getAgendaItem()
	 * @generated
	 */
	EAttribute getAgendaItem_ItemId();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.SupervisionRecord <em>Supervision Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Supervision Record</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord
	 * @generated
	 */
	EClass getSupervisionRecord();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.SupervisionRecord#getSupervisor <em>Supervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supervisor</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getSupervisor()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EReference getSupervisionRecord_Supervisor();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.SupervisionRecord#getSupervisee <em>Supervisee</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supervisee</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getSupervisee()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EReference getSupervisionRecord_Supervisee();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionRecord#getHeldOn <em>Held On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Held On</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getHeldOn()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EAttribute getSupervisionRecord_HeldOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.SupervisionRecord#getAgendaItems <em>Agenda Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agenda Items</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getAgendaItems()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EReference getSupervisionRecord_AgendaItems();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionRecord#getSignedBySupervisorOn <em>Signed By Supervisor On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed By Supervisor On</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getSignedBySupervisorOn()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EAttribute getSupervisionRecord_SignedBySupervisorOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionRecord#getSignedBySuperviseeOn <em>Signed By Supervisee On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed By Supervisee On</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getSignedBySuperviseeOn()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EAttribute getSupervisionRecord_SignedBySuperviseeOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionRecord#getNextOn <em>Next On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next On</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getNextOn()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EAttribute getSupervisionRecord_NextOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionRecord#getNextTime <em>Next Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Time</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getNextTime()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EAttribute getSupervisionRecord_NextTime();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.SupervisionRecord#getReviews <em>Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reviews</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getReviews()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EReference getSupervisionRecord_Reviews();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionRecord#getDefinitionId <em>Definition Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Id</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getDefinitionId()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EAttribute getSupervisionRecord_DefinitionId();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionRecord#getDefinitionVersion <em>Definition Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Version</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getDefinitionVersion()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EAttribute getSupervisionRecord_DefinitionVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionRecord#getDefinitionHash <em>Definition Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Hash</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getDefinitionHash()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EAttribute getSupervisionRecord_DefinitionHash();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.SupervisionRecord#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getState()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EAttribute getSupervisionRecord_State();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.SupervisionRecord#getSignOffs <em>Sign Offs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sign Offs</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getSignOffs()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EReference getSupervisionRecord_SignOffs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.SupervisionRecord#getAmendments <em>Amendments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Amendments</em>'.
	 * @see org.qaworkbench.model.SupervisionRecord#getAmendments()
	 * @see #getSupervisionRecord()
	 * @generated
	 */
	EReference getSupervisionRecord_Amendments();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.CaseworkSupervision <em>Casework Supervision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Casework Supervision</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision
	 * @generated
	 */
	EClass getCaseworkSupervision();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getCaseNumber <em>Case Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Number</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getCaseNumber()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_CaseNumber();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.CaseworkSupervision#getSupervisor <em>Supervisor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supervisor</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getSupervisor()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EReference getCaseworkSupervision_Supervisor();

	/**
	 * Returns the meta object for the reference '{@link org.qaworkbench.model.CaseworkSupervision#getWorker <em>Worker</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Worker</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getWorker()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EReference getCaseworkSupervision_Worker();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getHeldOn <em>Held On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Held On</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getHeldOn()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_HeldOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getPurposeOfInvolvement <em>Purpose Of Involvement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose Of Involvement</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getPurposeOfInvolvement()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_PurposeOfInvolvement();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getReviewOfActions <em>Review Of Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Review Of Actions</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getReviewOfActions()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_ReviewOfActions();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getLastAssessmentOn <em>Last Assessment On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Assessment On</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getLastAssessmentOn()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_LastAssessmentOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getChildLastSeenOn <em>Child Last Seen On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Child Last Seen On</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getChildLastSeenOn()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_ChildLastSeenOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getWhatHasHappened <em>What Has Happened</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>What Has Happened</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getWhatHasHappened()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_WhatHasHappened();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getSmartPlan <em>Smart Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Smart Plan</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getSmartPlan()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_SmartPlan();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getWishesAndFeelings <em>Wishes And Feelings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Wishes And Feelings</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getWishesAndFeelings()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_WishesAndFeelings();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getPositiveChange <em>Positive Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Positive Change</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getPositiveChange()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_PositiveChange();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getRiskAnalysis <em>Risk Analysis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Risk Analysis</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getRiskAnalysis()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_RiskAnalysis();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getStrengths <em>Strengths</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strengths</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getStrengths()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_Strengths();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getAgreedActions <em>Agreed Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Agreed Actions</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getAgreedActions()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_AgreedActions();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getCaseStatus <em>Case Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Status</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getCaseStatus()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_CaseStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#isSupportPlanUpToDate <em>Support Plan Up To Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Support Plan Up To Date</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#isSupportPlanUpToDate()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_SupportPlanUpToDate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.CaseworkSupervision#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getActions()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EReference getCaseworkSupervision_Actions();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getDefinitionId <em>Definition Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Id</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getDefinitionId()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_DefinitionId();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getDefinitionVersion <em>Definition Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Version</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getDefinitionVersion()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_DefinitionVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getDefinitionHash <em>Definition Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition Hash</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getDefinitionHash()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_DefinitionHash();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.CaseworkSupervision#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getState()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EAttribute getCaseworkSupervision_State();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.CaseworkSupervision#getSignOffs <em>Sign Offs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sign Offs</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getSignOffs()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EReference getCaseworkSupervision_SignOffs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.qaworkbench.model.CaseworkSupervision#getAmendments <em>Amendments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Amendments</em>'.
	 * @see org.qaworkbench.model.CaseworkSupervision#getAmendments()
	 * @see #getCaseworkSupervision()
	 * @generated
	 */
	EReference getCaseworkSupervision_Amendments();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.ActionReview <em>Action Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Review</em>'.
	 * @see org.qaworkbench.model.ActionReview
	 * @generated
	 */
	EClass getActionReview();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ActionReview#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.qaworkbench.model.ActionReview#getOrigin()
	 * @see #getActionReview()
	 * @generated
	 */
	EAttribute getActionReview_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ActionReview#getOriginId <em>Origin Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin Id</em>'.
	 * @see org.qaworkbench.model.ActionReview#getOriginId()
	 * @see #getActionReview()
	 * @generated
	 */
	EAttribute getActionReview_OriginId();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ActionReview#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.qaworkbench.model.ActionReview#getAction()
	 * @see #getActionReview()
	 * @generated
	 */
	EAttribute getActionReview_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ActionReview#getByWhom <em>By Whom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By Whom</em>'.
	 * @see org.qaworkbench.model.ActionReview#getByWhom()
	 * @see #getActionReview()
	 * @generated
	 */
	EAttribute getActionReview_ByWhom();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ActionReview#getTimescale <em>Timescale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Timescale</em>'.
	 * @see org.qaworkbench.model.ActionReview#getTimescale()
	 * @see #getActionReview()
	 * @generated
	 */
	EAttribute getActionReview_Timescale();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ActionReview#getDueOn <em>Due On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due On</em>'.
	 * @see org.qaworkbench.model.ActionReview#getDueOn()
	 * @see #getActionReview()
	 * @generated
	 */
	EAttribute getActionReview_DueOn();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ActionReview#isDone <em>Done</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Done</em>'.
	 * @see org.qaworkbench.model.ActionReview#isDone()
	 * @see #getActionReview()
	 * @generated
	 */
	EAttribute getActionReview_Done();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.ActionReview#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.qaworkbench.model.ActionReview#getComment()
	 * @see #getActionReview()
	 * @generated
	 */
	EAttribute getActionReview_Comment();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.AgreedAction <em>Agreed Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agreed Action</em>'.
	 * @see org.qaworkbench.model.AgreedAction
	 * @generated
	 */
	EClass getAgreedAction();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.AgreedAction#getAction <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Action</em>'.
	 * @see org.qaworkbench.model.AgreedAction#getAction()
	 * @see #getAgreedAction()
	 * @generated
	 */
	EAttribute getAgreedAction_Action();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.AgreedAction#getByWhom <em>By Whom</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>By Whom</em>'.
	 * @see org.qaworkbench.model.AgreedAction#getByWhom()
	 * @see #getAgreedAction()
	 * @generated
	 */
	EAttribute getAgreedAction_ByWhom();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.AgreedAction#getDueOn <em>Due On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due On</em>'.
	 * @see org.qaworkbench.model.AgreedAction#getDueOn()
	 * @see #getAgreedAction()
	 * @generated
	 */
	EAttribute getAgreedAction_DueOn();

	/**
	 * Returns the meta object for class '{@link org.qaworkbench.model.AuditTheme <em>Audit Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Audit Theme</em>'.
	 * @see org.qaworkbench.model.AuditTheme
	 * @generated
	 */
	EClass getAuditTheme();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.AuditTheme#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.qaworkbench.model.AuditTheme#getName()
	 * @see #getAuditTheme()
	 * @generated
	 */
	EAttribute getAuditTheme_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.qaworkbench.model.AuditTheme#isRetired <em>Retired</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Retired</em>'.
	 * @see org.qaworkbench.model.AuditTheme#isRetired()
	 * @see #getAuditTheme()
	 * @generated
	 */
	EAttribute getAuditTheme_Retired();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.Role <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role</em>'.
	 * @see org.qaworkbench.model.Role
	 * @generated
	 */
	EEnum getRole();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.CaseStatus <em>Case Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Case Status</em>'.
	 * @see org.qaworkbench.model.CaseStatus
	 * @generated
	 */
	EEnum getCaseStatus();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.KeyDateKind <em>Key Date Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Key Date Kind</em>'.
	 * @see org.qaworkbench.model.KeyDateKind
	 * @generated
	 */
	EEnum getKeyDateKind();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.SubjectKind <em>Subject Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Subject Kind</em>'.
	 * @see org.qaworkbench.model.SubjectKind
	 * @generated
	 */
	EEnum getSubjectKind();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.ItemKind <em>Item Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Item Kind</em>'.
	 * @see org.qaworkbench.model.ItemKind
	 * @generated
	 */
	EEnum getItemKind();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.ScoringMethod <em>Scoring Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Scoring Method</em>'.
	 * @see org.qaworkbench.model.ScoringMethod
	 * @generated
	 */
	EEnum getScoringMethod();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.Rounding <em>Rounding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rounding</em>'.
	 * @see org.qaworkbench.model.Rounding
	 * @generated
	 */
	EEnum getRounding();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.AuditKind <em>Audit Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Audit Kind</em>'.
	 * @see org.qaworkbench.model.AuditKind
	 * @generated
	 */
	EEnum getAuditKind();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.AssessmentState <em>Assessment State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assessment State</em>'.
	 * @see org.qaworkbench.model.AssessmentState
	 * @generated
	 */
	EEnum getAssessmentState();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.ObservationState <em>Observation State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Observation State</em>'.
	 * @see org.qaworkbench.model.ObservationState
	 * @generated
	 */
	EEnum getObservationState();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.SignOffStep <em>Sign Off Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sign Off Step</em>'.
	 * @see org.qaworkbench.model.SignOffStep
	 * @generated
	 */
	EEnum getSignOffStep();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.SupervisionFrequency <em>Supervision Frequency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Supervision Frequency</em>'.
	 * @see org.qaworkbench.model.SupervisionFrequency
	 * @generated
	 */
	EEnum getSupervisionFrequency();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.SupervisionState <em>Supervision State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Supervision State</em>'.
	 * @see org.qaworkbench.model.SupervisionState
	 * @generated
	 */
	EEnum getSupervisionState();

	/**
	 * Returns the meta object for enum '{@link org.qaworkbench.model.ActionOrigin <em>Action Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Origin</em>'.
	 * @see org.qaworkbench.model.ActionOrigin
	 * @generated
	 */
	EEnum getActionOrigin();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the meta object for data type '{@link java.math.BigDecimal <em>Big Decimal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Big Decimal</em>'.
	 * @see java.math.BigDecimal
	 * @model instanceClass="java.math.BigDecimal"
	 * @generated
	 */
	EDataType getBigDecimal();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	QaFactory getQaFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.IdentifiedImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '<em><b>Row Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ROW_VERSION = eINSTANCE.getIdentified_RowVersion();

		/**
		 * The meta object literal for the '<em><b>Modified By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__MODIFIED_BY = eINSTANCE.getIdentified_ModifiedBy();

		/**
		 * The meta object literal for the '<em><b>Modified At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__MODIFIED_AT = eINSTANCE.getIdentified_ModifiedAt();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.ServiceImpl <em>Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.ServiceImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getService()
		 * @generated
		 */
		EClass SERVICE = eINSTANCE.getService();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE__NAME = eINSTANCE.getService_Name();

		/**
		 * The meta object literal for the '<em><b>Localities</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__LOCALITIES = eINSTANCE.getService_Localities();

		/**
		 * The meta object literal for the '<em><b>Staff</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__STAFF = eINSTANCE.getService_Staff();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.LocalityImpl <em>Locality</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.LocalityImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getLocality()
		 * @generated
		 */
		EClass LOCALITY = eINSTANCE.getLocality();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCALITY__NAME = eINSTANCE.getLocality_Name();

		/**
		 * The meta object literal for the '<em><b>Teams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCALITY__TEAMS = eINSTANCE.getLocality_Teams();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.TeamImpl <em>Team</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.TeamImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getTeam()
		 * @generated
		 */
		EClass TEAM = eINSTANCE.getTeam();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TEAM__NAME = eINSTANCE.getTeam_Name();

		/**
		 * The meta object literal for the '<em><b>Locality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TEAM__LOCALITY = eINSTANCE.getTeam_Locality();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.StaffMemberImpl <em>Staff Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.StaffMemberImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getStaffMember()
		 * @generated
		 */
		EClass STAFF_MEMBER = eINSTANCE.getStaffMember();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__NAME = eINSTANCE.getStaffMember_Name();

		/**
		 * The meta object literal for the '<em><b>Initials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__INITIALS = eINSTANCE.getStaffMember_Initials();

		/**
		 * The meta object literal for the '<em><b>Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__ROLES = eINSTANCE.getStaffMember_Roles();

		/**
		 * The meta object literal for the '<em><b>Line Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF_MEMBER__LINE_MANAGER = eINSTANCE.getStaffMember_LineManager();

		/**
		 * The meta object literal for the '<em><b>Locality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF_MEMBER__LOCALITY = eINSTANCE.getStaffMember_Locality();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STAFF_MEMBER__TEAM = eINSTANCE.getStaffMember_Team();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__START_DATE = eINSTANCE.getStaffMember_StartDate();

		/**
		 * The meta object literal for the '<em><b>Part Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__PART_TIME = eINSTANCE.getStaffMember_PartTime();

		/**
		 * The meta object literal for the '<em><b>User Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAFF_MEMBER__USER_ID = eINSTANCE.getStaffMember_UserId();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.ChildImpl <em>Child</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.ChildImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getChild()
		 * @generated
		 */
		EClass CHILD = eINSTANCE.getChild();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHILD__NAME = eINSTANCE.getChild_Name();

		/**
		 * The meta object literal for the '<em><b>Date Of Birth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHILD__DATE_OF_BIRTH = eINSTANCE.getChild_DateOfBirth();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.AllocationImpl <em>Allocation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.AllocationImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getAllocation()
		 * @generated
		 */
		EClass ALLOCATION = eINSTANCE.getAllocation();

		/**
		 * The meta object literal for the '<em><b>Worker</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION__WORKER = eINSTANCE.getAllocation_Worker();

		/**
		 * The meta object literal for the '<em><b>Allocated On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION__ALLOCATED_ON = eINSTANCE.getAllocation_AllocatedOn();

		/**
		 * The meta object literal for the '<em><b>Closed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION__CLOSED_ON = eINSTANCE.getAllocation_ClosedOn();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.KeyDateImpl <em>Key Date</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.KeyDateImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getKeyDate()
		 * @generated
		 */
		EClass KEY_DATE = eINSTANCE.getKeyDate();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_DATE__KIND = eINSTANCE.getKeyDate_Kind();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_DATE__DATE = eINSTANCE.getKeyDate_Date();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEY_DATE__DETAIL = eINSTANCE.getKeyDate_Detail();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.CaseImpl <em>Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.CaseImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getCase()
		 * @generated
		 */
		EClass CASE = eINSTANCE.getCase();

		/**
		 * The meta object literal for the '<em><b>Case Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__CASE_NUMBER = eINSTANCE.getCase_CaseNumber();

		/**
		 * The meta object literal for the '<em><b>Child</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__CHILD = eINSTANCE.getCase_Child();

		/**
		 * The meta object literal for the '<em><b>Family Names</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__FAMILY_NAMES = eINSTANCE.getCase_FamilyNames();

		/**
		 * The meta object literal for the '<em><b>Locality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__LOCALITY = eINSTANCE.getCase_Locality();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__STATUS = eINSTANCE.getCase_Status();

		/**
		 * The meta object literal for the '<em><b>Referral Route</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE__REFERRAL_ROUTE = eINSTANCE.getCase_ReferralRoute();

		/**
		 * The meta object literal for the '<em><b>Allocations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__ALLOCATIONS = eINSTANCE.getCase_Allocations();

		/**
		 * The meta object literal for the '<em><b>Line Manager</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__LINE_MANAGER = eINSTANCE.getCase_LineManager();

		/**
		 * The meta object literal for the '<em><b>Key Dates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE__KEY_DATES = eINSTANCE.getCase_KeyDates();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.ChecklistDefinitionImpl <em>Checklist Definition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.ChecklistDefinitionImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getChecklistDefinition()
		 * @generated
		 */
		EClass CHECKLIST_DEFINITION = eINSTANCE.getChecklistDefinition();

		/**
		 * The meta object literal for the '<em><b>Definition Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_DEFINITION__DEFINITION_ID = eINSTANCE.getChecklistDefinition_DefinitionId();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_DEFINITION__VERSION = eINSTANCE.getChecklistDefinition_Version();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_DEFINITION__TITLE = eINSTANCE.getChecklistDefinition_Title();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_DEFINITION__PURPOSE = eINSTANCE.getChecklistDefinition_Purpose();

		/**
		 * The meta object literal for the '<em><b>Subject Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKLIST_DEFINITION__SUBJECT_KIND = eINSTANCE.getChecklistDefinition_SubjectKind();

		/**
		 * The meta object literal for the '<em><b>Scales</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST_DEFINITION__SCALES = eINSTANCE.getChecklistDefinition_Scales();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST_DEFINITION__SECTIONS = eINSTANCE.getChecklistDefinition_Sections();

		/**
		 * The meta object literal for the '<em><b>Overall Scoring</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHECKLIST_DEFINITION__OVERALL_SCORING = eINSTANCE.getChecklistDefinition_OverallScoring();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.ScaleImpl <em>Scale</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.ScaleImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getScale()
		 * @generated
		 */
		EClass SCALE = eINSTANCE.getScale();

		/**
		 * The meta object literal for the '<em><b>Scale Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__SCALE_ID = eINSTANCE.getScale_ScaleId();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCALE__NAME = eINSTANCE.getScale_Name();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCALE__LEVELS = eINSTANCE.getScale_Levels();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.LevelImpl <em>Level</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.LevelImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getLevel()
		 * @generated
		 */
		EClass LEVEL = eINSTANCE.getLevel();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL__VALUE = eINSTANCE.getLevel_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL__LABEL = eINSTANCE.getLevel_Label();

		/**
		 * The meta object literal for the '<em><b>Descriptor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL__DESCRIPTOR = eINSTANCE.getLevel_Descriptor();

		/**
		 * The meta object literal for the '<em><b>Not Applicable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEVEL__NOT_APPLICABLE = eINSTANCE.getLevel_NotApplicable();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.SectionImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Section Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__SECTION_ID = eINSTANCE.getSection_SectionId();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TITLE = eINSTANCE.getSection_Title();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__ITEMS = eINSTANCE.getSection_Items();

		/**
		 * The meta object literal for the '<em><b>Scoring</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SECTION__SCORING = eINSTANCE.getSection_Scoring();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.ItemImpl <em>Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.ItemImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getItem()
		 * @generated
		 */
		EClass ITEM = eINSTANCE.getItem();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__ITEM_ID = eINSTANCE.getItem_ItemId();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__TEXT = eINSTANCE.getItem_Text();

		/**
		 * The meta object literal for the '<em><b>Guidance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__GUIDANCE = eINSTANCE.getItem_Guidance();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__KIND = eINSTANCE.getItem_Kind();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__REQUIRED = eINSTANCE.getItem_Required();

		/**
		 * The meta object literal for the '<em><b>Scale</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__SCALE = eINSTANCE.getItem_Scale();

		/**
		 * The meta object literal for the '<em><b>Choices</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__CHOICES = eINSTANCE.getItem_Choices();

		/**
		 * The meta object literal for the '<em><b>Matrix Files</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__MATRIX_FILES = eINSTANCE.getItem_MatrixFiles();

		/**
		 * The meta object literal for the '<em><b>Personal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__PERSONAL = eINSTANCE.getItem_Personal();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__CONDITION = eINSTANCE.getItem_Condition();

		/**
		 * The meta object literal for the '<em><b>Minimum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__MINIMUM = eINSTANCE.getItem_Minimum();

		/**
		 * The meta object literal for the '<em><b>Maximum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__MAXIMUM = eINSTANCE.getItem_Maximum();

		/**
		 * The meta object literal for the '<em><b>Not Before</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ITEM__NOT_BEFORE = eINSTANCE.getItem_NotBefore();

		/**
		 * The meta object literal for the '<em><b>Future</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ITEM__FUTURE = eINSTANCE.getItem_Future();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.ConditionImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '<em><b>Item</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITION__ITEM = eINSTANCE.getCondition_Item();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONDITION__ANSWERS = eINSTANCE.getCondition_Answers();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.ScoringRuleImpl <em>Scoring Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.ScoringRuleImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getScoringRule()
		 * @generated
		 */
		EClass SCORING_RULE = eINSTANCE.getScoringRule();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_RULE__METHOD = eINSTANCE.getScoringRule_Method();

		/**
		 * The meta object literal for the '<em><b>Rounding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_RULE__ROUNDING = eINSTANCE.getScoringRule_Rounding();

		/**
		 * The meta object literal for the '<em><b>Decimals</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_RULE__DECIMALS = eINSTANCE.getScoringRule_Decimals();

		/**
		 * The meta object literal for the '<em><b>Scorer Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORING_RULE__SCORER_ID = eINSTANCE.getScoringRule_ScorerId();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.AnswerImpl <em>Answer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.AnswerImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getAnswer()
		 * @generated
		 */
		EClass ANSWER = eINSTANCE.getAnswer();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__ITEM_ID = eINSTANCE.getAnswer_ItemId();

		/**
		 * The meta object literal for the '<em><b>File Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__FILE_INDEX = eINSTANCE.getAnswer_FileIndex();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__VALUE = eINSTANCE.getAnswer_Value();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANSWER__COMMENT = eINSTANCE.getAnswer_Comment();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.ScoreImpl <em>Score</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.ScoreImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getScore()
		 * @generated
		 */
		EClass SCORE = eINSTANCE.getScore();

		/**
		 * The meta object literal for the '<em><b>Section Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__SECTION_ID = eINSTANCE.getScore_SectionId();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__VALUE = eINSTANCE.getScore_Value();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE__LABEL = eINSTANCE.getScore_Label();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.SignOffImpl <em>Sign Off</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.SignOffImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getSignOff()
		 * @generated
		 */
		EClass SIGN_OFF = eINSTANCE.getSignOff();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF__STEP = eINSTANCE.getSignOff_Step();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF__BY = eINSTANCE.getSignOff_By();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF__ROLE = eINSTANCE.getSignOff_Role();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF__AT = eINSTANCE.getSignOff_At();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SIGN_OFF__NOTE = eINSTANCE.getSignOff_Note();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.AmendmentImpl <em>Amendment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.AmendmentImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getAmendment()
		 * @generated
		 */
		EClass AMENDMENT = eINSTANCE.getAmendment();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMENDMENT__BY = eINSTANCE.getAmendment_By();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMENDMENT__AT = eINSTANCE.getAmendment_At();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMENDMENT__REASON = eINSTANCE.getAmendment_Reason();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.AssessmentImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Definition Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__DEFINITION_ID = eINSTANCE.getAssessment_DefinitionId();

		/**
		 * The meta object literal for the '<em><b>Definition Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__DEFINITION_VERSION = eINSTANCE.getAssessment_DefinitionVersion();

		/**
		 * The meta object literal for the '<em><b>Definition Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__DEFINITION_HASH = eINSTANCE.getAssessment_DefinitionHash();

		/**
		 * The meta object literal for the '<em><b>Subject Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__SUBJECT_KIND = eINSTANCE.getAssessment_SubjectKind();

		/**
		 * The meta object literal for the '<em><b>Subject Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__SUBJECT_KEY = eINSTANCE.getAssessment_SubjectKey();

		/**
		 * The meta object literal for the '<em><b>Locality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__LOCALITY = eINSTANCE.getAssessment_Locality();

		/**
		 * The meta object literal for the '<em><b>Assessors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__ASSESSORS = eINSTANCE.getAssessment_Assessors();

		/**
		 * The meta object literal for the '<em><b>Started On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__STARTED_ON = eINSTANCE.getAssessment_StartedOn();

		/**
		 * The meta object literal for the '<em><b>Completed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__COMPLETED_ON = eINSTANCE.getAssessment_CompletedOn();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__STATE = eINSTANCE.getAssessment_State();

		/**
		 * The meta object literal for the '<em><b>Answers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__ANSWERS = eINSTANCE.getAssessment_Answers();

		/**
		 * The meta object literal for the '<em><b>Scores</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__SCORES = eINSTANCE.getAssessment_Scores();

		/**
		 * The meta object literal for the '<em><b>Judgement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__JUDGEMENT = eINSTANCE.getAssessment_Judgement();

		/**
		 * The meta object literal for the '<em><b>Judgement Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__JUDGEMENT_RATIONALE = eINSTANCE.getAssessment_JudgementRationale();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__COMMENTS = eINSTANCE.getAssessment_Comments();

		/**
		 * The meta object literal for the '<em><b>Lessons Learnt</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__LESSONS_LEARNT = eINSTANCE.getAssessment_LessonsLearnt();

		/**
		 * The meta object literal for the '<em><b>Sign Offs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__SIGN_OFFS = eINSTANCE.getAssessment_SignOffs();

		/**
		 * The meta object literal for the '<em><b>Amendments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__AMENDMENTS = eINSTANCE.getAssessment_Amendments();

		/**
		 * The meta object literal for the '<em><b>Audit Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__AUDIT_KIND = eINSTANCE.getAssessment_AuditKind();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__THEME = eINSTANCE.getAssessment_Theme();

		/**
		 * The meta object literal for the '<em><b>Own Locality Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__OWN_LOCALITY_REASON = eINSTANCE.getAssessment_OwnLocalityReason();

		/**
		 * The meta object literal for the '<em><b>Moderated Judgement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__MODERATED_JUDGEMENT = eINSTANCE.getAssessment_ModeratedJudgement();

		/**
		 * The meta object literal for the '<em><b>Moderation Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__MODERATION_REASON = eINSTANCE.getAssessment_ModerationReason();

		/**
		 * The meta object literal for the '<em><b>Shared On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__SHARED_ON = eINSTANCE.getAssessment_SharedOn();

		/**
		 * The meta object literal for the '<em><b>Practitioner Response</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__PRACTITIONER_RESPONSE = eINSTANCE.getAssessment_PractitionerResponse();

		/**
		 * The meta object literal for the '<em><b>Sample Draws</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__SAMPLE_DRAWS = eINSTANCE.getAssessment_SampleDraws();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.SampleDrawImpl <em>Sample Draw</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.SampleDrawImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getSampleDraw()
		 * @generated
		 */
		EClass SAMPLE_DRAW = eINSTANCE.getSampleDraw();

		/**
		 * The meta object literal for the '<em><b>Seed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLE_DRAW__SEED = eINSTANCE.getSampleDraw_Seed();

		/**
		 * The meta object literal for the '<em><b>Team</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SAMPLE_DRAW__TEAM = eINSTANCE.getSampleDraw_Team();

		/**
		 * The meta object literal for the '<em><b>Drawn From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLE_DRAW__DRAWN_FROM = eINSTANCE.getSampleDraw_DrawnFrom();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLE_DRAW__FILES = eINSTANCE.getSampleDraw_Files();

		/**
		 * The meta object literal for the '<em><b>By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLE_DRAW__BY = eINSTANCE.getSampleDraw_By();

		/**
		 * The meta object literal for the '<em><b>At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLE_DRAW__AT = eINSTANCE.getSampleDraw_At();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAMPLE_DRAW__REASON = eINSTANCE.getSampleDraw_Reason();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.FollowUpImpl <em>Follow Up</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.FollowUpImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getFollowUp()
		 * @generated
		 */
		EClass FOLLOW_UP = eINSTANCE.getFollowUp();

		/**
		 * The meta object literal for the '<em><b>Due On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DUE_ON = eINSTANCE.getFollowUp_DueOn();

		/**
		 * The meta object literal for the '<em><b>Checked On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__CHECKED_ON = eINSTANCE.getFollowUp_CheckedOn();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__DONE = eINSTANCE.getFollowUp_Done();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FOLLOW_UP__OUTCOME = eINSTANCE.getFollowUp_Outcome();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.RemedialActionImpl <em>Remedial Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.RemedialActionImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getRemedialAction()
		 * @generated
		 */
		EClass REMEDIAL_ACTION = eINSTANCE.getRemedialAction();

		/**
		 * The meta object literal for the '<em><b>Assessment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMEDIAL_ACTION__ASSESSMENT = eINSTANCE.getRemedialAction_Assessment();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIAL_ACTION__ITEM_ID = eINSTANCE.getRemedialAction_ItemId();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIAL_ACTION__ACTION = eINSTANCE.getRemedialAction_Action();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMEDIAL_ACTION__OWNER = eINSTANCE.getRemedialAction_Owner();

		/**
		 * The meta object literal for the '<em><b>Due On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIAL_ACTION__DUE_ON = eINSTANCE.getRemedialAction_DueOn();

		/**
		 * The meta object literal for the '<em><b>How Addressed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIAL_ACTION__HOW_ADDRESSED = eINSTANCE.getRemedialAction_HowAddressed();

		/**
		 * The meta object literal for the '<em><b>Completed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIAL_ACTION__COMPLETED_ON = eINSTANCE.getRemedialAction_CompletedOn();

		/**
		 * The meta object literal for the '<em><b>Initials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REMEDIAL_ACTION__INITIALS = eINSTANCE.getRemedialAction_Initials();

		/**
		 * The meta object literal for the '<em><b>Follow Up</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMEDIAL_ACTION__FOLLOW_UP = eINSTANCE.getRemedialAction_FollowUp();

		/**
		 * The meta object literal for the '<em><b>Observation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REMEDIAL_ACTION__OBSERVATION = eINSTANCE.getRemedialAction_Observation();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.ConsentImpl <em>Consent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.ConsentImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getConsent()
		 * @generated
		 */
		EClass CONSENT = eINSTANCE.getConsent();

		/**
		 * The meta object literal for the '<em><b>Given By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__GIVEN_BY = eINSTANCE.getConsent_GivenBy();

		/**
		 * The meta object literal for the '<em><b>Given To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__GIVEN_TO = eINSTANCE.getConsent_GivenTo();

		/**
		 * The meta object literal for the '<em><b>Given On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSENT__GIVEN_ON = eINSTANCE.getConsent_GivenOn();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.NarrativeImpl <em>Narrative</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.NarrativeImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getNarrative()
		 * @generated
		 */
		EClass NARRATIVE = eINSTANCE.getNarrative();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NARRATIVE__TOPIC = eINSTANCE.getNarrative_Topic();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NARRATIVE__TEXT = eINSTANCE.getNarrative_Text();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.DirectObservationImpl <em>Direct Observation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.DirectObservationImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getDirectObservation()
		 * @generated
		 */
		EClass DIRECT_OBSERVATION = eINSTANCE.getDirectObservation();

		/**
		 * The meta object literal for the '<em><b>Observed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__OBSERVED_ON = eINSTANCE.getDirectObservation_ObservedOn();

		/**
		 * The meta object literal for the '<em><b>Practitioner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_OBSERVATION__PRACTITIONER = eINSTANCE.getDirectObservation_Practitioner();

		/**
		 * The meta object literal for the '<em><b>Observer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_OBSERVATION__OBSERVER = eINSTANCE.getDirectObservation_Observer();

		/**
		 * The meta object literal for the '<em><b>Case Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__CASE_NUMBER = eINSTANCE.getDirectObservation_CaseNumber();

		/**
		 * The meta object literal for the '<em><b>Setting</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__SETTING = eINSTANCE.getDirectObservation_Setting();

		/**
		 * The meta object literal for the '<em><b>Consent</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_OBSERVATION__CONSENT = eINSTANCE.getDirectObservation_Consent();

		/**
		 * The meta object literal for the '<em><b>Agreed Objectives</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__AGREED_OBJECTIVES = eINSTANCE.getDirectObservation_AgreedObjectives();

		/**
		 * The meta object literal for the '<em><b>Narratives</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_OBSERVATION__NARRATIVES = eINSTANCE.getDirectObservation_Narratives();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__GRADE = eINSTANCE.getDirectObservation_Grade();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__RECOMMENDATIONS = eINSTANCE.getDirectObservation_Recommendations();

		/**
		 * The meta object literal for the '<em><b>Practitioner Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__PRACTITIONER_COMMENT = eINSTANCE.getDirectObservation_PractitionerComment();

		/**
		 * The meta object literal for the '<em><b>Service User Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__SERVICE_USER_COMMENT = eINSTANCE.getDirectObservation_ServiceUserComment();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__STATE = eINSTANCE.getDirectObservation_State();

		/**
		 * The meta object literal for the '<em><b>Learning Focus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__LEARNING_FOCUS = eINSTANCE.getDirectObservation_LearningFocus();

		/**
		 * The meta object literal for the '<em><b>Observer Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__OBSERVER_ROLE = eINSTANCE.getDirectObservation_ObserverRole();

		/**
		 * The meta object literal for the '<em><b>Feedback Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__FEEDBACK_PLAN = eINSTANCE.getDirectObservation_FeedbackPlan();

		/**
		 * The meta object literal for the '<em><b>Practitioner Reflection</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__PRACTITIONER_REFLECTION = eINSTANCE.getDirectObservation_PractitionerReflection();

		/**
		 * The meta object literal for the '<em><b>Actions Due On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__ACTIONS_DUE_ON = eINSTANCE.getDirectObservation_ActionsDueOn();

		/**
		 * The meta object literal for the '<em><b>Definition Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__DEFINITION_ID = eINSTANCE.getDirectObservation_DefinitionId();

		/**
		 * The meta object literal for the '<em><b>Definition Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__DEFINITION_VERSION = eINSTANCE.getDirectObservation_DefinitionVersion();

		/**
		 * The meta object literal for the '<em><b>Definition Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIRECT_OBSERVATION__DEFINITION_HASH = eINSTANCE.getDirectObservation_DefinitionHash();

		/**
		 * The meta object literal for the '<em><b>Sign Offs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_OBSERVATION__SIGN_OFFS = eINSTANCE.getDirectObservation_SignOffs();

		/**
		 * The meta object literal for the '<em><b>Amendments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIRECT_OBSERVATION__AMENDMENTS = eINSTANCE.getDirectObservation_Amendments();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.SupervisionContractImpl <em>Supervision Contract</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.SupervisionContractImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getSupervisionContract()
		 * @generated
		 */
		EClass SUPERVISION_CONTRACT = eINSTANCE.getSupervisionContract();

		/**
		 * The meta object literal for the '<em><b>Supervisor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_CONTRACT__SUPERVISOR = eINSTANCE.getSupervisionContract_Supervisor();

		/**
		 * The meta object literal for the '<em><b>Supervisee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_CONTRACT__SUPERVISEE = eINSTANCE.getSupervisionContract_Supervisee();

		/**
		 * The meta object literal for the '<em><b>Frequency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_CONTRACT__FREQUENCY = eINSTANCE.getSupervisionContract_Frequency();

		/**
		 * The meta object literal for the '<em><b>Reasons Less Frequent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_CONTRACT__REASONS_LESS_FREQUENT = eINSTANCE.getSupervisionContract_ReasonsLessFrequent();

		/**
		 * The meta object literal for the '<em><b>Preparation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_CONTRACT__PREPARATION = eINSTANCE.getSupervisionContract_Preparation();

		/**
		 * The meta object literal for the '<em><b>Storage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_CONTRACT__STORAGE = eINSTANCE.getSupervisionContract_Storage();

		/**
		 * The meta object literal for the '<em><b>Signed By Supervisor On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISOR_ON = eINSTANCE.getSupervisionContract_SignedBySupervisorOn();

		/**
		 * The meta object literal for the '<em><b>Signed By Supervisee On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISEE_ON = eINSTANCE.getSupervisionContract_SignedBySuperviseeOn();

		/**
		 * The meta object literal for the '<em><b>Review On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_CONTRACT__REVIEW_ON = eINSTANCE.getSupervisionContract_ReviewOn();

		/**
		 * The meta object literal for the '<em><b>Frequency Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_CONTRACT__FREQUENCY_PERIOD = eINSTANCE.getSupervisionContract_FrequencyPeriod();

		/**
		 * The meta object literal for the '<em><b>Review Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_CONTRACT__REVIEW_PERIOD = eINSTANCE.getSupervisionContract_ReviewPeriod();

		/**
		 * The meta object literal for the '<em><b>Supersedes</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_CONTRACT__SUPERSEDES = eINSTANCE.getSupervisionContract_Supersedes();

		/**
		 * The meta object literal for the '<em><b>Definition Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_CONTRACT__DEFINITION_ID = eINSTANCE.getSupervisionContract_DefinitionId();

		/**
		 * The meta object literal for the '<em><b>Definition Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_CONTRACT__DEFINITION_VERSION = eINSTANCE.getSupervisionContract_DefinitionVersion();

		/**
		 * The meta object literal for the '<em><b>Definition Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_CONTRACT__DEFINITION_HASH = eINSTANCE.getSupervisionContract_DefinitionHash();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_CONTRACT__STATE = eINSTANCE.getSupervisionContract_State();

		/**
		 * The meta object literal for the '<em><b>Sign Offs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_CONTRACT__SIGN_OFFS = eINSTANCE.getSupervisionContract_SignOffs();

		/**
		 * The meta object literal for the '<em><b>Amendments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_CONTRACT__AMENDMENTS = eINSTANCE.getSupervisionContract_Amendments();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.SupervisionSessionImpl <em>Supervision Session</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.SupervisionSessionImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getSupervisionSession()
		 * @generated
		 */
		EClass SUPERVISION_SESSION = eINSTANCE.getSupervisionSession();

		/**
		 * The meta object literal for the '<em><b>Supervisor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_SESSION__SUPERVISOR = eINSTANCE.getSupervisionSession_Supervisor();

		/**
		 * The meta object literal for the '<em><b>Supervisee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_SESSION__SUPERVISEE = eINSTANCE.getSupervisionSession_Supervisee();

		/**
		 * The meta object literal for the '<em><b>Session On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_SESSION__SESSION_ON = eINSTANCE.getSupervisionSession_SessionOn();

		/**
		 * The meta object literal for the '<em><b>Held</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_SESSION__HELD = eINSTANCE.getSupervisionSession_Held();

		/**
		 * The meta object literal for the '<em><b>Missed Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_SESSION__MISSED_REASON = eINSTANCE.getSupervisionSession_MissedReason();

		/**
		 * The meta object literal for the '<em><b>Next On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_SESSION__NEXT_ON = eINSTANCE.getSupervisionSession_NextOn();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_SESSION__NOTES = eINSTANCE.getSupervisionSession_Notes();

		/**
		 * The meta object literal for the '<em><b>Initials</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_SESSION__INITIALS = eINSTANCE.getSupervisionSession_Initials();

		/**
		 * The meta object literal for the '<em><b>Record</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_SESSION__RECORD = eINSTANCE.getSupervisionSession_Record();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.AgendaItemImpl <em>Agenda Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.AgendaItemImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getAgendaItem()
		 * @generated
		 */
		EClass AGENDA_ITEM = eINSTANCE.getAgendaItem();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__TOPIC = eINSTANCE.getAgendaItem_Topic();

		/**
		 * The meta object literal for the '<em><b>Discussion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__DISCUSSION = eINSTANCE.getAgendaItem_Discussion();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__DECISION = eINSTANCE.getAgendaItem_Decision();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__ACTIONS = eINSTANCE.getAgendaItem_Actions();

		/**
		 * The meta object literal for the '<em><b>By Whom</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__BY_WHOM = eINSTANCE.getAgendaItem_ByWhom();

		/**
		 * The meta object literal for the '<em><b>Timescale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__TIMESCALE = eINSTANCE.getAgendaItem_Timescale();

		/**
		 * The meta object literal for the '<em><b>Item Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENDA_ITEM__ITEM_ID = eINSTANCE.getAgendaItem_ItemId();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.SupervisionRecordImpl <em>Supervision Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.SupervisionRecordImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getSupervisionRecord()
		 * @generated
		 */
		EClass SUPERVISION_RECORD = eINSTANCE.getSupervisionRecord();

		/**
		 * The meta object literal for the '<em><b>Supervisor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_RECORD__SUPERVISOR = eINSTANCE.getSupervisionRecord_Supervisor();

		/**
		 * The meta object literal for the '<em><b>Supervisee</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_RECORD__SUPERVISEE = eINSTANCE.getSupervisionRecord_Supervisee();

		/**
		 * The meta object literal for the '<em><b>Held On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_RECORD__HELD_ON = eINSTANCE.getSupervisionRecord_HeldOn();

		/**
		 * The meta object literal for the '<em><b>Agenda Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_RECORD__AGENDA_ITEMS = eINSTANCE.getSupervisionRecord_AgendaItems();

		/**
		 * The meta object literal for the '<em><b>Signed By Supervisor On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_RECORD__SIGNED_BY_SUPERVISOR_ON = eINSTANCE.getSupervisionRecord_SignedBySupervisorOn();

		/**
		 * The meta object literal for the '<em><b>Signed By Supervisee On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_RECORD__SIGNED_BY_SUPERVISEE_ON = eINSTANCE.getSupervisionRecord_SignedBySuperviseeOn();

		/**
		 * The meta object literal for the '<em><b>Next On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_RECORD__NEXT_ON = eINSTANCE.getSupervisionRecord_NextOn();

		/**
		 * The meta object literal for the '<em><b>Next Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_RECORD__NEXT_TIME = eINSTANCE.getSupervisionRecord_NextTime();

		/**
		 * The meta object literal for the '<em><b>Reviews</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_RECORD__REVIEWS = eINSTANCE.getSupervisionRecord_Reviews();

		/**
		 * The meta object literal for the '<em><b>Definition Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_RECORD__DEFINITION_ID = eINSTANCE.getSupervisionRecord_DefinitionId();

		/**
		 * The meta object literal for the '<em><b>Definition Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_RECORD__DEFINITION_VERSION = eINSTANCE.getSupervisionRecord_DefinitionVersion();

		/**
		 * The meta object literal for the '<em><b>Definition Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_RECORD__DEFINITION_HASH = eINSTANCE.getSupervisionRecord_DefinitionHash();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPERVISION_RECORD__STATE = eINSTANCE.getSupervisionRecord_State();

		/**
		 * The meta object literal for the '<em><b>Sign Offs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_RECORD__SIGN_OFFS = eINSTANCE.getSupervisionRecord_SignOffs();

		/**
		 * The meta object literal for the '<em><b>Amendments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUPERVISION_RECORD__AMENDMENTS = eINSTANCE.getSupervisionRecord_Amendments();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.CaseworkSupervisionImpl <em>Casework Supervision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.CaseworkSupervisionImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getCaseworkSupervision()
		 * @generated
		 */
		EClass CASEWORK_SUPERVISION = eINSTANCE.getCaseworkSupervision();

		/**
		 * The meta object literal for the '<em><b>Case Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__CASE_NUMBER = eINSTANCE.getCaseworkSupervision_CaseNumber();

		/**
		 * The meta object literal for the '<em><b>Supervisor</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEWORK_SUPERVISION__SUPERVISOR = eINSTANCE.getCaseworkSupervision_Supervisor();

		/**
		 * The meta object literal for the '<em><b>Worker</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEWORK_SUPERVISION__WORKER = eINSTANCE.getCaseworkSupervision_Worker();

		/**
		 * The meta object literal for the '<em><b>Held On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__HELD_ON = eINSTANCE.getCaseworkSupervision_HeldOn();

		/**
		 * The meta object literal for the '<em><b>Purpose Of Involvement</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__PURPOSE_OF_INVOLVEMENT = eINSTANCE.getCaseworkSupervision_PurposeOfInvolvement();

		/**
		 * The meta object literal for the '<em><b>Review Of Actions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__REVIEW_OF_ACTIONS = eINSTANCE.getCaseworkSupervision_ReviewOfActions();

		/**
		 * The meta object literal for the '<em><b>Last Assessment On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__LAST_ASSESSMENT_ON = eINSTANCE.getCaseworkSupervision_LastAssessmentOn();

		/**
		 * The meta object literal for the '<em><b>Child Last Seen On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__CHILD_LAST_SEEN_ON = eINSTANCE.getCaseworkSupervision_ChildLastSeenOn();

		/**
		 * The meta object literal for the '<em><b>What Has Happened</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__WHAT_HAS_HAPPENED = eINSTANCE.getCaseworkSupervision_WhatHasHappened();

		/**
		 * The meta object literal for the '<em><b>Smart Plan</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__SMART_PLAN = eINSTANCE.getCaseworkSupervision_SmartPlan();

		/**
		 * The meta object literal for the '<em><b>Wishes And Feelings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__WISHES_AND_FEELINGS = eINSTANCE.getCaseworkSupervision_WishesAndFeelings();

		/**
		 * The meta object literal for the '<em><b>Positive Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__POSITIVE_CHANGE = eINSTANCE.getCaseworkSupervision_PositiveChange();

		/**
		 * The meta object literal for the '<em><b>Risk Analysis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__RISK_ANALYSIS = eINSTANCE.getCaseworkSupervision_RiskAnalysis();

		/**
		 * The meta object literal for the '<em><b>Strengths</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__STRENGTHS = eINSTANCE.getCaseworkSupervision_Strengths();

		/**
		 * The meta object literal for the '<em><b>Agreed Actions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__AGREED_ACTIONS = eINSTANCE.getCaseworkSupervision_AgreedActions();

		/**
		 * The meta object literal for the '<em><b>Case Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__CASE_STATUS = eINSTANCE.getCaseworkSupervision_CaseStatus();

		/**
		 * The meta object literal for the '<em><b>Support Plan Up To Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__SUPPORT_PLAN_UP_TO_DATE = eINSTANCE.getCaseworkSupervision_SupportPlanUpToDate();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEWORK_SUPERVISION__ACTIONS = eINSTANCE.getCaseworkSupervision_Actions();

		/**
		 * The meta object literal for the '<em><b>Definition Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__DEFINITION_ID = eINSTANCE.getCaseworkSupervision_DefinitionId();

		/**
		 * The meta object literal for the '<em><b>Definition Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__DEFINITION_VERSION = eINSTANCE.getCaseworkSupervision_DefinitionVersion();

		/**
		 * The meta object literal for the '<em><b>Definition Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__DEFINITION_HASH = eINSTANCE.getCaseworkSupervision_DefinitionHash();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASEWORK_SUPERVISION__STATE = eINSTANCE.getCaseworkSupervision_State();

		/**
		 * The meta object literal for the '<em><b>Sign Offs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEWORK_SUPERVISION__SIGN_OFFS = eINSTANCE.getCaseworkSupervision_SignOffs();

		/**
		 * The meta object literal for the '<em><b>Amendments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASEWORK_SUPERVISION__AMENDMENTS = eINSTANCE.getCaseworkSupervision_Amendments();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.ActionReviewImpl <em>Action Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.ActionReviewImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getActionReview()
		 * @generated
		 */
		EClass ACTION_REVIEW = eINSTANCE.getActionReview();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_REVIEW__ORIGIN = eINSTANCE.getActionReview_Origin();

		/**
		 * The meta object literal for the '<em><b>Origin Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_REVIEW__ORIGIN_ID = eINSTANCE.getActionReview_OriginId();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_REVIEW__ACTION = eINSTANCE.getActionReview_Action();

		/**
		 * The meta object literal for the '<em><b>By Whom</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_REVIEW__BY_WHOM = eINSTANCE.getActionReview_ByWhom();

		/**
		 * The meta object literal for the '<em><b>Timescale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_REVIEW__TIMESCALE = eINSTANCE.getActionReview_Timescale();

		/**
		 * The meta object literal for the '<em><b>Due On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_REVIEW__DUE_ON = eINSTANCE.getActionReview_DueOn();

		/**
		 * The meta object literal for the '<em><b>Done</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_REVIEW__DONE = eINSTANCE.getActionReview_Done();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_REVIEW__COMMENT = eINSTANCE.getActionReview_Comment();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.AgreedActionImpl <em>Agreed Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.AgreedActionImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getAgreedAction()
		 * @generated
		 */
		EClass AGREED_ACTION = eINSTANCE.getAgreedAction();

		/**
		 * The meta object literal for the '<em><b>Action</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREED_ACTION__ACTION = eINSTANCE.getAgreedAction_Action();

		/**
		 * The meta object literal for the '<em><b>By Whom</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREED_ACTION__BY_WHOM = eINSTANCE.getAgreedAction_ByWhom();

		/**
		 * The meta object literal for the '<em><b>Due On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREED_ACTION__DUE_ON = eINSTANCE.getAgreedAction_DueOn();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.impl.AuditThemeImpl <em>Audit Theme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.impl.AuditThemeImpl
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getAuditTheme()
		 * @generated
		 */
		EClass AUDIT_THEME = eINSTANCE.getAuditTheme();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_THEME__NAME = eINSTANCE.getAuditTheme_Name();

		/**
		 * The meta object literal for the '<em><b>Retired</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AUDIT_THEME__RETIRED = eINSTANCE.getAuditTheme_Retired();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.Role <em>Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.Role
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getRole()
		 * @generated
		 */
		EEnum ROLE = eINSTANCE.getRole();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.CaseStatus <em>Case Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.CaseStatus
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getCaseStatus()
		 * @generated
		 */
		EEnum CASE_STATUS = eINSTANCE.getCaseStatus();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.KeyDateKind <em>Key Date Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.KeyDateKind
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getKeyDateKind()
		 * @generated
		 */
		EEnum KEY_DATE_KIND = eINSTANCE.getKeyDateKind();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.SubjectKind <em>Subject Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.SubjectKind
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getSubjectKind()
		 * @generated
		 */
		EEnum SUBJECT_KIND = eINSTANCE.getSubjectKind();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.ItemKind <em>Item Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.ItemKind
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getItemKind()
		 * @generated
		 */
		EEnum ITEM_KIND = eINSTANCE.getItemKind();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.ScoringMethod <em>Scoring Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.ScoringMethod
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getScoringMethod()
		 * @generated
		 */
		EEnum SCORING_METHOD = eINSTANCE.getScoringMethod();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.Rounding <em>Rounding</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.Rounding
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getRounding()
		 * @generated
		 */
		EEnum ROUNDING = eINSTANCE.getRounding();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.AuditKind <em>Audit Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.AuditKind
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getAuditKind()
		 * @generated
		 */
		EEnum AUDIT_KIND = eINSTANCE.getAuditKind();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.AssessmentState <em>Assessment State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.AssessmentState
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getAssessmentState()
		 * @generated
		 */
		EEnum ASSESSMENT_STATE = eINSTANCE.getAssessmentState();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.ObservationState <em>Observation State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.ObservationState
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getObservationState()
		 * @generated
		 */
		EEnum OBSERVATION_STATE = eINSTANCE.getObservationState();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.SignOffStep <em>Sign Off Step</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.SignOffStep
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getSignOffStep()
		 * @generated
		 */
		EEnum SIGN_OFF_STEP = eINSTANCE.getSignOffStep();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.SupervisionFrequency <em>Supervision Frequency</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.SupervisionFrequency
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getSupervisionFrequency()
		 * @generated
		 */
		EEnum SUPERVISION_FREQUENCY = eINSTANCE.getSupervisionFrequency();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.SupervisionState <em>Supervision State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.SupervisionState
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getSupervisionState()
		 * @generated
		 */
		EEnum SUPERVISION_STATE = eINSTANCE.getSupervisionState();

		/**
		 * The meta object literal for the '{@link org.qaworkbench.model.ActionOrigin <em>Action Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.qaworkbench.model.ActionOrigin
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getActionOrigin()
		 * @generated
		 */
		EEnum ACTION_ORIGIN = eINSTANCE.getActionOrigin();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

		/**
		 * The meta object literal for the '<em>Big Decimal</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.math.BigDecimal
		 * @see org.qaworkbench.model.impl.QaPackageImpl#getBigDecimal()
		 * @generated
		 */
		EDataType BIG_DECIMAL = eINSTANCE.getBigDecimal();

	}

} //QaPackage
