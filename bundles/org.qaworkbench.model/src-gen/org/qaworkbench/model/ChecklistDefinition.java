/**
 */
package org.qaworkbench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist Definition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A checklist as a plugin contributes it: versioned, never changed once used.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.ChecklistDefinition#getDefinitionId <em>Definition Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.ChecklistDefinition#getVersion <em>Version</em>}</li>
 *   <li>{@link org.qaworkbench.model.ChecklistDefinition#getTitle <em>Title</em>}</li>
 *   <li>{@link org.qaworkbench.model.ChecklistDefinition#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.qaworkbench.model.ChecklistDefinition#getSubjectKind <em>Subject Kind</em>}</li>
 *   <li>{@link org.qaworkbench.model.ChecklistDefinition#getScales <em>Scales</em>}</li>
 *   <li>{@link org.qaworkbench.model.ChecklistDefinition#getSections <em>Sections</em>}</li>
 *   <li>{@link org.qaworkbench.model.ChecklistDefinition#getOverallScoring <em>Overall Scoring</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getChecklistDefinition()
 * @model
 * @generated
 */
public interface ChecklistDefinition extends EObject {
	/**
	 * Returns the value of the '<em><b>Definition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable identifier, such as org.qaworkbench.checklists.groupvisit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition Id</em>' attribute.
	 * @see #setDefinitionId(String)
	 * @see org.qaworkbench.model.QaPackage#getChecklistDefinition_DefinitionId()
	 * @model
	 * @generated
	 */
	String getDefinitionId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ChecklistDefinition#getDefinitionId <em>Definition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition Id</em>' attribute.
	 * @see #getDefinitionId()
	 * @generated
	 */
	void setDefinitionId(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of this definition, such as 1.0.0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.qaworkbench.model.QaPackage#getChecklistDefinition_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ChecklistDefinition#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.qaworkbench.model.QaPackage#getChecklistDefinition_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ChecklistDefinition#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.qaworkbench.model.QaPackage#getChecklistDefinition_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ChecklistDefinition#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Subject Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.SubjectKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject Kind</em>' attribute.
	 * @see org.qaworkbench.model.SubjectKind
	 * @see #setSubjectKind(SubjectKind)
	 * @see org.qaworkbench.model.QaPackage#getChecklistDefinition_SubjectKind()
	 * @model
	 * @generated
	 */
	SubjectKind getSubjectKind();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ChecklistDefinition#getSubjectKind <em>Subject Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Kind</em>' attribute.
	 * @see org.qaworkbench.model.SubjectKind
	 * @see #getSubjectKind()
	 * @generated
	 */
	void setSubjectKind(SubjectKind value);

	/**
	 * Returns the value of the '<em><b>Scales</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.Scale}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scales</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getChecklistDefinition_Scales()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scale> getScales();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getChecklistDefinition_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

	/**
	 * Returns the value of the '<em><b>Overall Scoring</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overall Scoring</em>' containment reference.
	 * @see #setOverallScoring(ScoringRule)
	 * @see org.qaworkbench.model.QaPackage#getChecklistDefinition_OverallScoring()
	 * @model containment="true"
	 * @generated
	 */
	ScoringRule getOverallScoring();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.ChecklistDefinition#getOverallScoring <em>Overall Scoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overall Scoring</em>' containment reference.
	 * @see #getOverallScoring()
	 * @generated
	 */
	void setOverallScoring(ScoringRule value);

} // ChecklistDefinition
