/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Staff Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A member of staff with one or more roles.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.StaffMember#getName <em>Name</em>}</li>
 *   <li>{@link org.qaworkbench.model.StaffMember#getInitials <em>Initials</em>}</li>
 *   <li>{@link org.qaworkbench.model.StaffMember#getRoles <em>Roles</em>}</li>
 *   <li>{@link org.qaworkbench.model.StaffMember#getLineManager <em>Line Manager</em>}</li>
 *   <li>{@link org.qaworkbench.model.StaffMember#getLocality <em>Locality</em>}</li>
 *   <li>{@link org.qaworkbench.model.StaffMember#getTeam <em>Team</em>}</li>
 *   <li>{@link org.qaworkbench.model.StaffMember#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.qaworkbench.model.StaffMember#isPartTime <em>Part Time</em>}</li>
 *   <li>{@link org.qaworkbench.model.StaffMember#getUserId <em>User Id</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getStaffMember()
 * @model
 * @generated
 */
public interface StaffMember extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.qaworkbench.model.QaPackage#getStaffMember_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.StaffMember#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Initials</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initials</em>' attribute.
	 * @see #setInitials(String)
	 * @see org.qaworkbench.model.QaPackage#getStaffMember_Initials()
	 * @model
	 * @generated
	 */
	String getInitials();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.StaffMember#getInitials <em>Initials</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initials</em>' attribute.
	 * @see #getInitials()
	 * @generated
	 */
	void setInitials(String value);

	/**
	 * Returns the value of the '<em><b>Roles</b></em>' attribute list.
	 * The list contents are of type {@link org.qaworkbench.model.Role}.
	 * The literals are from the enumeration {@link org.qaworkbench.model.Role}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roles</em>' attribute list.
	 * @see org.qaworkbench.model.Role
	 * @see org.qaworkbench.model.QaPackage#getStaffMember_Roles()
	 * @model
	 * @generated
	 */
	EList<Role> getRoles();

	/**
	 * Returns the value of the '<em><b>Line Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Manager</em>' reference.
	 * @see #setLineManager(StaffMember)
	 * @see org.qaworkbench.model.QaPackage#getStaffMember_LineManager()
	 * @model
	 * @generated
	 */
	StaffMember getLineManager();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.StaffMember#getLineManager <em>Line Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Manager</em>' reference.
	 * @see #getLineManager()
	 * @generated
	 */
	void setLineManager(StaffMember value);

	/**
	 * Returns the value of the '<em><b>Locality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locality</em>' reference.
	 * @see #setLocality(Locality)
	 * @see org.qaworkbench.model.QaPackage#getStaffMember_Locality()
	 * @model
	 * @generated
	 */
	Locality getLocality();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.StaffMember#getLocality <em>Locality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locality</em>' reference.
	 * @see #getLocality()
	 * @generated
	 */
	void setLocality(Locality value);

	/**
	 * Returns the value of the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' reference.
	 * @see #setTeam(Team)
	 * @see org.qaworkbench.model.QaPackage#getStaffMember_Team()
	 * @model
	 * @generated
	 */
	Team getTeam();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.StaffMember#getTeam <em>Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Team</em>' reference.
	 * @see #getTeam()
	 * @generated
	 */
	void setTeam(Team value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getStaffMember_StartDate()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.StaffMember#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Part Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Part Time</em>' attribute.
	 * @see #setPartTime(boolean)
	 * @see org.qaworkbench.model.QaPackage#getStaffMember_PartTime()
	 * @model
	 * @generated
	 */
	boolean isPartTime();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.StaffMember#isPartTime <em>Part Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Part Time</em>' attribute.
	 * @see #isPartTime()
	 * @generated
	 */
	void setPartTime(boolean value);

	/**
	 * Returns the value of the '<em><b>User Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user name this member of staff signs in with: how an actor is known to be this person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>User Id</em>' attribute.
	 * @see #setUserId(String)
	 * @see org.qaworkbench.model.QaPackage#getStaffMember_UserId()
	 * @model
	 * @generated
	 */
	String getUserId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.StaffMember#getUserId <em>User Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Id</em>' attribute.
	 * @see #getUserId()
	 * @generated
	 */
	void setUserId(String value);

} // StaffMember
