/**
 */
package org.qaworkbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The answer to one item (for a tick matrix, one per sampled file).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.Answer#getItemId <em>Item Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.Answer#getFileIndex <em>File Index</em>}</li>
 *   <li>{@link org.qaworkbench.model.Answer#getValue <em>Value</em>}</li>
 *   <li>{@link org.qaworkbench.model.Answer#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getAnswer()
 * @model
 * @generated
 */
public interface Answer extends EObject {
	/**
	 * Returns the value of the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Id</em>' attribute.
	 * @see #setItemId(String)
	 * @see org.qaworkbench.model.QaPackage#getAnswer_ItemId()
	 * @model
	 * @generated
	 */
	String getItemId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Answer#getItemId <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Id</em>' attribute.
	 * @see #getItemId()
	 * @generated
	 */
	void setItemId(String value);

	/**
	 * Returns the value of the '<em><b>File Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0 for ordinary items; 1..n for the columns of a tick matrix.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Index</em>' attribute.
	 * @see #setFileIndex(int)
	 * @see org.qaworkbench.model.QaPackage#getAnswer_FileIndex()
	 * @model
	 * @generated
	 */
	int getFileIndex();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Answer#getFileIndex <em>File Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Index</em>' attribute.
	 * @see #getFileIndex()
	 * @generated
	 */
	void setFileIndex(int value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Canonical text: a grade's value, Y, N, NA, an ISO date, a number, text, or choice ids separated by newlines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.qaworkbench.model.QaPackage#getAnswer_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Answer#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.qaworkbench.model.QaPackage#getAnswer_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Answer#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // Answer
