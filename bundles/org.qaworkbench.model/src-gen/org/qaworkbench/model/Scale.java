/**
 */
package org.qaworkbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scale</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named grading scale.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.Scale#getScaleId <em>Scale Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.Scale#getName <em>Name</em>}</li>
 *   <li>{@link org.qaworkbench.model.Scale#getLevels <em>Levels</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getScale()
 * @model
 * @generated
 */
public interface Scale extends EObject {
	/**
	 * Returns the value of the '<em><b>Scale Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scale Id</em>' attribute.
	 * @see #setScaleId(String)
	 * @see org.qaworkbench.model.QaPackage#getScale_ScaleId()
	 * @model id="true"
	 * @generated
	 */
	String getScaleId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Scale#getScaleId <em>Scale Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale Id</em>' attribute.
	 * @see #getScaleId()
	 * @generated
	 */
	void setScaleId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.qaworkbench.model.QaPackage#getScale_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Scale#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Levels</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.Level}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Levels</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getScale_Levels()
	 * @model containment="true"
	 * @generated
	 */
	EList<Level> getLevels();

} // Scale
