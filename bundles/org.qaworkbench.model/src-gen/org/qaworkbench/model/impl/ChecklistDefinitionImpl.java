/**
 */
package org.qaworkbench.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.Scale;
import org.qaworkbench.model.ScoringRule;
import org.qaworkbench.model.Section;
import org.qaworkbench.model.SubjectKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checklist Definition</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.ChecklistDefinitionImpl#getDefinitionId <em>Definition Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ChecklistDefinitionImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ChecklistDefinitionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ChecklistDefinitionImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ChecklistDefinitionImpl#getSubjectKind <em>Subject Kind</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ChecklistDefinitionImpl#getScales <em>Scales</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ChecklistDefinitionImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ChecklistDefinitionImpl#getOverallScoring <em>Overall Scoring</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChecklistDefinitionImpl extends MinimalEObjectImpl.Container implements ChecklistDefinition {
	/**
	 * The default value of the '{@link #getDefinitionId() <em>Definition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionId()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinitionId() <em>Definition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionId()
	 * @generated
	 * @ordered
	 */
	protected String definitionId = DEFINITION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubjectKind() <em>Subject Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectKind()
	 * @generated
	 * @ordered
	 */
	protected static final SubjectKind SUBJECT_KIND_EDEFAULT = SubjectKind.CASE;

	/**
	 * The cached value of the '{@link #getSubjectKind() <em>Subject Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectKind()
	 * @generated
	 * @ordered
	 */
	protected SubjectKind subjectKind = SUBJECT_KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScales() <em>Scales</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScales()
	 * @generated
	 * @ordered
	 */
	protected EList<Scale> scales;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> sections;

	/**
	 * The cached value of the '{@link #getOverallScoring() <em>Overall Scoring</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverallScoring()
	 * @generated
	 * @ordered
	 */
	protected ScoringRule overallScoring;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChecklistDefinitionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.CHECKLIST_DEFINITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinitionId() {
		return definitionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitionId(String newDefinitionId) {
		String oldDefinitionId = definitionId;
		definitionId = newDefinitionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CHECKLIST_DEFINITION__DEFINITION_ID, oldDefinitionId, definitionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CHECKLIST_DEFINITION__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CHECKLIST_DEFINITION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CHECKLIST_DEFINITION__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubjectKind getSubjectKind() {
		return subjectKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectKind(SubjectKind newSubjectKind) {
		SubjectKind oldSubjectKind = subjectKind;
		subjectKind = newSubjectKind == null ? SUBJECT_KIND_EDEFAULT : newSubjectKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CHECKLIST_DEFINITION__SUBJECT_KIND, oldSubjectKind, subjectKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scale> getScales() {
		if (scales == null) {
			scales = new EObjectContainmentEList<Scale>(Scale.class, this, QaPackage.CHECKLIST_DEFINITION__SCALES);
		}
		return scales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<Section>(Section.class, this, QaPackage.CHECKLIST_DEFINITION__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoringRule getOverallScoring() {
		return overallScoring;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOverallScoring(ScoringRule newOverallScoring, NotificationChain msgs) {
		ScoringRule oldOverallScoring = overallScoring;
		overallScoring = newOverallScoring;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, QaPackage.CHECKLIST_DEFINITION__OVERALL_SCORING, oldOverallScoring, newOverallScoring);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverallScoring(ScoringRule newOverallScoring) {
		if (newOverallScoring != overallScoring) {
			NotificationChain msgs = null;
			if (overallScoring != null)
				msgs = ((InternalEObject)overallScoring).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - QaPackage.CHECKLIST_DEFINITION__OVERALL_SCORING, null, msgs);
			if (newOverallScoring != null)
				msgs = ((InternalEObject)newOverallScoring).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - QaPackage.CHECKLIST_DEFINITION__OVERALL_SCORING, null, msgs);
			msgs = basicSetOverallScoring(newOverallScoring, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.CHECKLIST_DEFINITION__OVERALL_SCORING, newOverallScoring, newOverallScoring));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QaPackage.CHECKLIST_DEFINITION__SCALES:
				return ((InternalEList<?>)getScales()).basicRemove(otherEnd, msgs);
			case QaPackage.CHECKLIST_DEFINITION__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case QaPackage.CHECKLIST_DEFINITION__OVERALL_SCORING:
				return basicSetOverallScoring(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QaPackage.CHECKLIST_DEFINITION__DEFINITION_ID:
				return getDefinitionId();
			case QaPackage.CHECKLIST_DEFINITION__VERSION:
				return getVersion();
			case QaPackage.CHECKLIST_DEFINITION__TITLE:
				return getTitle();
			case QaPackage.CHECKLIST_DEFINITION__PURPOSE:
				return getPurpose();
			case QaPackage.CHECKLIST_DEFINITION__SUBJECT_KIND:
				return getSubjectKind();
			case QaPackage.CHECKLIST_DEFINITION__SCALES:
				return getScales();
			case QaPackage.CHECKLIST_DEFINITION__SECTIONS:
				return getSections();
			case QaPackage.CHECKLIST_DEFINITION__OVERALL_SCORING:
				return getOverallScoring();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case QaPackage.CHECKLIST_DEFINITION__DEFINITION_ID:
				setDefinitionId((String)newValue);
				return;
			case QaPackage.CHECKLIST_DEFINITION__VERSION:
				setVersion((String)newValue);
				return;
			case QaPackage.CHECKLIST_DEFINITION__TITLE:
				setTitle((String)newValue);
				return;
			case QaPackage.CHECKLIST_DEFINITION__PURPOSE:
				setPurpose((String)newValue);
				return;
			case QaPackage.CHECKLIST_DEFINITION__SUBJECT_KIND:
				setSubjectKind((SubjectKind)newValue);
				return;
			case QaPackage.CHECKLIST_DEFINITION__SCALES:
				getScales().clear();
				getScales().addAll((Collection<? extends Scale>)newValue);
				return;
			case QaPackage.CHECKLIST_DEFINITION__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Section>)newValue);
				return;
			case QaPackage.CHECKLIST_DEFINITION__OVERALL_SCORING:
				setOverallScoring((ScoringRule)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case QaPackage.CHECKLIST_DEFINITION__DEFINITION_ID:
				setDefinitionId(DEFINITION_ID_EDEFAULT);
				return;
			case QaPackage.CHECKLIST_DEFINITION__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case QaPackage.CHECKLIST_DEFINITION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case QaPackage.CHECKLIST_DEFINITION__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case QaPackage.CHECKLIST_DEFINITION__SUBJECT_KIND:
				setSubjectKind(SUBJECT_KIND_EDEFAULT);
				return;
			case QaPackage.CHECKLIST_DEFINITION__SCALES:
				getScales().clear();
				return;
			case QaPackage.CHECKLIST_DEFINITION__SECTIONS:
				getSections().clear();
				return;
			case QaPackage.CHECKLIST_DEFINITION__OVERALL_SCORING:
				setOverallScoring((ScoringRule)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case QaPackage.CHECKLIST_DEFINITION__DEFINITION_ID:
				return DEFINITION_ID_EDEFAULT == null ? definitionId != null : !DEFINITION_ID_EDEFAULT.equals(definitionId);
			case QaPackage.CHECKLIST_DEFINITION__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case QaPackage.CHECKLIST_DEFINITION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case QaPackage.CHECKLIST_DEFINITION__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case QaPackage.CHECKLIST_DEFINITION__SUBJECT_KIND:
				return subjectKind != SUBJECT_KIND_EDEFAULT;
			case QaPackage.CHECKLIST_DEFINITION__SCALES:
				return scales != null && !scales.isEmpty();
			case QaPackage.CHECKLIST_DEFINITION__SECTIONS:
				return sections != null && !sections.isEmpty();
			case QaPackage.CHECKLIST_DEFINITION__OVERALL_SCORING:
				return overallScoring != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (definitionId: ");
		result.append(definitionId);
		result.append(", version: ");
		result.append(version);
		result.append(", title: ");
		result.append(title);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", subjectKind: ");
		result.append(subjectKind);
		result.append(')');
		return result.toString();
	}

} //ChecklistDefinitionImpl
