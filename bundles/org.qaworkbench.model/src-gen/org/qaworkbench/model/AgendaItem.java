/**
 */
package org.qaworkbench.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agenda Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fixed agenda item of a record of supervision, with what was decided and who does what by when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.AgendaItem#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.qaworkbench.model.AgendaItem#getDiscussion <em>Discussion</em>}</li>
 *   <li>{@link org.qaworkbench.model.AgendaItem#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.qaworkbench.model.AgendaItem#getActions <em>Actions</em>}</li>
 *   <li>{@link org.qaworkbench.model.AgendaItem#getByWhom <em>By Whom</em>}</li>
 *   <li>{@link org.qaworkbench.model.AgendaItem#getTimescale <em>Timescale</em>}</li>
 *   <li>{@link org.qaworkbench.model.AgendaItem#getItemId <em>Item Id</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getAgendaItem()
 * @model
 * @generated
 */
public interface AgendaItem extends EObject {
	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see org.qaworkbench.model.QaPackage#getAgendaItem_Topic()
	 * @model
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.AgendaItem#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Discussion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Discussion</em>' attribute.
	 * @see #setDiscussion(String)
	 * @see org.qaworkbench.model.QaPackage#getAgendaItem_Discussion()
	 * @model
	 * @generated
	 */
	String getDiscussion();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.AgendaItem#getDiscussion <em>Discussion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Discussion</em>' attribute.
	 * @see #getDiscussion()
	 * @generated
	 */
	void setDiscussion(String value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see #setDecision(String)
	 * @see org.qaworkbench.model.QaPackage#getAgendaItem_Decision()
	 * @model
	 * @generated
	 */
	String getDecision();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.AgendaItem#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(String value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' attribute.
	 * @see #setActions(String)
	 * @see org.qaworkbench.model.QaPackage#getAgendaItem_Actions()
	 * @model
	 * @generated
	 */
	String getActions();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.AgendaItem#getActions <em>Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actions</em>' attribute.
	 * @see #getActions()
	 * @generated
	 */
	void setActions(String value);

	/**
	 * Returns the value of the '<em><b>By Whom</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>By Whom</em>' attribute.
	 * @see #setByWhom(String)
	 * @see org.qaworkbench.model.QaPackage#getAgendaItem_ByWhom()
	 * @model
	 * @generated
	 */
	String getByWhom();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.AgendaItem#getByWhom <em>By Whom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By Whom</em>' attribute.
	 * @see #getByWhom()
	 * @generated
	 */
	void setByWhom(String value);

	/**
	 * Returns the value of the '<em><b>Timescale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timescale</em>' attribute.
	 * @see #setTimescale(String)
	 * @see org.qaworkbench.model.QaPackage#getAgendaItem_Timescale()
	 * @model
	 * @generated
	 */
	String getTimescale();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.AgendaItem#getTimescale <em>Timescale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timescale</em>' attribute.
	 * @see #getTimescale()
	 * @generated
	 */
	void setTimescale(String value);

	/**
	 * Returns the value of the '<em><b>Item Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fixed row of the form this item is (its item id in the record form); empty for a row added in the session.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Item Id</em>' attribute.
	 * @see #setItemId(String)
	 * @see org.qaworkbench.model.QaPackage#getAgendaItem_ItemId()
	 * @model
	 * @generated
	 */
	String getItemId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.AgendaItem#getItemId <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Item Id</em>' attribute.
	 * @see #getItemId()
	 * @generated
	 */
	void setItemId(String value);

} // AgendaItem
