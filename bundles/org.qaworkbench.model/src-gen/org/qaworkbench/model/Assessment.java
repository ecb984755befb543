/**
 */
package org.qaworkbench.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One completed (or draft) checklist: an audit, review, visit or feedback.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.Assessment#getDefinitionId <em>Definition Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getDefinitionVersion <em>Definition Version</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getDefinitionHash <em>Definition Hash</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getSubjectKind <em>Subject Kind</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getSubjectKey <em>Subject Key</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getLocality <em>Locality</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getAssessors <em>Assessors</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getStartedOn <em>Started On</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getCompletedOn <em>Completed On</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getState <em>State</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getAnswers <em>Answers</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getScores <em>Scores</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getJudgement <em>Judgement</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getJudgementRationale <em>Judgement Rationale</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getComments <em>Comments</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getLessonsLearnt <em>Lessons Learnt</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getSignOffs <em>Sign Offs</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getAmendments <em>Amendments</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getAuditKind <em>Audit Kind</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getOwnLocalityReason <em>Own Locality Reason</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getModeratedJudgement <em>Moderated Judgement</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getModerationReason <em>Moderation Reason</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getSharedOn <em>Shared On</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getPractitionerResponse <em>Practitioner Response</em>}</li>
 *   <li>{@link org.qaworkbench.model.Assessment#getSampleDraws <em>Sample Draws</em>}</li>
 * </ul>
 *
 * @see org.qaworkbench.model.QaPackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends Identified {
	/**
	 * Returns the value of the '<em><b>Definition Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition Id</em>' attribute.
	 * @see #setDefinitionId(String)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_DefinitionId()
	 * @model
	 * @generated
	 */
	String getDefinitionId();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getDefinitionId <em>Definition Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition Id</em>' attribute.
	 * @see #getDefinitionId()
	 * @generated
	 */
	void setDefinitionId(String value);

	/**
	 * Returns the value of the '<em><b>Definition Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Definition Version</em>' attribute.
	 * @see #setDefinitionVersion(String)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_DefinitionVersion()
	 * @model
	 * @generated
	 */
	String getDefinitionVersion();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getDefinitionVersion <em>Definition Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition Version</em>' attribute.
	 * @see #getDefinitionVersion()
	 * @generated
	 */
	void setDefinitionVersion(String value);

	/**
	 * Returns the value of the '<em><b>Definition Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Content hash of the exact definition it was completed against.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition Hash</em>' attribute.
	 * @see #setDefinitionHash(String)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_DefinitionHash()
	 * @model
	 * @generated
	 */
	String getDefinitionHash();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getDefinitionHash <em>Definition Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition Hash</em>' attribute.
	 * @see #getDefinitionHash()
	 * @generated
	 */
	void setDefinitionHash(String value);

	/**
	 * Returns the value of the '<em><b>Subject Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.SubjectKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject Kind</em>' attribute.
	 * @see org.qaworkbench.model.SubjectKind
	 * @see #setSubjectKind(SubjectKind)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_SubjectKind()
	 * @model
	 * @generated
	 */
	SubjectKind getSubjectKind();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getSubjectKind <em>Subject Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Kind</em>' attribute.
	 * @see org.qaworkbench.model.SubjectKind
	 * @see #getSubjectKind()
	 * @generated
	 */
	void setSubjectKind(SubjectKind value);

	/**
	 * Returns the value of the '<em><b>Subject Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Case number, staff id, group name, according to the subject kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject Key</em>' attribute.
	 * @see #setSubjectKey(String)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_SubjectKey()
	 * @model
	 * @generated
	 */
	String getSubjectKey();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getSubjectKey <em>Subject Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Key</em>' attribute.
	 * @see #getSubjectKey()
	 * @generated
	 */
	void setSubjectKey(String value);

	/**
	 * Returns the value of the '<em><b>Locality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Locality</em>' reference.
	 * @see #setLocality(Locality)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_Locality()
	 * @model
	 * @generated
	 */
	Locality getLocality();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getLocality <em>Locality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locality</em>' reference.
	 * @see #getLocality()
	 * @generated
	 */
	void setLocality(Locality value);

	/**
	 * Returns the value of the '<em><b>Assessors</b></em>' reference list.
	 * The list contents are of type {@link org.qaworkbench.model.StaffMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessors</em>' reference list.
	 * @see org.qaworkbench.model.QaPackage#getAssessment_Assessors()
	 * @model
	 * @generated
	 */
	EList<StaffMember> getAssessors();

	/**
	 * Returns the value of the '<em><b>Started On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started On</em>' attribute.
	 * @see #setStartedOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_StartedOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartedOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getStartedOn <em>Started On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started On</em>' attribute.
	 * @see #getStartedOn()
	 * @generated
	 */
	void setStartedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Completed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Completed On</em>' attribute.
	 * @see #setCompletedOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_CompletedOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getCompletedOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getCompletedOn <em>Completed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed On</em>' attribute.
	 * @see #getCompletedOn()
	 * @generated
	 */
	void setCompletedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.AssessmentState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.qaworkbench.model.AssessmentState
	 * @see #setState(AssessmentState)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_State()
	 * @model
	 * @generated
	 */
	AssessmentState getState();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.qaworkbench.model.AssessmentState
	 * @see #getState()
	 * @generated
	 */
	void setState(AssessmentState value);

	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.Answer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getAssessment_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Answer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Scores</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.Score}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scores</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getAssessment_Scores()
	 * @model containment="true"
	 * @generated
	 */
	EList<Score> getScores();

	/**
	 * Returns the value of the '<em><b>Judgement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The assessor's own overall grade or outcome.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Judgement</em>' attribute.
	 * @see #setJudgement(String)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_Judgement()
	 * @model
	 * @generated
	 */
	String getJudgement();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getJudgement <em>Judgement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Judgement</em>' attribute.
	 * @see #getJudgement()
	 * @generated
	 */
	void setJudgement(String value);

	/**
	 * Returns the value of the '<em><b>Judgement Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Required when the judgement differs from the computed overall score.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Judgement Rationale</em>' attribute.
	 * @see #setJudgementRationale(String)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_JudgementRationale()
	 * @model
	 * @generated
	 */
	String getJudgementRationale();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getJudgementRationale <em>Judgement Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Judgement Rationale</em>' attribute.
	 * @see #getJudgementRationale()
	 * @generated
	 */
	void setJudgementRationale(String value);

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comments</em>' attribute.
	 * @see #setComments(String)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_Comments()
	 * @model
	 * @generated
	 */
	String getComments();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getComments <em>Comments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comments</em>' attribute.
	 * @see #getComments()
	 * @generated
	 */
	void setComments(String value);

	/**
	 * Returns the value of the '<em><b>Lessons Learnt</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lessons Learnt</em>' attribute.
	 * @see #setLessonsLearnt(String)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_LessonsLearnt()
	 * @model
	 * @generated
	 */
	String getLessonsLearnt();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getLessonsLearnt <em>Lessons Learnt</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lessons Learnt</em>' attribute.
	 * @see #getLessonsLearnt()
	 * @generated
	 */
	void setLessonsLearnt(String value);

	/**
	 * Returns the value of the '<em><b>Sign Offs</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.SignOff}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sign Offs</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getAssessment_SignOffs()
	 * @model containment="true"
	 * @generated
	 */
	EList<SignOff> getSignOffs();

	/**
	 * Returns the value of the '<em><b>Amendments</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.Amendment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amendments</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getAssessment_Amendments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Amendment> getAmendments();

	/**
	 * Returns the value of the '<em><b>Audit Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.qaworkbench.model.AuditKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For case file audits: a practitioner audit or a cross-locality themed audit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Audit Kind</em>' attribute.
	 * @see org.qaworkbench.model.AuditKind
	 * @see #setAuditKind(AuditKind)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_AuditKind()
	 * @model
	 * @generated
	 */
	AuditKind getAuditKind();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getAuditKind <em>Audit Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audit Kind</em>' attribute.
	 * @see org.qaworkbench.model.AuditKind
	 * @see #getAuditKind()
	 * @generated
	 */
	void setAuditKind(AuditKind value);

	/**
	 * Returns the value of the '<em><b>Theme</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The theme of a cross-locality themed audit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Theme</em>' attribute.
	 * @see #setTheme(String)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_Theme()
	 * @model
	 * @generated
	 */
	String getTheme();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getTheme <em>Theme</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' attribute.
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(String value);

	/**
	 * Returns the value of the '<em><b>Own Locality Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why an auditor from the case's own locality went on with a cross-locality audit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Own Locality Reason</em>' attribute.
	 * @see #setOwnLocalityReason(String)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_OwnLocalityReason()
	 * @model
	 * @generated
	 */
	String getOwnLocalityReason();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getOwnLocalityReason <em>Own Locality Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Own Locality Reason</em>' attribute.
	 * @see #getOwnLocalityReason()
	 * @generated
	 */
	void setOwnLocalityReason(String value);

	/**
	 * Returns the value of the '<em><b>Moderated Judgement</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The overall grade set by the moderator when they changed it; the assessor's judgement is kept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Moderated Judgement</em>' attribute.
	 * @see #setModeratedJudgement(String)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_ModeratedJudgement()
	 * @model
	 * @generated
	 */
	String getModeratedJudgement();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getModeratedJudgement <em>Moderated Judgement</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Moderated Judgement</em>' attribute.
	 * @see #getModeratedJudgement()
	 * @generated
	 */
	void setModeratedJudgement(String value);

	/**
	 * Returns the value of the '<em><b>Moderation Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the moderator changed the overall grade.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Moderation Reason</em>' attribute.
	 * @see #setModerationReason(String)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_ModerationReason()
	 * @model
	 * @generated
	 */
	String getModerationReason();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getModerationReason <em>Moderation Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Moderation Reason</em>' attribute.
	 * @see #getModerationReason()
	 * @generated
	 */
	void setModerationReason(String value);

	/**
	 * Returns the value of the '<em><b>Shared On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The supervision date on which the line manager shared the outcome with the practitioner.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shared On</em>' attribute.
	 * @see #setSharedOn(LocalDate)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_SharedOn()
	 * @model dataType="org.qaworkbench.model.LocalDate"
	 * @generated
	 */
	LocalDate getSharedOn();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getSharedOn <em>Shared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared On</em>' attribute.
	 * @see #getSharedOn()
	 * @generated
	 */
	void setSharedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Practitioner Response</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The practitioner's written response to the audit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Practitioner Response</em>' attribute.
	 * @see #setPractitionerResponse(String)
	 * @see org.qaworkbench.model.QaPackage#getAssessment_PractitionerResponse()
	 * @model
	 * @generated
	 */
	String getPractitionerResponse();

	/**
	 * Sets the value of the '{@link org.qaworkbench.model.Assessment#getPractitionerResponse <em>Practitioner Response</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Practitioner Response</em>' attribute.
	 * @see #getPractitionerResponse()
	 * @generated
	 */
	void setPractitionerResponse(String value);

	/**
	 * Returns the value of the '<em><b>Sample Draws</b></em>' containment reference list.
	 * The list contents are of type {@link org.qaworkbench.model.SampleDraw}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The random samples of files a supervision audit was drawn with, the first and each redraw; the last is the audit's sample.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sample Draws</em>' containment reference list.
	 * @see org.qaworkbench.model.QaPackage#getAssessment_SampleDraws()
	 * @model containment="true"
	 * @generated
	 */
	EList<SampleDraw> getSampleDraws();

} // Assessment
