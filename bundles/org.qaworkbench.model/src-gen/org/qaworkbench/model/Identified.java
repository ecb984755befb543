/**
 */
package org.qaworkbench.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Identified</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something stored with its own identity.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.Identified#getId <em>Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.Identified#getRowVersion <em>Row Version</em>}</li>
 *   <li>{@link org.qaworkbench.model.Identified#getModifiedBy <em>Modified By</em>}</li>
 *   <li>{@link org.qaworkbench.model.Identified#getModifiedAt <em>Modified At</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getIdentified()
 * @model abstract="true"
 * @generated
 */
public interface Identified extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Database identity; 0 until first saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.qaworkbench.model.QaPackage#getIdentified_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Identified#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Row Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optimistic lock: the version this copy was read at; a save of a stale copy is refused.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Row Version</em>' attribute.
	 * @see #setRowVersion(int)
	 * @see org.qaworkbench.model.QaPackage#getIdentified_RowVersion()
	 * @model
	 * @generated
	 */
	int getRowVersion();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Identified#getRowVersion <em>Row Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row Version</em>' attribute.
	 * @see #getRowVersion()
	 * @generated
	 */
	void setRowVersion(int value);

	/**
	 * Returns the value of the '<em><b>Modified By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who last saved it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modified By</em>' attribute.
	 * @see #setModifiedBy(String)
	 * @see org.qaworkbench.model.QaPackage#getIdentified_ModifiedBy()
	 * @model
	 * @generated
	 */
	String getModifiedBy();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Identified#getModifiedBy <em>Modified By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified By</em>' attribute.
	 * @see #getModifiedBy()
	 * @generated
	 */
	void setModifiedBy(String value);

	/**
	 * Returns the value of the '<em><b>Modified At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was last saved.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modified At</em>' attribute.
	 * @see #setModifiedAt(Instant)
	 * @see org.qaworkbench.model.QaPackage#getIdentified_ModifiedAt()
	 * @model dataType="org.qaworkbench.model.Instant"
	 * @generated
	 */
	Instant getModifiedAt();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Identified#getModifiedAt <em>Modified At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modified At</em>' attribute.
	 * @see #getModifiedAt()
	 * @generated
	 */
	void setModifiedAt(Instant value);

} // Identified
