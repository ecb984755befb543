/**
 */
package org.qaworkbench.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SupervisionContract;
import org.qaworkbench.model.SupervisionFrequency;

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
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
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
		result.append(')');
		return result.toString();
	}

} //SupervisionContractImpl
