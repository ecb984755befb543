/**
 */
package org.qaworkbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.ScoringRule#getMethod <em>Method</em>}</li>
 *   <li>{@link org.qaworkbench.model.ScoringRule#getRounding <em>Rounding</em>}</li>
 *   <li>{@link org.qaworkbench.model.ScoringRule#getDecimals <em>Decimals</em>}</li>
 *   <li>{@link org.qaworkbench.model.ScoringRule#getScorerId <em>Scorer Id</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getScoringRule()
 * @model
 * @generated
 */
public interface ScoringRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.ScoringMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.qaworkbench.model.ScoringMethod
	 * @see #setMethod(ScoringMethod)
	 * @see org.qaworkbench.model.QaPackage#getScoringRule_Method()
	 * @model
	 * @generated
	 */
	ScoringMethod getMethod();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ScoringRule#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.qaworkbench.model.ScoringMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(ScoringMethod value);

	/**
	 * Returns the value of the '<em><b>Rounding</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.Rounding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rounding</em>' attribute.
	 * @see org.qaworkbench.model.Rounding
	 * @see #setRounding(Rounding)
	 * @see org.qaworkbench.model.QaPackage#getScoringRule_Rounding()
	 * @model
	 * @generated
	 */
	Rounding getRounding();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ScoringRule#getRounding <em>Rounding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rounding</em>' attribute.
	 * @see org.qaworkbench.model.Rounding
	 * @see #getRounding()
	 * @generated
	 */
	void setRounding(Rounding value);

	/**
	 * Returns the value of the '<em><b>Decimals</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decimals</em>' attribute.
	 * @see #setDecimals(int)
	 * @see org.qaworkbench.model.QaPackage#getScoringRule_Decimals()
	 * @model
	 * @generated
	 */
	int getDecimals();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ScoringRule#getDecimals <em>Decimals</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decimals</em>' attribute.
	 * @see #getDecimals()
	 * @generated
	 */
	void setDecimals(int value);

	/**
	 * Returns the value of the '<em><b>Scorer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For the custom method: the id of a contributed scorer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scorer Id</em>' attribute.
	 * @see #setScorerId(String)
	 * @see org.qaworkbench.model.QaPackage#getScoringRule_ScorerId()
	 * @model
	 * @generated
	 */
	String getScorerId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ScoringRule#getScorerId <em>Scorer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scorer Id</em>' attribute.
	 * @see #getScorerId()
	 * @generated
	 */
	void setScorerId(String value);

} // ScoringRule
