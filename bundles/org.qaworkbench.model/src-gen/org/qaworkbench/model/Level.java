/**
 */
package org.qaworkbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Level</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One level of a scale: the audit scale is 1 Exceeds good ... 4 Inadequate, 5 N/A.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.Level#getValue <em>Value</em>}</li>
 *   <li>{@link org.qaworkbench.model.Level#getLabel <em>Label</em>}</li>
 *   <li>{@link org.qaworkbench.model.Level#getDescriptor <em>Descriptor</em>}</li>
 *   <li>{@link org.qaworkbench.model.Level#isNotApplicable <em>Not Applicable</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getLevel()
 * @model
 * @generated
 */
public interface Level extends EObject {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(int)
	 * @see org.qaworkbench.model.QaPackage#getLevel_Value()
	 * @model
	 * @generated
	 */
	int getValue();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Level#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(int value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.qaworkbench.model.QaPackage#getLevel_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Level#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Descriptor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Descriptor</em>' attribute.
	 * @see #setDescriptor(String)
	 * @see org.qaworkbench.model.QaPackage#getLevel_Descriptor()
	 * @model
	 * @generated
	 */
	String getDescriptor();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Level#getDescriptor <em>Descriptor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Descriptor</em>' attribute.
	 * @see #getDescriptor()
	 * @generated
	 */
	void setDescriptor(String value);

	/**
	 * Returns the value of the '<em><b>Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Not Applicable</em>' attribute.
	 * @see #setNotApplicable(boolean)
	 * @see org.qaworkbench.model.QaPackage#getLevel_NotApplicable()
	 * @model
	 * @generated
	 */
	boolean isNotApplicable();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Level#isNotApplicable <em>Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Applicable</em>' attribute.
	 * @see #isNotApplicable()
	 * @generated
	 */
	void setNotApplicable(boolean value);

} // Level
