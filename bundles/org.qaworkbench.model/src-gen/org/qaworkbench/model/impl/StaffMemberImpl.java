/**
 */
package org.qaworkbench.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.Team;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Staff Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.StaffMemberImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.StaffMemberImpl#getInitials <em>Initials</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.StaffMemberImpl#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.StaffMemberImpl#getLineManager <em>Line Manager</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.StaffMemberImpl#getLocality <em>Locality</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.StaffMemberImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.StaffMemberImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.StaffMemberImpl#isPartTime <em>Part Time</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.StaffMemberImpl#getUserId <em>User Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StaffMemberImpl extends IdentifiedImpl implements StaffMember {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getRoles() <em>Roles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoles()
	 * @generated
	 * @ordered
	 */
	protected EList<Role> roles;

	/**
	 * The cached value of the '{@link #getLineManager() <em>Line Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLineManager()
	 * @generated
	 * @ordered
	 */
	protected StaffMember lineManager;

	/**
	 * The cached value of the '{@link #getLocality() <em>Locality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocality()
	 * @generated
	 * @ordered
	 */
	protected Locality locality;

	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected Team team;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isPartTime() <em>Part Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPartTime()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PART_TIME_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPartTime() <em>Part Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPartTime()
	 * @generated
	 * @ordered
	 */
	protected boolean partTime = PART_TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getUserId() <em>User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserId()
	 * @generated
	 * @ordered
	 */
	protected static final String USER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserId() <em>User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserId()
	 * @generated
	 * @ordered
	 */
	protected String userId = USER_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StaffMemberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.STAFF_MEMBER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.STAFF_MEMBER__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.STAFF_MEMBER__INITIALS, oldInitials, initials));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Role> getRoles() {
		if (roles == null) {
			roles = new EDataTypeUniqueEList<Role>(Role.class, this, QaPackage.STAFF_MEMBER__ROLES);
		}
		return roles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StaffMember getLineManager() {
		if (lineManager != null && lineManager.eIsProxy()) {
			InternalEObject oldLineManager = (InternalEObject)lineManager;
			lineManager = (StaffMember)eResolveProxy(oldLineManager);
			if (lineManager != oldLineManager) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.STAFF_MEMBER__LINE_MANAGER, oldLineManager, lineManager));
			}
		}
		return lineManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StaffMember basicGetLineManager() {
		return lineManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLineManager(StaffMember newLineManager) {
		StaffMember oldLineManager = lineManager;
		lineManager = newLineManager;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.STAFF_MEMBER__LINE_MANAGER, oldLineManager, lineManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Locality getLocality() {
		if (locality != null && locality.eIsProxy()) {
			InternalEObject oldLocality = (InternalEObject)locality;
			locality = (Locality)eResolveProxy(oldLocality);
			if (locality != oldLocality) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.STAFF_MEMBER__LOCALITY, oldLocality, locality));
			}
		}
		return locality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Locality basicGetLocality() {
		return locality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocality(Locality newLocality) {
		Locality oldLocality = locality;
		locality = newLocality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.STAFF_MEMBER__LOCALITY, oldLocality, locality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Team getTeam() {
		if (team != null && team.eIsProxy()) {
			InternalEObject oldTeam = (InternalEObject)team;
			team = (Team)eResolveProxy(oldTeam);
			if (team != oldTeam) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.STAFF_MEMBER__TEAM, oldTeam, team));
			}
		}
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Team basicGetTeam() {
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeam(Team newTeam) {
		Team oldTeam = team;
		team = newTeam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.STAFF_MEMBER__TEAM, oldTeam, team));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.STAFF_MEMBER__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPartTime() {
		return partTime;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartTime(boolean newPartTime) {
		boolean oldPartTime = partTime;
		partTime = newPartTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.STAFF_MEMBER__PART_TIME, oldPartTime, partTime));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUserId() {
		return userId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserId(String newUserId) {
		String oldUserId = userId;
		userId = newUserId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.STAFF_MEMBER__USER_ID, oldUserId, userId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QaPackage.STAFF_MEMBER__NAME:
				return getName();
			case QaPackage.STAFF_MEMBER__INITIALS:
				return getInitials();
			case QaPackage.STAFF_MEMBER__ROLES:
				return getRoles();
			case QaPackage.STAFF_MEMBER__LINE_MANAGER:
				if (resolve) return getLineManager();
				return basicGetLineManager();
			case QaPackage.STAFF_MEMBER__LOCALITY:
				if (resolve) return getLocality();
				return basicGetLocality();
			case QaPackage.STAFF_MEMBER__TEAM:
				if (resolve) return getTeam();
				return basicGetTeam();
			case QaPackage.STAFF_MEMBER__START_DATE:
				return getStartDate();
			case QaPackage.STAFF_MEMBER__PART_TIME:
				return isPartTime();
			case QaPackage.STAFF_MEMBER__USER_ID:
				return getUserId();
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
			case QaPackage.STAFF_MEMBER__NAME:
				setName((String)newValue);
				return;
			case QaPackage.STAFF_MEMBER__INITIALS:
				setInitials((String)newValue);
				return;
			case QaPackage.STAFF_MEMBER__ROLES:
				getRoles().clear();
				getRoles().addAll((Collection<? extends Role>)newValue);
				return;
			case QaPackage.STAFF_MEMBER__LINE_MANAGER:
				setLineManager((StaffMember)newValue);
				return;
			case QaPackage.STAFF_MEMBER__LOCALITY:
				setLocality((Locality)newValue);
				return;
			case QaPackage.STAFF_MEMBER__TEAM:
				setTeam((Team)newValue);
				return;
			case QaPackage.STAFF_MEMBER__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case QaPackage.STAFF_MEMBER__PART_TIME:
				setPartTime((Boolean)newValue);
				return;
			case QaPackage.STAFF_MEMBER__USER_ID:
				setUserId((String)newValue);
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
			case QaPackage.STAFF_MEMBER__NAME:
				setName(NAME_EDEFAULT);
				return;
			case QaPackage.STAFF_MEMBER__INITIALS:
				setInitials(INITIALS_EDEFAULT);
				return;
			case QaPackage.STAFF_MEMBER__ROLES:
				getRoles().clear();
				return;
			case QaPackage.STAFF_MEMBER__LINE_MANAGER:
				setLineManager((StaffMember)null);
				return;
			case QaPackage.STAFF_MEMBER__LOCALITY:
				setLocality((Locality)null);
				return;
			case QaPackage.STAFF_MEMBER__TEAM:
				setTeam((Team)null);
				return;
			case QaPackage.STAFF_MEMBER__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case QaPackage.STAFF_MEMBER__PART_TIME:
				setPartTime(PART_TIME_EDEFAULT);
				return;
			case QaPackage.STAFF_MEMBER__USER_ID:
				setUserId(USER_ID_EDEFAULT);
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
			case QaPackage.STAFF_MEMBER__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case QaPackage.STAFF_MEMBER__INITIALS:
				return INITIALS_EDEFAULT == null ? initials != null : !INITIALS_EDEFAULT.equals(initials);
			case QaPackage.STAFF_MEMBER__ROLES:
				return roles != null && !roles.isEmpty();
			case QaPackage.STAFF_MEMBER__LINE_MANAGER:
				return lineManager != null;
			case QaPackage.STAFF_MEMBER__LOCALITY:
				return locality != null;
			case QaPackage.STAFF_MEMBER__TEAM:
				return team != null;
			case QaPackage.STAFF_MEMBER__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case QaPackage.STAFF_MEMBER__PART_TIME:
				return partTime != PART_TIME_EDEFAULT;
			case QaPackage.STAFF_MEMBER__USER_ID:
				return USER_ID_EDEFAULT == null ? userId != null : !USER_ID_EDEFAULT.equals(userId);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", initials: ");
		result.append(initials);
		result.append(", roles: ");
		result.append(roles);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", partTime: ");
		result.append(partTime);
		result.append(", userId: ");
		result.append(userId);
		result.append(')');
		return result.toString();
	}

} //StaffMemberImpl
