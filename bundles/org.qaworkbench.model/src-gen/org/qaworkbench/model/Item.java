/**
 */
package org.qaworkbench.model;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One question or field of a checklist.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.Item#getItemId <em>Item Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.Item#getText <em>Text</em>}</li>
 *   <li>{@link org.qaworkbench.model.Item#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link org.qaworkbench.model.Item#getKind <em>Kind</em>}</li>
 *   <li>{@link org.qaworkbench.model.Item#isRequired <em>Required</em>}</li>
 *   <li>{@link org.qaworkbench.model.Item#getScale <em>Scale</em>}</li>
 *   <li>{@link org.qaworkbench.model.Item#getChoices <em>Choices</em>}</li>
 *   <li>{@link org.qaworkbench.model.Item#getMatrixFiles <em>Matrix Files</em>}</li>
 *   <li>{@link org.qaworkbench.model.Item#isPersonal <em>Personal</em>}</li>
 *   <li>{@link org.qaworkbench.model.Item#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.qaworkbench.model.Item#getMinimum <em>Minimum</em>}</li>
 *   <li>{@link org.qaworkbench.model.Item#getMaximum <em>Maximum</em>}</li>
 *   <li>{@link org.qaworkbench.model.Item#getNotBefore <em>Not Before</em>}</li>
 *   <li>{@link org.qaworkbench.model.Item#isFuture <em>Future</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getItem()
 * @model
 * @generated
 */
public interface Item extends EObject {
	/**
	 * Returns the value of the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Item Id</em>' attribute.
	 * @see #setItemId(String)
	 * @see org.qaworkbench.model.QaPackage#getItem_ItemId()
	 * @model id="true"
	 * @generated
	 */
	String getItemId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Item#getItemId <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Id</em>' attribute.
	 * @see #getItemId()
	 * @generated
	 */
	void setItemId(String value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.qaworkbench.model.QaPackage#getItem_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Item#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Guidance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guidance</em>' attribute.
	 * @see #setGuidance(String)
	 * @see org.qaworkbench.model.QaPackage#getItem_Guidance()
	 * @model
	 * @generated
	 */
	String getGuidance();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Item#getGuidance <em>Guidance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guidance</em>' attribute.
	 * @see #getGuidance()
	 * @generated
	 */
	void setGuidance(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.ItemKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.qaworkbench.model.ItemKind
	 * @see #setKind(ItemKind)
	 * @see org.qaworkbench.model.QaPackage#getItem_Kind()
	 * @model
	 * @generated
	 */
	ItemKind getKind();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Item#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.qaworkbench.model.ItemKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ItemKind value);

	/**
	 * Returns the value of the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Required</em>' attribute.
	 * @see #setRequired(boolean)
	 * @see org.qaworkbench.model.QaPackage#getItem_Required()
	 * @model
	 * @generated
	 */
	boolean isRequired();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Item#isRequired <em>Required</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Required</em>' attribute.
	 * @see #isRequired()
	 * @generated
	 */
	void setRequired(boolean value);

	/**
	 * Returns the value of the '<em><b>Scale</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For graded items.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scale</em>' reference.
	 * @see #setScale(Scale)
	 * @see org.qaworkbench.model.QaPackage#getItem_Scale()
	 * @model
	 * @generated
	 */
	Scale getScale();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Item#getScale <em>Scale</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scale</em>' reference.
	 * @see #getScale()
	 * @generated
	 */
	void setScale(Scale value);

	/**
	 * Returns the value of the '<em><b>Choices</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For single and multiple choice items.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Choices</em>' attribute list.
	 * @see org.qaworkbench.model.QaPackage#getItem_Choices()
	 * @model
	 * @generated
	 */
	EList<String> getChoices();

	/**
	 * Returns the value of the '<em><b>Matrix Files</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For tick matrices: how many sampled files have a column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Matrix Files</em>' attribute.
	 * @see #setMatrixFiles(int)
	 * @see org.qaworkbench.model.QaPackage#getItem_MatrixFiles()
	 * @model
	 * @generated
	 */
	int getMatrixFiles();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Item#getMatrixFiles <em>Matrix Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Matrix Files</em>' attribute.
	 * @see #getMatrixFiles()
	 * @generated
	 */
	void setMatrixFiles(int value);

	/**
	 * Returns the value of the '<em><b>Personal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The answer identifies a person (a child's name, date of birth): exports leave it out.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Personal</em>' attribute.
	 * @see #setPersonal(boolean)
	 * @see org.qaworkbench.model.QaPackage#getItem_Personal()
	 * @model
	 * @generated
	 */
	boolean isPersonal();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Item#isPersonal <em>Personal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Personal</em>' attribute.
	 * @see #isPersonal()
	 * @generated
	 */
	void setPersonal(boolean value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relevant only when the condition holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' containment reference.
	 * @see #setCondition(Condition)
	 * @see org.qaworkbench.model.QaPackage#getItem_Condition()
	 * @model containment="true"
	 * @generated
	 */
	Condition getCondition();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Item#getCondition <em>Condition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' containment reference.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(Condition value);

	/**
	 * Returns the value of the '<em><b>Minimum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For number items: the smallest answer allowed (none when unset).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Minimum</em>' attribute.
	 * @see #setMinimum(BigDecimal)
	 * @see org.qaworkbench.model.QaPackage#getItem_Minimum()
	 * @model dataType="org.qaworkbench.model.BigDecimal"
	 * @generated
	 */
	BigDecimal getMinimum();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Item#getMinimum <em>Minimum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minimum</em>' attribute.
	 * @see #getMinimum()
	 * @generated
	 */
	void setMinimum(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Maximum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For number items: the largest answer allowed (none when unset).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Maximum</em>' attribute.
	 * @see #setMaximum(BigDecimal)
	 * @see org.qaworkbench.model.QaPackage#getItem_Maximum()
	 * @model dataType="org.qaworkbench.model.BigDecimal"
	 * @generated
	 */
	BigDecimal getMaximum();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Item#getMaximum <em>Maximum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Maximum</em>' attribute.
	 * @see #getMaximum()
	 * @generated
	 */
	void setMaximum(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Not Before</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For date items: the date item whose answer this one cannot precede (an allocation is not before the date of birth).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Not Before</em>' reference.
	 * @see #setNotBefore(Item)
	 * @see org.qaworkbench.model.QaPackage#getItem_NotBefore()
	 * @model
	 * @generated
	 */
	Item getNotBefore();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Item#getNotBefore <em>Not Before</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Before</em>' reference.
	 * @see #getNotBefore()
	 * @generated
	 */
	void setNotBefore(Item value);

	/**
	 * Returns the value of the '<em><b>Future</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For date items: the date may lie after today (a date planned); otherwise a later date is refused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Future</em>' attribute.
	 * @see #setFuture(boolean)
	 * @see org.qaworkbench.model.QaPackage#getItem_Future()
	 * @model
	 * @generated
	 */
	boolean isFuture();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Item#isFuture <em>Future</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Future</em>' attribute.
	 * @see #isFuture()
	 * @generated
	 */
	void setFuture(boolean value);

} // Item
