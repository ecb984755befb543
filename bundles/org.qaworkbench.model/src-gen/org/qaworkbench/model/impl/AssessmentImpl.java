/**
 */
package org.qaworkbench.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.qaworkbench.model.Amendment;
import org.qaworkbench.model.Answer;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.AuditKind;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.SampleDraw;
import org.qaworkbench.model.Score;
import org.qaworkbench.model.SignOff;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.SubjectKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getDefinitionId <em>Definition Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getDefinitionVersion <em>Definition Version</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getDefinitionHash <em>Definition Hash</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getSubjectKind <em>Subject Kind</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getSubjectKey <em>Subject Key</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getLocality <em>Locality</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getAssessors <em>Assessors</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getStartedOn <em>Started On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getCompletedOn <em>Completed On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getState <em>State</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getScores <em>Scores</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getJudgement <em>Judgement</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getJudgementRationale <em>Judgement Rationale</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getComments <em>Comments</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getLessonsLearnt <em>Lessons Learnt</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getSignOffs <em>Sign Offs</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getAmendments <em>Amendments</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getAuditKind <em>Audit Kind</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getOwnLocalityReason <em>Own Locality Reason</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getModeratedJudgement <em>Moderated Judgement</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getModerationReason <em>Moderation Reason</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getSharedOn <em>Shared On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getPractitionerResponse <em>Practitioner Response</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AssessmentImpl#getSampleDraws <em>Sample Draws</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends IdentifiedImpl implements Assessment {
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
	 * The default value of the '{@link #getDefinitionVersion() <em>Definition Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinitionVersion() <em>Definition Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionVersion()
	 * @generated
	 * @ordered
	 */
	protected String definitionVersion = DEFINITION_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefinitionHash() <em>Definition Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionHash()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinitionHash() <em>Definition Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinitionHash()
	 * @generated
	 * @ordered
	 */
	protected String definitionHash = DEFINITION_HASH_EDEFAULT;

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
	 * The default value of the '{@link #getSubjectKey() <em>Subject Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectKey()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectKey() <em>Subject Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectKey()
	 * @generated
	 * @ordered
	 */
	protected String subjectKey = SUBJECT_KEY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLocality() <em>Locality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocality()
	 * @generated
	 * @ordered
	 */
	protected Locality locality;

	/**
	 * The cached value of the '{@link #getAssessors() <em>Assessors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessors()
	 * @generated
	 * @ordered
	 */
	protected EList<StaffMember> assessors;

	/**
	 * The default value of the '{@link #getStartedOn() <em>Started On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate STARTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedOn() <em>Started On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startedOn = STARTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate COMPLETED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompletedOn() <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompletedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate completedOn = COMPLETED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final AssessmentState STATE_EDEFAULT = AssessmentState.DRAFT;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected AssessmentState state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<Answer> answers;

	/**
	 * The cached value of the '{@link #getScores() <em>Scores</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScores()
	 * @generated
	 * @ordered
	 */
	protected EList<Score> scores;

	/**
	 * The default value of the '{@link #getJudgement() <em>Judgement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJudgement()
	 * @generated
	 * @ordered
	 */
	protected static final String JUDGEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJudgement() <em>Judgement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJudgement()
	 * @generated
	 * @ordered
	 */
	protected String judgement = JUDGEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getJudgementRationale() <em>Judgement Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJudgementRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String JUDGEMENT_RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJudgementRationale() <em>Judgement Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJudgementRationale()
	 * @generated
	 * @ordered
	 */
	protected String judgementRationale = JUDGEMENT_RATIONALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getComments() <em>Comments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComments() <em>Comments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComments()
	 * @generated
	 * @ordered
	 */
	protected String comments = COMMENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLessonsLearnt() <em>Lessons Learnt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLessonsLearnt()
	 * @generated
	 * @ordered
	 */
	protected static final String LESSONS_LEARNT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLessonsLearnt() <em>Lessons Learnt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLessonsLearnt()
	 * @generated
	 * @ordered
	 */
	protected String lessonsLearnt = LESSONS_LEARNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSignOffs() <em>Sign Offs</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignOffs()
	 * @generated
	 * @ordered
	 */
	protected EList<SignOff> signOffs;

	/**
	 * The cached value of the '{@link #getAmendments() <em>Amendments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmendments()
	 * @generated
	 * @ordered
	 */
	protected EList<Amendment> amendments;

	/**
	 * The default value of the '{@link #getAuditKind() <em>Audit Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuditKind()
	 * @generated
	 * @ordered
	 */
	protected static final AuditKind AUDIT_KIND_EDEFAULT = AuditKind.PRACTITIONER;

	/**
	 * The cached value of the '{@link #getAuditKind() <em>Audit Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuditKind()
	 * @generated
	 * @ordered
	 */
	protected AuditKind auditKind = AUDIT_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected static final String THEME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheme() <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheme()
	 * @generated
	 * @ordered
	 */
	protected String theme = THEME_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwnLocalityReason() <em>Own Locality Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnLocalityReason()
	 * @generated
	 * @ordered
	 */
	protected static final String OWN_LOCALITY_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOwnLocalityReason() <em>Own Locality Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwnLocalityReason()
	 * @generated
	 * @ordered
	 */
	protected String ownLocalityReason = OWN_LOCALITY_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getModeratedJudgement() <em>Moderated Judgement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModeratedJudgement()
	 * @generated
	 * @ordered
	 */
	protected static final String MODERATED_JUDGEMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModeratedJudgement() <em>Moderated Judgement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModeratedJudgement()
	 * @generated
	 * @ordered
	 */
	protected String moderatedJudgement = MODERATED_JUDGEMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getModerationReason() <em>Moderation Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModerationReason()
	 * @generated
	 * @ordered
	 */
	protected static final String MODERATION_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModerationReason() <em>Moderation Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModerationReason()
	 * @generated
	 * @ordered
	 */
	protected String moderationReason = MODERATION_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getSharedOn() <em>Shared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SHARED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSharedOn() <em>Shared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate sharedOn = SHARED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getPractitionerResponse() <em>Practitioner Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPractitionerResponse()
	 * @generated
	 * @ordered
	 */
	protected static final String PRACTITIONER_RESPONSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPractitionerResponse() <em>Practitioner Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPractitionerResponse()
	 * @generated
	 * @ordered
	 */
	protected String practitionerResponse = PRACTITIONER_RESPONSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSampleDraws() <em>Sample Draws</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSampleDraws()
	 * @generated
	 * @ordered
	 */
	protected EList<SampleDraw> sampleDraws;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.ASSESSMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__DEFINITION_ID, oldDefinitionId, definitionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinitionVersion() {
		return definitionVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitionVersion(String newDefinitionVersion) {
		String oldDefinitionVersion = definitionVersion;
		definitionVersion = newDefinitionVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__DEFINITION_VERSION, oldDefinitionVersion, definitionVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinitionHash() {
		return definitionHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinitionHash(String newDefinitionHash) {
		String oldDefinitionHash = definitionHash;
		definitionHash = newDefinitionHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__DEFINITION_HASH, oldDefinitionHash, definitionHash));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__SUBJECT_KIND, oldSubjectKind, subjectKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectKey() {
		return subjectKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectKey(String newSubjectKey) {
		String oldSubjectKey = subjectKey;
		subjectKey = newSubjectKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__SUBJECT_KEY, oldSubjectKey, subjectKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Locality getLocality() {
		if (locality != null && locality.eIsProxy()) {
			InternalEObject oldLocality = (InternalEObject)locality;
			locality = (Locality)eResolveProxy(oldLocality);
			if (locality != oldLocality) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.ASSESSMENT__LOCALITY, oldLocality, locality));
			}
		}
		return locality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Locality basicGetLocality() {
		return locality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocality(Locality newLocality) {
		Locality oldLocality = locality;
		locality = newLocality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__LOCALITY, oldLocality, locality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StaffMember> getAssessors() {
		if (assessors == null) {
			assessors = new EObjectResolvingEList<StaffMember>(StaffMember.class, this, QaPackage.ASSESSMENT__ASSESSORS);
		}
		return assessors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartedOn() {
		return startedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedOn(LocalDate newStartedOn) {
		LocalDate oldStartedOn = startedOn;
		startedOn = newStartedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__STARTED_ON, oldStartedOn, startedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getCompletedOn() {
		return completedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompletedOn(LocalDate newCompletedOn) {
		LocalDate oldCompletedOn = completedOn;
		completedOn = newCompletedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__COMPLETED_ON, oldCompletedOn, completedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(AssessmentState newState) {
		AssessmentState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Answer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<Answer>(Answer.class, this, QaPackage.ASSESSMENT__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Score> getScores() {
		if (scores == null) {
			scores = new EObjectContainmentEList<Score>(Score.class, this, QaPackage.ASSESSMENT__SCORES);
		}
		return scores;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJudgement() {
		return judgement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJudgement(String newJudgement) {
		String oldJudgement = judgement;
		judgement = newJudgement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__JUDGEMENT, oldJudgement, judgement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJudgementRationale() {
		return judgementRationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJudgementRationale(String newJudgementRationale) {
		String oldJudgementRationale = judgementRationale;
		judgementRationale = newJudgementRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__JUDGEMENT_RATIONALE, oldJudgementRationale, judgementRationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComments() {
		return comments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComments(String newComments) {
		String oldComments = comments;
		comments = newComments;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__COMMENTS, oldComments, comments));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLessonsLearnt() {
		return lessonsLearnt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLessonsLearnt(String newLessonsLearnt) {
		String oldLessonsLearnt = lessonsLearnt;
		lessonsLearnt = newLessonsLearnt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__LESSONS_LEARNT, oldLessonsLearnt, lessonsLearnt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SignOff> getSignOffs() {
		if (signOffs == null) {
			signOffs = new EObjectContainmentEList<SignOff>(SignOff.class, this, QaPackage.ASSESSMENT__SIGN_OFFS);
		}
		return signOffs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Amendment> getAmendments() {
		if (amendments == null) {
			amendments = new EObjectContainmentEList<Amendment>(Amendment.class, this, QaPackage.ASSESSMENT__AMENDMENTS);
		}
		return amendments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AuditKind getAuditKind() {
		return auditKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuditKind(AuditKind newAuditKind) {
		AuditKind oldAuditKind = auditKind;
		auditKind = newAuditKind == null ? AUDIT_KIND_EDEFAULT : newAuditKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__AUDIT_KIND, oldAuditKind, auditKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheme() {
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheme(String newTheme) {
		String oldTheme = theme;
		theme = newTheme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__THEME, oldTheme, theme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOwnLocalityReason() {
		return ownLocalityReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwnLocalityReason(String newOwnLocalityReason) {
		String oldOwnLocalityReason = ownLocalityReason;
		ownLocalityReason = newOwnLocalityReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__OWN_LOCALITY_REASON, oldOwnLocalityReason, ownLocalityReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModeratedJudgement() {
		return moderatedJudgement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModeratedJudgement(String newModeratedJudgement) {
		String oldModeratedJudgement = moderatedJudgement;
		moderatedJudgement = newModeratedJudgement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__MODERATED_JUDGEMENT, oldModeratedJudgement, moderatedJudgement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModerationReason() {
		return moderationReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModerationReason(String newModerationReason) {
		String oldModerationReason = moderationReason;
		moderationReason = newModerationReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__MODERATION_REASON, oldModerationReason, moderationReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSharedOn() {
		return sharedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSharedOn(LocalDate newSharedOn) {
		LocalDate oldSharedOn = sharedOn;
		sharedOn = newSharedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__SHARED_ON, oldSharedOn, sharedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPractitionerResponse() {
		return practitionerResponse;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPractitionerResponse(String newPractitionerResponse) {
		String oldPractitionerResponse = practitionerResponse;
		practitionerResponse = newPractitionerResponse;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ASSESSMENT__PRACTITIONER_RESPONSE, oldPractitionerResponse, practitionerResponse));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SampleDraw> getSampleDraws() {
		if (sampleDraws == null) {
			sampleDraws = new EObjectContainmentEList<SampleDraw>(SampleDraw.class, this, QaPackage.ASSESSMENT__SAMPLE_DRAWS);
		}
		return sampleDraws;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case QaPackage.ASSESSMENT__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
			case QaPackage.ASSESSMENT__SCORES:
				return ((InternalEList<?>)getScores()).basicRemove(otherEnd, msgs);
			case QaPackage.ASSESSMENT__SIGN_OFFS:
				return ((InternalEList<?>)getSignOffs()).basicRemove(otherEnd, msgs);
			case QaPackage.ASSESSMENT__AMENDMENTS:
				return ((InternalEList<?>)getAmendments()).basicRemove(otherEnd, msgs);
			case QaPackage.ASSESSMENT__SAMPLE_DRAWS:
				return ((InternalEList<?>)getSampleDraws()).basicRemove(otherEnd, msgs);
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
			case QaPackage.ASSESSMENT__DEFINITION_ID:
				return getDefinitionId();
			case QaPackage.ASSESSMENT__DEFINITION_VERSION:
				return getDefinitionVersion();
			case QaPackage.ASSESSMENT__DEFINITION_HASH:
				return getDefinitionHash();
			case QaPackage.ASSESSMENT__SUBJECT_KIND:
				return getSubjectKind();
			case QaPackage.ASSESSMENT__SUBJECT_KEY:
				return getSubjectKey();
			case QaPackage.ASSESSMENT__LOCALITY:
				if (resolve) return getLocality();
				return basicGetLocality();
			case QaPackage.ASSESSMENT__ASSESSORS:
				return getAssessors();
			case QaPackage.ASSESSMENT__STARTED_ON:
				return getStartedOn();
			case QaPackage.ASSESSMENT__COMPLETED_ON:
				return getCompletedOn();
			case QaPackage.ASSESSMENT__STATE:
				return getState();
			case QaPackage.ASSESSMENT__ANSWERS:
				return getAnswers();
			case QaPackage.ASSESSMENT__SCORES:
				return getScores();
			case QaPackage.ASSESSMENT__JUDGEMENT:
				return getJudgement();
			case QaPackage.ASSESSMENT__JUDGEMENT_RATIONALE:
				return getJudgementRationale();
			case QaPackage.ASSESSMENT__COMMENTS:
				return getComments();
			case QaPackage.ASSESSMENT__LESSONS_LEARNT:
				return getLessonsLearnt();
			case QaPackage.ASSESSMENT__SIGN_OFFS:
				return getSignOffs();
			case QaPackage.ASSESSMENT__AMENDMENTS:
				return getAmendments();
			case QaPackage.ASSESSMENT__AUDIT_KIND:
				return getAuditKind();
			case QaPackage.ASSESSMENT__THEME:
				return getTheme();
			case QaPackage.ASSESSMENT__OWN_LOCALITY_REASON:
				return getOwnLocalityReason();
			case QaPackage.ASSESSMENT__MODERATED_JUDGEMENT:
				return getModeratedJudgement();
			case QaPackage.ASSESSMENT__MODERATION_REASON:
				return getModerationReason();
			case QaPackage.ASSESSMENT__SHARED_ON:
				return getSharedOn();
			case QaPackage.ASSESSMENT__PRACTITIONER_RESPONSE:
				return getPractitionerResponse();
			case QaPackage.ASSESSMENT__SAMPLE_DRAWS:
				return getSampleDraws();
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
			case QaPackage.ASSESSMENT__DEFINITION_ID:
				setDefinitionId((String)newValue);
				return;
			case QaPackage.ASSESSMENT__DEFINITION_VERSION:
				setDefinitionVersion((String)newValue);
				return;
			case QaPackage.ASSESSMENT__DEFINITION_HASH:
				setDefinitionHash((String)newValue);
				return;
			case QaPackage.ASSESSMENT__SUBJECT_KIND:
				setSubjectKind((SubjectKind)newValue);
				return;
			case QaPackage.ASSESSMENT__SUBJECT_KEY:
				setSubjectKey((String)newValue);
				return;
			case QaPackage.ASSESSMENT__LOCALITY:
				setLocality((Locality)newValue);
				return;
			case QaPackage.ASSESSMENT__ASSESSORS:
				getAssessors().clear();
				getAssessors().addAll((Collection<? extends StaffMember>)newValue);
				return;
			case QaPackage.ASSESSMENT__STARTED_ON:
				setStartedOn((LocalDate)newValue);
				return;
			case QaPackage.ASSESSMENT__COMPLETED_ON:
				setCompletedOn((LocalDate)newValue);
				return;
			case QaPackage.ASSESSMENT__STATE:
				setState((AssessmentState)newValue);
				return;
			case QaPackage.ASSESSMENT__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends Answer>)newValue);
				return;
			case QaPackage.ASSESSMENT__SCORES:
				getScores().clear();
				getScores().addAll((Collection<? extends Score>)newValue);
				return;
			case QaPackage.ASSESSMENT__JUDGEMENT:
				setJudgement((String)newValue);
				return;
			case QaPackage.ASSESSMENT__JUDGEMENT_RATIONALE:
				setJudgementRationale((String)newValue);
				return;
			case QaPackage.ASSESSMENT__COMMENTS:
				setComments((String)newValue);
				return;
			case QaPackage.ASSESSMENT__LESSONS_LEARNT:
				setLessonsLearnt((String)newValue);
				return;
			case QaPackage.ASSESSMENT__SIGN_OFFS:
				getSignOffs().clear();
				getSignOffs().addAll((Collection<? extends SignOff>)newValue);
				return;
			case QaPackage.ASSESSMENT__AMENDMENTS:
				getAmendments().clear();
				getAmendments().addAll((Collection<? extends Amendment>)newValue);
				return;
			case QaPackage.ASSESSMENT__AUDIT_KIND:
				setAuditKind((AuditKind)newValue);
				return;
			case QaPackage.ASSESSMENT__THEME:
				setTheme((String)newValue);
				return;
			case QaPackage.ASSESSMENT__OWN_LOCALITY_REASON:
				setOwnLocalityReason((String)newValue);
				return;
			case QaPackage.ASSESSMENT__MODERATED_JUDGEMENT:
				setModeratedJudgement((String)newValue);
				return;
			case QaPackage.ASSESSMENT__MODERATION_REASON:
				setModerationReason((String)newValue);
				return;
			case QaPackage.ASSESSMENT__SHARED_ON:
				setSharedOn((LocalDate)newValue);
				return;
			case QaPackage.ASSESSMENT__PRACTITIONER_RESPONSE:
				setPractitionerResponse((String)newValue);
				return;
			case QaPackage.ASSESSMENT__SAMPLE_DRAWS:
				getSampleDraws().clear();
				getSampleDraws().addAll((Collection<? extends SampleDraw>)newValue);
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
			case QaPackage.ASSESSMENT__DEFINITION_ID:
				setDefinitionId(DEFINITION_ID_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__DEFINITION_VERSION:
				setDefinitionVersion(DEFINITION_VERSION_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__DEFINITION_HASH:
				setDefinitionHash(DEFINITION_HASH_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__SUBJECT_KIND:
				setSubjectKind(SUBJECT_KIND_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__SUBJECT_KEY:
				setSubjectKey(SUBJECT_KEY_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__LOCALITY:
				setLocality((Locality)null);
				return;
			case QaPackage.ASSESSMENT__ASSESSORS:
				getAssessors().clear();
				return;
			case QaPackage.ASSESSMENT__STARTED_ON:
				setStartedOn(STARTED_ON_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__COMPLETED_ON:
				setCompletedOn(COMPLETED_ON_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__STATE:
				setState(STATE_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__ANSWERS:
				getAnswers().clear();
				return;
			case QaPackage.ASSESSMENT__SCORES:
				getScores().clear();
				return;
			case QaPackage.ASSESSMENT__JUDGEMENT:
				setJudgement(JUDGEMENT_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__JUDGEMENT_RATIONALE:
				setJudgementRationale(JUDGEMENT_RATIONALE_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__COMMENTS:
				setComments(COMMENTS_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__LESSONS_LEARNT:
				setLessonsLearnt(LESSONS_LEARNT_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__SIGN_OFFS:
				getSignOffs().clear();
				return;
			case QaPackage.ASSESSMENT__AMENDMENTS:
				getAmendments().clear();
				return;
			case QaPackage.ASSESSMENT__AUDIT_KIND:
				setAuditKind(AUDIT_KIND_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__THEME:
				setTheme(THEME_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__OWN_LOCALITY_REASON:
				setOwnLocalityReason(OWN_LOCALITY_REASON_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__MODERATED_JUDGEMENT:
				setModeratedJudgement(MODERATED_JUDGEMENT_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__MODERATION_REASON:
				setModerationReason(MODERATION_REASON_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__SHARED_ON:
				setSharedOn(SHARED_ON_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__PRACTITIONER_RESPONSE:
				setPractitionerResponse(PRACTITIONER_RESPONSE_EDEFAULT);
				return;
			case QaPackage.ASSESSMENT__SAMPLE_DRAWS:
				getSampleDraws().clear();
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
			case QaPackage.ASSESSMENT__DEFINITION_ID:
				return DEFINITION_ID_EDEFAULT == null ? definitionId != null : !DEFINITION_ID_EDEFAULT.equals(definitionId);
			case QaPackage.ASSESSMENT__DEFINITION_VERSION:
				return DEFINITION_VERSION_EDEFAULT == null ? definitionVersion != null : !DEFINITION_VERSION_EDEFAULT.equals(definitionVersion);
			case QaPackage.ASSESSMENT__DEFINITION_HASH:
				return DEFINITION_HASH_EDEFAULT == null ? definitionHash != null : !DEFINITION_HASH_EDEFAULT.equals(definitionHash);
			case QaPackage.ASSESSMENT__SUBJECT_KIND:
				return subjectKind != SUBJECT_KIND_EDEFAULT;
			case QaPackage.ASSESSMENT__SUBJECT_KEY:
				return SUBJECT_KEY_EDEFAULT == null ? subjectKey != null : !SUBJECT_KEY_EDEFAULT.equals(subjectKey);
			case QaPackage.ASSESSMENT__LOCALITY:
				return locality != null;
			case QaPackage.ASSESSMENT__ASSESSORS:
				return assessors != null && !assessors.isEmpty();
			case QaPackage.ASSESSMENT__STARTED_ON:
				return STARTED_ON_EDEFAULT == null ? startedOn != null : !STARTED_ON_EDEFAULT.equals(startedOn);
			case QaPackage.ASSESSMENT__COMPLETED_ON:
				return COMPLETED_ON_EDEFAULT == null ? completedOn != null : !COMPLETED_ON_EDEFAULT.equals(completedOn);
			case QaPackage.ASSESSMENT__STATE:
				return state != STATE_EDEFAULT;
			case QaPackage.ASSESSMENT__ANSWERS:
				return answers != null && !answers.isEmpty();
			case QaPackage.ASSESSMENT__SCORES:
				return scores != null && !scores.isEmpty();
			case QaPackage.ASSESSMENT__JUDGEMENT:
				return JUDGEMENT_EDEFAULT == null ? judgement != null : !JUDGEMENT_EDEFAULT.equals(judgement);
			case QaPackage.ASSESSMENT__JUDGEMENT_RATIONALE:
				return JUDGEMENT_RATIONALE_EDEFAULT == null ? judgementRationale != null : !JUDGEMENT_RATIONALE_EDEFAULT.equals(judgementRationale);
			case QaPackage.ASSESSMENT__COMMENTS:
				return COMMENTS_EDEFAULT == null ? comments != null : !COMMENTS_EDEFAULT.equals(comments);
			case QaPackage.ASSESSMENT__LESSONS_LEARNT:
				return LESSONS_LEARNT_EDEFAULT == null ? lessonsLearnt != null : !LESSONS_LEARNT_EDEFAULT.equals(lessonsLearnt);
			case QaPackage.ASSESSMENT__SIGN_OFFS:
				return signOffs != null && !signOffs.isEmpty();
			case QaPackage.ASSESSMENT__AMENDMENTS:
				return amendments != null && !amendments.isEmpty();
			case QaPackage.ASSESSMENT__AUDIT_KIND:
				return auditKind != AUDIT_KIND_EDEFAULT;
			case QaPackage.ASSESSMENT__THEME:
				return THEME_EDEFAULT == null ? theme != null : !THEME_EDEFAULT.equals(theme);
			case QaPackage.ASSESSMENT__OWN_LOCALITY_REASON:
				return OWN_LOCALITY_REASON_EDEFAULT == null ? ownLocalityReason != null : !OWN_LOCALITY_REASON_EDEFAULT.equals(ownLocalityReason);
			case QaPackage.ASSESSMENT__MODERATED_JUDGEMENT:
				return MODERATED_JUDGEMENT_EDEFAULT == null ? moderatedJudgement != null : !MODERATED_JUDGEMENT_EDEFAULT.equals(moderatedJudgement);
			case QaPackage.ASSESSMENT__MODERATION_REASON:
				return MODERATION_REASON_EDEFAULT == null ? moderationReason != null : !MODERATION_REASON_EDEFAULT.equals(moderationReason);
			case QaPackage.ASSESSMENT__SHARED_ON:
				return SHARED_ON_EDEFAULT == null ? sharedOn != null : !SHARED_ON_EDEFAULT.equals(sharedOn);
			case QaPackage.ASSESSMENT__PRACTITIONER_RESPONSE:
				return PRACTITIONER_RESPONSE_EDEFAULT == null ? practitionerResponse != null : !PRACTITIONER_RESPONSE_EDEFAULT.equals(practitionerResponse);
			case QaPackage.ASSESSMENT__SAMPLE_DRAWS:
				return sampleDraws != null && !sampleDraws.isEmpty();
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
		result.append(", definitionVersion: ");
		result.append(definitionVersion);
		result.append(", definitionHash: ");
		result.append(definitionHash);
		result.append(", subjectKind: ");
		result.append(subjectKind);
		result.append(", subjectKey: ");
		result.append(subjectKey);
		result.append(", startedOn: ");
		result.append(startedOn);
		result.append(", completedOn: ");
		result.append(completedOn);
		result.append(", state: ");
		result.append(state);
		result.append(", judgement: ");
		result.append(judgement);
		result.append(", judgementRationale: ");
		result.append(judgementRationale);
		result.append(", comments: ");
		result.append(comments);
		result.append(", lessonsLearnt: ");
		result.append(lessonsLearnt);
		result.append(", auditKind: ");
		result.append(auditKind);
		result.append(", theme: ");
		result.append(theme);
		result.append(", ownLocalityReason: ");
		result.append(ownLocalityReason);
		result.append(", moderatedJudgement: ");
		result.append(moderatedJudgement);
		result.append(", moderationReason: ");
		result.append(moderationReason);
		result.append(", sharedOn: ");
		result.append(sharedOn);
		result.append(", practitionerResponse: ");
		result.append(practitionerResponse);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
