/**
 */
package org.qaworkbench.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.DirectObservation;
import org.qaworkbench.model.FollowUp;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.RemedialAction;
import org.qaworkbench.model.StaffMember;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Remedial Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.RemedialActionImpl#getAssessment <em>Assessment</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.RemedialActionImpl#getItemId <em>Item Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.RemedialActionImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.RemedialActionImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.RemedialActionImpl#getDueOn <em>Due On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.RemedialActionImpl#getHowAddressed <em>How Addressed</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.RemedialActionImpl#getCompletedOn <em>Completed On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.RemedialActionImpl#getInitials <em>Initials</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.RemedialActionImpl#getFollowUp <em>Follow Up</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.RemedialActionImpl#getObservation <em>Observation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RemedialActionImpl extends IdentifiedImpl implements RemedialAction {
	/**
	 * The cached value of the '{@link #getAssessment() <em>Assessment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessment()
	 * @generated
	 * @ordered
	 */
	protected Assessment assessment;

	/**
	 * The default value of the '{@link #getItemId() <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemId()
	 * @generated
	 * @ordered
	 */
	protected static final String ITEM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getItemId() <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemId()
	 * @generated
	 * @ordered
	 */
	protected String itemId = ITEM_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected String action = ACTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected StaffMember owner;

	/**
	 * The default value of the '{@link #getDueOn() <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueOn() <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueOn = DUE_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getHowAddressed() <em>How Addressed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHowAddressed()
	 * @generated
	 * @ordered
	 */
	protected static final String HOW_ADDRESSED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHowAddressed() <em>How Addressed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHowAddressed()
	 * @generated
	 * @ordered
	 */
	protected String howAddressed = HOW_ADDRESSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate COMPLETED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate completedOn = COMPLETED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitials() <em>Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitials()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIALS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitials() <em>Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitials()
	 * @generated
	 * @ordered
	 */
	protected String initials = INITIALS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFollowUp() <em>Follow Up</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUp()
	 * @generated
	 * @ordered
	 */
	protected FollowUp followUp;

	/**
	 * The cached value of the '{@link #getObservation() <em>Observation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObservation()
	 * @generated
	 * @ordered
	 */
	protected DirectObservation observation;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RemedialActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.REMEDIAL_ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment getAssessment() {
		if (assessment != null && assessment.eIsProxy()) {
			InternalEObject oldAssessment = (InternalEObject)assessment;
			assessment = (Assessment)eResolveProxy(oldAssessment);
			if (assessment != oldAssessment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.REMEDIAL_ACTION__ASSESSMENT, oldAssessment, assessment));
			}
		}
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Assessment basicGetAssessment() {
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssessment(Assessment newAssessment) {
		Assessment oldAssessment = assessment;
		assessment = newAssessment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.REMEDIAL_ACTION__ASSESSMENT, oldAssessment, assessment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getItemId() {
		return itemId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemId(String newItemId) {
		String oldItemId = itemId;
		itemId = newItemId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.REMEDIAL_ACTION__ITEM_ID, oldItemId, itemId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(String newAction) {
		String oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.REMEDIAL_ACTION__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffMember getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (StaffMember)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.REMEDIAL_ACTION__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffMember basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(StaffMember newOwner) {
		StaffMember oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.REMEDIAL_ACTION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueOn() {
		return dueOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueOn(LocalDate newDueOn) {
		LocalDate oldDueOn = dueOn;
		dueOn = newDueOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.REMEDIAL_ACTION__DUE_ON, oldDueOn, dueOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHowAddressed() {
		return howAddressed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHowAddressed(String newHowAddressed) {
		String oldHowAddressed = howAddressed;
		howAddressed = newHowAddressed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.REMEDIAL_ACTION__HOW_ADDRESSED, oldHowAddressed, howAddressed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCompletedOn() {
		return completedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletedOn(LocalDate newCompletedOn) {
		LocalDate oldCompletedOn = completedOn;
		completedOn = newCompletedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.REMEDIAL_ACTION__COMPLETED_ON, oldCompletedOn, completedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitials() {
		return initials;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitials(String newInitials) {
		String oldInitials = initials;
		initials = newInitials;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.REMEDIAL_ACTION__INITIALS, oldInitials, initials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FollowUp getFollowUp() {
		return followUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFollowUp(FollowUp newFollowUp, NotificationChain msgs) {
		FollowUp oldFollowUp = followUp;
		followUp = newFollowUp;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QaPackage.REMEDIAL_ACTION__FOLLOW_UP, oldFollowUp, newFollowUp);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUp(FollowUp newFollowUp) {
		if (newFollowUp != followUp) {
			NotificationChain msgs = null;
			if (followUp != null)
				msgs = ((InternalEObject)followUp).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QaPackage.REMEDIAL_ACTION__FOLLOW_UP, null, msgs);
			if (newFollowUp != null)
				msgs = ((InternalEObject)newFollowUp).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QaPackage.REMEDIAL_ACTION__FOLLOW_UP, null, msgs);
			msgs = basicSetFollowUp(newFollowUp, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.REMEDIAL_ACTION__FOLLOW_UP, newFollowUp, newFollowUp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DirectObservation getObservation() {
		if (observation != null && observation.eIsProxy()) {
			InternalEObject oldObservation = (InternalEObject)observation;
			observation = (DirectObservation)eResolveProxy(oldObservation);
			if (observation != oldObservation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.REMEDIAL_ACTION__OBSERVATION, oldObservation, observation));
			}
		}
		return observation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DirectObservation basicGetObservation() {
		return observation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObservation(DirectObservation newObservation) {
		DirectObservation oldObservation = observation;
		observation = newObservation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.REMEDIAL_ACTION__OBSERVATION, oldObservation, observation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QaPackage.REMEDIAL_ACTION__FOLLOW_UP:
				return basicSetFollowUp(null, msgs);
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
			case QaPackage.REMEDIAL_ACTION__ASSESSMENT:
				if (resolve) return getAssessment();
				return basicGetAssessment();
			case QaPackage.REMEDIAL_ACTION__ITEM_ID:
				return getItemId();
			case QaPackage.REMEDIAL_ACTION__ACTION:
				return getAction();
			case QaPackage.REMEDIAL_ACTION__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case QaPackage.REMEDIAL_ACTION__DUE_ON:
				return getDueOn();
			case QaPackage.REMEDIAL_ACTION__HOW_ADDRESSED:
				return getHowAddressed();
			case QaPackage.REMEDIAL_ACTION__COMPLETED_ON:
				return getCompletedOn();
			case QaPackage.REMEDIAL_ACTION__INITIALS:
				return getInitials();
			case QaPackage.REMEDIAL_ACTION__FOLLOW_UP:
				return getFollowUp();
			case QaPackage.REMEDIAL_ACTION__OBSERVATION:
				if (resolve) return getObservation();
				return basicGetObservation();
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
			case QaPackage.REMEDIAL_ACTION__ASSESSMENT:
				setAssessment((Assessment)newValue);
				return;
			case QaPackage.REMEDIAL_ACTION__ITEM_ID:
				setItemId((String)newValue);
				return;
			case QaPackage.REMEDIAL_ACTION__ACTION:
				setAction((String)newValue);
				return;
			case QaPackage.REMEDIAL_ACTION__OWNER:
				setOwner((StaffMember)newValue);
				return;
			case QaPackage.REMEDIAL_ACTION__DUE_ON:
				setDueOn((LocalDate)newValue);
				return;
			case QaPackage.REMEDIAL_ACTION__HOW_ADDRESSED:
				setHowAddressed((String)newValue);
				return;
			case QaPackage.REMEDIAL_ACTION__COMPLETED_ON:
				setCompletedOn((LocalDate)newValue);
				return;
			case QaPackage.REMEDIAL_ACTION__INITIALS:
				setInitials((String)newValue);
				return;
			case QaPackage.REMEDIAL_ACTION__FOLLOW_UP:
				setFollowUp((FollowUp)newValue);
				return;
			case QaPackage.REMEDIAL_ACTION__OBSERVATION:
				setObservation((DirectObservation)newValue);
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
			case QaPackage.REMEDIAL_ACTION__ASSESSMENT:
				setAssessment((Assessment)null);
				return;
			case QaPackage.REMEDIAL_ACTION__ITEM_ID:
				setItemId(ITEM_ID_EDEFAULT);
				return;
			case QaPackage.REMEDIAL_ACTION__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case QaPackage.REMEDIAL_ACTION__OWNER:
				setOwner((StaffMember)null);
				return;
			case QaPackage.REMEDIAL_ACTION__DUE_ON:
				setDueOn(DUE_ON_EDEFAULT);
				return;
			case QaPackage.REMEDIAL_ACTION__HOW_ADDRESSED:
				setHowAddressed(HOW_ADDRESSED_EDEFAULT);
				return;
			case QaPackage.REMEDIAL_ACTION__COMPLETED_ON:
				setCompletedOn(COMPLETED_ON_EDEFAULT);
				return;
			case QaPackage.REMEDIAL_ACTION__INITIALS:
				setInitials(INITIALS_EDEFAULT);
				return;
			case QaPackage.REMEDIAL_ACTION__FOLLOW_UP:
				setFollowUp((FollowUp)null);
				return;
			case QaPackage.REMEDIAL_ACTION__OBSERVATION:
				setObservation((DirectObservation)null);
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
			case QaPackage.REMEDIAL_ACTION__ASSESSMENT:
				return assessment != null;
			case QaPackage.REMEDIAL_ACTION__ITEM_ID:
				return ITEM_ID_EDEFAULT == null ? itemId != null : !ITEM_ID_EDEFAULT.equals(itemId);
			case QaPackage.REMEDIAL_ACTION__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case QaPackage.REMEDIAL_ACTION__OWNER:
				return owner != null;
			case QaPackage.REMEDIAL_ACTION__DUE_ON:
				return DUE_ON_EDEFAULT == null ? dueOn != null : !DUE_ON_EDEFAULT.equals(dueOn);
			case QaPackage.REMEDIAL_ACTION__HOW_ADDRESSED:
				return HOW_ADDRESSED_EDEFAULT == null ? howAddressed != null : !HOW_ADDRESSED_EDEFAULT.equals(howAddressed);
			case QaPackage.REMEDIAL_ACTION__COMPLETED_ON:
				return COMPLETED_ON_EDEFAULT == null ? completedOn != null : !COMPLETED_ON_EDEFAULT.equals(completedOn);
			case QaPackage.REMEDIAL_ACTION__INITIALS:
				return INITIALS_EDEFAULT == null ? initials != null : !INITIALS_EDEFAULT.equals(initials);
			case QaPackage.REMEDIAL_ACTION__FOLLOW_UP:
				return followUp != null;
			case QaPackage.REMEDIAL_ACTION__OBSERVATION:
				return observation != null;
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
		result.append(" (itemId: ");
		result.append(itemId);
		result.append(", action: ");
		result.append(action);
		result.append(", dueOn: ");
		result.append(dueOn);
		result.append(", howAddressed: ");
		result.append(howAddressed);
		result.append(", completedOn: ");
		result.append(completedOn);
		result.append(", initials: ");
		result.append(initials);
		result.append(')');
		return result.toString();
	}

} //RemedialActionImpl
