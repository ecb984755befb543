/**
 */
package org.qaworkbench.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.qaworkbench.model.Amendment;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionFrequency;
import org.qaworkbench.model.SupervisionState;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Supervision Contract</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getSupervisor <em>Supervisor</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getSupervisee <em>Supervisee</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getReasonsLessFrequent <em>Reasons Less Frequent</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getPreparation <em>Preparation</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getStorage <em>Storage</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getSignedBySupervisorOn <em>Signed By Supervisor On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getSignedBySuperviseeOn <em>Signed By Supervisee On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getReviewOn <em>Review On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getFrequencyPeriod <em>Frequency Period</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getReviewPeriod <em>Review Period</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getSupersedes <em>Supersedes</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getDefinitionId <em>Definition Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getDefinitionVersion <em>Definition Version</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getDefinitionHash <em>Definition Hash</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getState <em>State</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getSignOffs <em>Sign Offs</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SupervisionContractImpl#getAmendments <em>Amendments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SupervisionContractImpl extends IdentifiedImpl implements SupervisionContract {
	/**
	 * The cached value of the '{@link #getSupervisor() <em>Supervisor</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisor()
	 * @generated
	 * @ordered
	 */
	protected StaffMember supervisor;

	/**
	 * The cached value of the '{@link #getSupervisee() <em>Supervisee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupervisee()
	 * @generated
	 * @ordered
	 */
	protected StaffMember supervisee;

	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final SupervisionFrequency FREQUENCY_EDEFAULT = SupervisionFrequency.MONTHLY;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected SupervisionFrequency frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getReasonsLessFrequent() <em>Reasons Less Frequent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasonsLessFrequent()
	 * @generated
	 * @ordered
	 */
	protected static final String REASONS_LESS_FREQUENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReasonsLessFrequent() <em>Reasons Less Frequent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReasonsLessFrequent()
	 * @generated
	 * @ordered
	 */
	protected String reasonsLessFrequent = REASONS_LESS_FREQUENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreparation() <em>Preparation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparation()
	 * @generated
	 * @ordered
	 */
	protected static final String PREPARATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreparation() <em>Preparation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparation()
	 * @generated
	 * @ordered
	 */
	protected String preparation = PREPARATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorage() <em>Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorage()
	 * @generated
	 * @ordered
	 */
	protected static final String STORAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStorage() <em>Storage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorage()
	 * @generated
	 * @ordered
	 */
	protected String storage = STORAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedBySupervisorOn() <em>Signed By Supervisor On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBySupervisorOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SIGNED_BY_SUPERVISOR_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedBySupervisorOn() <em>Signed By Supervisor On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBySupervisorOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate signedBySupervisorOn = SIGNED_BY_SUPERVISOR_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedBySuperviseeOn() <em>Signed By Supervisee On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBySuperviseeOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SIGNED_BY_SUPERVISEE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedBySuperviseeOn() <em>Signed By Supervisee On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBySuperviseeOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate signedBySuperviseeOn = SIGNED_BY_SUPERVISEE_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewOn() <em>Review On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REVIEW_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewOn() <em>Review On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate reviewOn = REVIEW_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrequencyPeriod() <em>Frequency Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequencyPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String FREQUENCY_PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrequencyPeriod() <em>Frequency Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequencyPeriod()
	 * @generated
	 * @ordered
	 */
	protected String frequencyPeriod = FREQUENCY_PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getReviewPeriod() <em>Review Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String REVIEW_PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReviewPeriod() <em>Review Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReviewPeriod()
	 * @generated
	 * @ordered
	 */
	protected String reviewPeriod = REVIEW_PERIOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupersedes() <em>Supersedes</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupersedes()
	 * @generated
	 * @ordered
	 */
	protected SupervisionContract supersedes;

	/**
	 * The default value of the '{@link #getDefinitionId() <em>Definition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionId()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinitionId() <em>Definition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionId()
	 * @generated
	 * @ordered
	 */
	protected String definitionId = DEFINITION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefinitionVersion() <em>Definition Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinitionVersion() <em>Definition Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionVersion()
	 * @generated
	 * @ordered
	 */
	protected String definitionVersion = DEFINITION_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefinitionHash() <em>Definition Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionHash()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinitionHash() <em>Definition Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionHash()
	 * @generated
	 * @ordered
	 */
	protected String definitionHash = DEFINITION_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final SupervisionState STATE_EDEFAULT = SupervisionState.DRAFT;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected SupervisionState state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignOffs() <em>Sign Offs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignOffs()
	 * @generated
	 * @ordered
	 */
	protected EList<SignOff> signOffs;

	/**
	 * The cached value of the '{@link #getAmendments() <em>Amendments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmendments()
	 * @generated
	 * @ordered
	 */
	protected EList<Amendment> amendments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SupervisionContractImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.SUPERVISION_CONTRACT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffMember getSupervisor() {
		if (supervisor != null && supervisor.eIsProxy()) {
			InternalEObject oldSupervisor = (InternalEObject)supervisor;
			supervisor = (StaffMember)eResolveProxy(oldSupervisor);
			if (supervisor != oldSupervisor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.SUPERVISION_CONTRACT__SUPERVISOR, oldSupervisor, supervisor));
			}
		}
		return supervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffMember basicGetSupervisor() {
		return supervisor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisor(StaffMember newSupervisor) {
		StaffMember oldSupervisor = supervisor;
		supervisor = newSupervisor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__SUPERVISOR, oldSupervisor, supervisor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffMember getSupervisee() {
		if (supervisee != null && supervisee.eIsProxy()) {
			InternalEObject oldSupervisee = (InternalEObject)supervisee;
			supervisee = (StaffMember)eResolveProxy(oldSupervisee);
			if (supervisee != oldSupervisee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.SUPERVISION_CONTRACT__SUPERVISEE, oldSupervisee, supervisee));
			}
		}
		return supervisee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffMember basicGetSupervisee() {
		return supervisee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupervisee(StaffMember newSupervisee) {
		StaffMember oldSupervisee = supervisee;
		supervisee = newSupervisee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__SUPERVISEE, oldSupervisee, supervisee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionFrequency getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(SupervisionFrequency newFrequency) {
		SupervisionFrequency oldFrequency = frequency;
		frequency = newFrequency == null ? FREQUENCY_EDEFAULT : newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReasonsLessFrequent() {
		return reasonsLessFrequent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReasonsLessFrequent(String newReasonsLessFrequent) {
		String oldReasonsLessFrequent = reasonsLessFrequent;
		reasonsLessFrequent = newReasonsLessFrequent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__REASONS_LESS_FREQUENT, oldReasonsLessFrequent, reasonsLessFrequent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreparation() {
		return preparation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreparation(String newPreparation) {
		String oldPreparation = preparation;
		preparation = newPreparation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__PREPARATION, oldPreparation, preparation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStorage() {
		return storage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorage(String newStorage) {
		String oldStorage = storage;
		storage = newStorage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__STORAGE, oldStorage, storage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSignedBySupervisorOn() {
		return signedBySupervisorOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedBySupervisorOn(LocalDate newSignedBySupervisorOn) {
		LocalDate oldSignedBySupervisorOn = signedBySupervisorOn;
		signedBySupervisorOn = newSignedBySupervisorOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISOR_ON, oldSignedBySupervisorOn, signedBySupervisorOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSignedBySuperviseeOn() {
		return signedBySuperviseeOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedBySuperviseeOn(LocalDate newSignedBySuperviseeOn) {
		LocalDate oldSignedBySuperviseeOn = signedBySuperviseeOn;
		signedBySuperviseeOn = newSignedBySuperviseeOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISEE_ON, oldSignedBySuperviseeOn, signedBySuperviseeOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReviewOn() {
		return reviewOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewOn(LocalDate newReviewOn) {
		LocalDate oldReviewOn = reviewOn;
		reviewOn = newReviewOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__REVIEW_ON, oldReviewOn, reviewOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFrequencyPeriod() {
		return frequencyPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequencyPeriod(String newFrequencyPeriod) {
		String oldFrequencyPeriod = frequencyPeriod;
		frequencyPeriod = newFrequencyPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__FREQUENCY_PERIOD, oldFrequencyPeriod, frequencyPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReviewPeriod() {
		return reviewPeriod;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReviewPeriod(String newReviewPeriod) {
		String oldReviewPeriod = reviewPeriod;
		reviewPeriod = newReviewPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__REVIEW_PERIOD, oldReviewPeriod, reviewPeriod));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionContract getSupersedes() {
		if (supersedes != null && supersedes.eIsProxy()) {
			InternalEObject oldSupersedes = (InternalEObject)supersedes;
			supersedes = (SupervisionContract)eResolveProxy(oldSupersedes);
			if (supersedes != oldSupersedes) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.SUPERVISION_CONTRACT__SUPERSEDES, oldSupersedes, supersedes));
			}
		}
		return supersedes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SupervisionContract basicGetSupersedes() {
		return supersedes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupersedes(SupervisionContract newSupersedes) {
		SupervisionContract oldSupersedes = supersedes;
		supersedes = newSupersedes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__SUPERSEDES, oldSupersedes, supersedes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinitionId() {
		return definitionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitionId(String newDefinitionId) {
		String oldDefinitionId = definitionId;
		definitionId = newDefinitionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__DEFINITION_ID, oldDefinitionId, definitionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinitionVersion() {
		return definitionVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitionVersion(String newDefinitionVersion) {
		String oldDefinitionVersion = definitionVersion;
		definitionVersion = newDefinitionVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__DEFINITION_VERSION, oldDefinitionVersion, definitionVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinitionHash() {
		return definitionHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitionHash(String newDefinitionHash) {
		String oldDefinitionHash = definitionHash;
		definitionHash = newDefinitionHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__DEFINITION_HASH, oldDefinitionHash, definitionHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SupervisionState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(SupervisionState newState) {
		SupervisionState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SUPERVISION_CONTRACT__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SignOff> getSignOffs() {
		if (signOffs == null) {
			signOffs = new EObjectContainmentEList<SignOff>(SignOff.class, this, QaPackage.SUPERVISION_CONTRACT__SIGN_OFFS);
		}
		return signOffs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Amendment> getAmendments() {
		if (amendments == null) {
			amendments = new EObjectContainmentEList<Amendment>(Amendment.class, this, QaPackage.SUPERVISION_CONTRACT__AMENDMENTS);
		}
		return amendments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QaPackage.SUPERVISION_CONTRACT__SIGN_OFFS:
				return ((InternalEList<?>)getSignOffs()).basicRemove(otherEnd, msgs);
			case QaPackage.SUPERVISION_CONTRACT__AMENDMENTS:
				return ((InternalEList<?>)getAmendments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QaPackage.SUPERVISION_CONTRACT__SUPERVISOR:
				if (resolve) return getSupervisor();
				return basicGetSupervisor();
			case QaPackage.SUPERVISION_CONTRACT__SUPERVISEE:
				if (resolve) return getSupervisee();
				return basicGetSupervisee();
			case QaPackage.SUPERVISION_CONTRACT__FREQUENCY:
				return getFrequency();
			case QaPackage.SUPERVISION_CONTRACT__REASONS_LESS_FREQUENT:
				return getReasonsLessFrequent();
			case QaPackage.SUPERVISION_CONTRACT__PREPARATION:
				return getPreparation();
			case QaPackage.SUPERVISION_CONTRACT__STORAGE:
				return getStorage();
			case QaPackage.SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISOR_ON:
				return getSignedBySupervisorOn();
			case QaPackage.SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISEE_ON:
				return getSignedBySuperviseeOn();
			case QaPackage.SUPERVISION_CONTRACT__REVIEW_ON:
				return getReviewOn();
			case QaPackage.SUPERVISION_CONTRACT__FREQUENCY_PERIOD:
				return getFrequencyPeriod();
			case QaPackage.SUPERVISION_CONTRACT__REVIEW_PERIOD:
				return getReviewPeriod();
			case QaPackage.SUPERVISION_CONTRACT__SUPERSEDES:
				if (resolve) return getSupersedes();
				return basicGetSupersedes();
			case QaPackage.SUPERVISION_CONTRACT__DEFINITION_ID:
				return getDefinitionId();
			case QaPackage.SUPERVISION_CONTRACT__DEFINITION_VERSION:
				return getDefinitionVersion();
			case QaPackage.SUPERVISION_CONTRACT__DEFINITION_HASH:
				return getDefinitionHash();
			case QaPackage.SUPERVISION_CONTRACT__STATE:
				return getState();
			case QaPackage.SUPERVISION_CONTRACT__SIGN_OFFS:
				return getSignOffs();
			case QaPackage.SUPERVISION_CONTRACT__AMENDMENTS:
				return getAmendments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case QaPackage.SUPERVISION_CONTRACT__SUPERVISOR:
				setSupervisor((StaffMember)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__SUPERVISEE:
				setSupervisee((StaffMember)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__FREQUENCY:
				setFrequency((SupervisionFrequency)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__REASONS_LESS_FREQUENT:
				setReasonsLessFrequent((String)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__PREPARATION:
				setPreparation((String)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__STORAGE:
				setStorage((String)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISOR_ON:
				setSignedBySupervisorOn((LocalDate)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISEE_ON:
				setSignedBySuperviseeOn((LocalDate)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__REVIEW_ON:
				setReviewOn((LocalDate)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__FREQUENCY_PERIOD:
				setFrequencyPeriod((String)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__REVIEW_PERIOD:
				setReviewPeriod((String)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__SUPERSEDES:
				setSupersedes((SupervisionContract)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__DEFINITION_ID:
				setDefinitionId((String)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__DEFINITION_VERSION:
				setDefinitionVersion((String)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__DEFINITION_HASH:
				setDefinitionHash((String)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__STATE:
				setState((SupervisionState)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__SIGN_OFFS:
				getSignOffs().clear();
				getSignOffs().addAll((Collection<? extends SignOff>)newValue);
				return;
			case QaPackage.SUPERVISION_CONTRACT__AMENDMENTS:
				getAmendments().clear();
				getAmendments().addAll((Collection<? extends Amendment>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case QaPackage.SUPERVISION_CONTRACT__SUPERVISOR:
				setSupervisor((StaffMember)null);
				return;
			case QaPackage.SUPERVISION_CONTRACT__SUPERVISEE:
				setSupervisee((StaffMember)null);
				return;
			case QaPackage.SUPERVISION_CONTRACT__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_CONTRACT__REASONS_LESS_FREQUENT:
				setReasonsLessFrequent(REASONS_LESS_FREQUENT_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_CONTRACT__PREPARATION:
				setPreparation(PREPARATION_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_CONTRACT__STORAGE:
				setStorage(STORAGE_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISOR_ON:
				setSignedBySupervisorOn(SIGNED_BY_SUPERVISOR_ON_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISEE_ON:
				setSignedBySuperviseeOn(SIGNED_BY_SUPERVISEE_ON_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_CONTRACT__REVIEW_ON:
				setReviewOn(REVIEW_ON_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_CONTRACT__FREQUENCY_PERIOD:
				setFrequencyPeriod(FREQUENCY_PERIOD_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_CONTRACT__REVIEW_PERIOD:
				setReviewPeriod(REVIEW_PERIOD_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_CONTRACT__SUPERSEDES:
				setSupersedes((SupervisionContract)null);
				return;
			case QaPackage.SUPERVISION_CONTRACT__DEFINITION_ID:
				setDefinitionId(DEFINITION_ID_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_CONTRACT__DEFINITION_VERSION:
				setDefinitionVersion(DEFINITION_VERSION_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_CONTRACT__DEFINITION_HASH:
				setDefinitionHash(DEFINITION_HASH_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_CONTRACT__STATE:
				setState(STATE_EDEFAULT);
				return;
			case QaPackage.SUPERVISION_CONTRACT__SIGN_OFFS:
				getSignOffs().clear();
				return;
			case QaPackage.SUPERVISION_CONTRACT__AMENDMENTS:
				getAmendments().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case QaPackage.SUPERVISION_CONTRACT__SUPERVISOR:
				return supervisor != null;
			case QaPackage.SUPERVISION_CONTRACT__SUPERVISEE:
				return supervisee != null;
			case QaPackage.SUPERVISION_CONTRACT__FREQUENCY:
				return frequency != FREQUENCY_EDEFAULT;
			case QaPackage.SUPERVISION_CONTRACT__REASONS_LESS_FREQUENT:
				return REASONS_LESS_FREQUENT_EDEFAULT == null ? reasonsLessFrequent != null : !REASONS_LESS_FREQUENT_EDEFAULT.equals(reasonsLessFrequent);
			case QaPackage.SUPERVISION_CONTRACT__PREPARATION:
				return PREPARATION_EDEFAULT == null ? preparation != null : !PREPARATION_EDEFAULT.equals(preparation);
			case QaPackage.SUPERVISION_CONTRACT__STORAGE:
				return STORAGE_EDEFAULT == null ? storage != null : !STORAGE_EDEFAULT.equals(storage);
			case QaPackage.SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISOR_ON:
				return SIGNED_BY_SUPERVISOR_ON_EDEFAULT == null ? signedBySupervisorOn != null : !SIGNED_BY_SUPERVISOR_ON_EDEFAULT.equals(signedBySupervisorOn);
			case QaPackage.SUPERVISION_CONTRACT__SIGNED_BY_SUPERVISEE_ON:
				return SIGNED_BY_SUPERVISEE_ON_EDEFAULT == null ? signedBySuperviseeOn != null : !SIGNED_BY_SUPERVISEE_ON_EDEFAULT.equals(signedBySuperviseeOn);
			case QaPackage.SUPERVISION_CONTRACT__REVIEW_ON:
				return REVIEW_ON_EDEFAULT == null ? reviewOn != null : !REVIEW_ON_EDEFAULT.equals(reviewOn);
			case QaPackage.SUPERVISION_CONTRACT__FREQUENCY_PERIOD:
				return FREQUENCY_PERIOD_EDEFAULT == null ? frequencyPeriod != null : !FREQUENCY_PERIOD_EDEFAULT.equals(frequencyPeriod);
			case QaPackage.SUPERVISION_CONTRACT__REVIEW_PERIOD:
				return REVIEW_PERIOD_EDEFAULT == null ? reviewPeriod != null : !REVIEW_PERIOD_EDEFAULT.equals(reviewPeriod);
			case QaPackage.SUPERVISION_CONTRACT__SUPERSEDES:
				return supersedes != null;
			case QaPackage.SUPERVISION_CONTRACT__DEFINITION_ID:
				return DEFINITION_ID_EDEFAULT == null ? definitionId != null : !DEFINITION_ID_EDEFAULT.equals(definitionId);
			case QaPackage.SUPERVISION_CONTRACT__DEFINITION_VERSION:
				return DEFINITION_VERSION_EDEFAULT == null ? definitionVersion != null : !DEFINITION_VERSION_EDEFAULT.equals(definitionVersion);
			case QaPackage.SUPERVISION_CONTRACT__DEFINITION_HASH:
				return DEFINITION_HASH_EDEFAULT == null ? definitionHash != null : !DEFINITION_HASH_EDEFAULT.equals(definitionHash);
			case QaPackage.SUPERVISION_CONTRACT__STATE:
				return state != STATE_EDEFAULT;
			case QaPackage.SUPERVISION_CONTRACT__SIGN_OFFS:
				return signOffs != null && !signOffs.isEmpty();
			case QaPackage.SUPERVISION_CONTRACT__AMENDMENTS:
				return amendments != null && !amendments.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (frequency: ");
		result.append(frequency);
		result.append(", reasonsLessFrequent: ");
		result.append(reasonsLessFrequent);
		result.append(", preparation: ");
		result.append(preparation);
		result.append(", storage: ");
		result.append(storage);
		result.append(", signedBySupervisorOn: ");
		result.append(signedBySupervisorOn);
		result.append(", signedBySuperviseeOn: ");
		result.append(signedBySuperviseeOn);
		result.append(", reviewOn: ");
		result.append(reviewOn);
		result.append(", frequencyPeriod: ");
		result.append(frequencyPeriod);
		result.append(", reviewPeriod: ");
		result.append(reviewPeriod);
		result.append(", definitionId: ");
		result.append(definitionId);
		result.append(", definitionVersion: ");
		result.append(definitionVersion);
		result.append(", definitionHash: ");
		result.append(definitionHash);
		result.append(", state: ");
		result.append(state);
		result.append(')');
		return result.toString();
	}

} //SupervisionContractImpl
