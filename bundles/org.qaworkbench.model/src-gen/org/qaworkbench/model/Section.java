/**
 */
package org.qaworkbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.Section#getSectionId <em>Section Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.Section#getTitle <em>Title</em>}</li>
 *   <li>{@link org.qaworkbench.model.Section#getItems <em>Items</em>}</li>
 *   <li>{@link org.qaworkbench.model.Section#getScoring <em>Scoring</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getSection()
 * @model
 * @generated
 */
public interface Section extends EObject {
	/**
	 * Returns the value of the '<em><b>Section Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Section Id</em>' attribute.
	 * @see #setSectionId(String)
	 * @see org.qaworkbench.model.QaPackage#getSection_SectionId()
	 * @model id="true"
	 * @generated
	 */
	String getSectionId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Section#getSectionId <em>Section Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Section Id</em>' attribute.
	 * @see #getSectionId()
	 * @generated
	 */
	void setSectionId(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.qaworkbench.model.QaPackage#getSection_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Section#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.Item}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getSection_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<Item> getItems();

	/**
	 * Returns the value of the '<em><b>Scoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scoring</em>' containment reference.
	 * @see #setScoring(ScoringRule)
	 * @see org.qaworkbench.model.QaPackage#getSection_Scoring()
	 * @model containment="true"
	 * @generated
	 */
	ScoringRule getScoring();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Section#getScoring <em>Scoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring</em>' containment reference.
	 * @see #getScoring()
	 * @generated
	 */
	void setScoring(ScoringRule value);

} // Section
