/**
 */
package org.qaworkbench.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sample Draw</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One random draw of the files a supervision audit looks at: the seed, the list drawn from and the files drawn (ids in order), so the same seed and list give the same files; who drew it, when, and for a redraw why.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.SampleDraw#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.qaworkbench.model.SampleDraw#getTeam <em>Team</em>}</li>
 *   <li>{@link org.qaworkbench.model.SampleDraw#getDrawnFrom <em>Drawn From</em>}</li>
 *   <li>{@link org.qaworkbench.model.SampleDraw#getFiles <em>Files</em>}</li>
 *   <li>{@link org.qaworkbench.model.SampleDraw#getBy <em>By</em>}</li>
 *   <li>{@link org.qaworkbench.model.SampleDraw#getAt <em>At</em>}</li>
 *   <li>{@link org.qaworkbench.model.SampleDraw#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getSampleDraw()
 * @model
 * @generated
 */
public interface SampleDraw extends EObject {
	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.qaworkbench.model.QaPackage#getSampleDraw_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SampleDraw#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' reference.
	 * @see #setTeam(Team)
	 * @see org.qaworkbench.model.QaPackage#getSampleDraw_Team()
	 * @model
	 * @generated
	 */
	Team getTeam();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SampleDraw#getTeam <em>Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Team</em>' reference.
	 * @see #getTeam()
	 * @generated
	 */
	void setTeam(Team value);

	/**
	 * Returns the value of the '<em><b>Drawn From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Drawn From</em>' attribute.
	 * @see #setDrawnFrom(String)
	 * @see org.qaworkbench.model.QaPackage#getSampleDraw_DrawnFrom()
	 * @model
	 * @generated
	 */
	String getDrawnFrom();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SampleDraw#getDrawnFrom <em>Drawn From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Drawn From</em>' attribute.
	 * @see #getDrawnFrom()
	 * @generated
	 */
	void setDrawnFrom(String value);

	/**
	 * Returns the value of the '<em><b>Files</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Files</em>' attribute.
	 * @see #setFiles(String)
	 * @see org.qaworkbench.model.QaPackage#getSampleDraw_Files()
	 * @model
	 * @generated
	 */
	String getFiles();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SampleDraw#getFiles <em>Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Files</em>' attribute.
	 * @see #getFiles()
	 * @generated
	 */
	void setFiles(String value);

	/**
	 * Returns the value of the '<em><b>By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>By</em>' attribute.
	 * @see #setBy(String)
	 * @see org.qaworkbench.model.QaPackage#getSampleDraw_By()
	 * @model
	 * @generated
	 */
	String getBy();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SampleDraw#getBy <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>By</em>' attribute.
	 * @see #getBy()
	 * @generated
	 */
	void setBy(String value);

	/**
	 * Returns the value of the '<em><b>At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>At</em>' attribute.
	 * @see #setAt(Instant)
	 * @see org.qaworkbench.model.QaPackage#getSampleDraw_At()
	 * @model dataType="org.qaworkbench.model.Instant"
	 * @generated
	 */
	Instant getAt();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SampleDraw#getAt <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At</em>' attribute.
	 * @see #getAt()
	 * @generated
	 */
	void setAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.qaworkbench.model.QaPackage#getSampleDraw_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.SampleDraw#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // SampleDraw
