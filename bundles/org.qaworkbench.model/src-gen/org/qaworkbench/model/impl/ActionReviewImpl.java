/**
 */
package org.qaworkbench.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.qaworkbench.model.ActionOrigin;
import org.qaworkbench.model.ActionReview;
import org.qaworkbench.model.QaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Action Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.ActionReviewImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ActionReviewImpl#getOriginId <em>Origin Id</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ActionReviewImpl#getAction <em>Action</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ActionReviewImpl#getByWhom <em>By Whom</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ActionReviewImpl#getTimescale <em>Timescale</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ActionReviewImpl#getDueOn <em>Due On</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ActionReviewImpl#isDone <em>Done</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.ActionReviewImpl#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionReviewImpl extends MinimalEObjectImpl.Container implements ActionReview {
	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final ActionOrigin ORIGIN_EDEFAULT = ActionOrigin.SUPERVISION;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected ActionOrigin origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginId() <em>Origin Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginId()
	 * @generated
	 * @ordered
	 */
	protected static final long ORIGIN_ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getOriginId() <em>Origin Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginId()
	 * @generated
	 * @ordered
	 */
	protected long originId = ORIGIN_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected String action = ACTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getByWhom() <em>By Whom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getByWhom()
	 * @generated
	 * @ordered
	 */
	protected static final String BY_WHOM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getByWhom() <em>By Whom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getByWhom()
	 * @generated
	 * @ordered
	 */
	protected String byWhom = BY_WHOM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimescale() <em>Timescale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimescale()
	 * @generated
	 * @ordered
	 */
	protected static final String TIMESCALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimescale() <em>Timescale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimescale()
	 * @generated
	 * @ordered
	 */
	protected String timescale = TIMESCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueOn() <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueOn() <em>Due On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueOn = DUE_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDone()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DONE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDone() <em>Done</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDone()
	 * @generated
	 * @ordered
	 */
	protected boolean done = DONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.ACTION_REVIEW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionOrigin getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(ActionOrigin newOrigin) {
		ActionOrigin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ACTION_REVIEW__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getOriginId() {
		return originId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginId(long newOriginId) {
		long oldOriginId = originId;
		originId = newOriginId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ACTION_REVIEW__ORIGIN_ID, oldOriginId, originId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(String newAction) {
		String oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ACTION_REVIEW__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getByWhom() {
		return byWhom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setByWhom(String newByWhom) {
		String oldByWhom = byWhom;
		byWhom = newByWhom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ACTION_REVIEW__BY_WHOM, oldByWhom, byWhom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimescale() {
		return timescale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimescale(String newTimescale) {
		String oldTimescale = timescale;
		timescale = newTimescale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ACTION_REVIEW__TIMESCALE, oldTimescale, timescale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueOn() {
		return dueOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueOn(LocalDate newDueOn) {
		LocalDate oldDueOn = dueOn;
		dueOn = newDueOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ACTION_REVIEW__DUE_ON, oldDueOn, dueOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDone() {
		return done;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDone(boolean newDone) {
		boolean oldDone = done;
		done = newDone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ACTION_REVIEW__DONE, oldDone, done));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.ACTION_REVIEW__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QaPackage.ACTION_REVIEW__ORIGIN:
				return getOrigin();
			case QaPackage.ACTION_REVIEW__ORIGIN_ID:
				return getOriginId();
			case QaPackage.ACTION_REVIEW__ACTION:
				return getAction();
			case QaPackage.ACTION_REVIEW__BY_WHOM:
				return getByWhom();
			case QaPackage.ACTION_REVIEW__TIMESCALE:
				return getTimescale();
			case QaPackage.ACTION_REVIEW__DUE_ON:
				return getDueOn();
			case QaPackage.ACTION_REVIEW__DONE:
				return isDone();
			case QaPackage.ACTION_REVIEW__COMMENT:
				return getComment();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case QaPackage.ACTION_REVIEW__ORIGIN:
				setOrigin((ActionOrigin)newValue);
				return;
			case QaPackage.ACTION_REVIEW__ORIGIN_ID:
				setOriginId((Long)newValue);
				return;
			case QaPackage.ACTION_REVIEW__ACTION:
				setAction((String)newValue);
				return;
			case QaPackage.ACTION_REVIEW__BY_WHOM:
				setByWhom((String)newValue);
				return;
			case QaPackage.ACTION_REVIEW__TIMESCALE:
				setTimescale((String)newValue);
				return;
			case QaPackage.ACTION_REVIEW__DUE_ON:
				setDueOn((LocalDate)newValue);
				return;
			case QaPackage.ACTION_REVIEW__DONE:
				setDone((Boolean)newValue);
				return;
			case QaPackage.ACTION_REVIEW__COMMENT:
				setComment((String)newValue);
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
			case QaPackage.ACTION_REVIEW__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case QaPackage.ACTION_REVIEW__ORIGIN_ID:
				setOriginId(ORIGIN_ID_EDEFAULT);
				return;
			case QaPackage.ACTION_REVIEW__ACTION:
				setAction(ACTION_EDEFAULT);
				return;
			case QaPackage.ACTION_REVIEW__BY_WHOM:
				setByWhom(BY_WHOM_EDEFAULT);
				return;
			case QaPackage.ACTION_REVIEW__TIMESCALE:
				setTimescale(TIMESCALE_EDEFAULT);
				return;
			case QaPackage.ACTION_REVIEW__DUE_ON:
				setDueOn(DUE_ON_EDEFAULT);
				return;
			case QaPackage.ACTION_REVIEW__DONE:
				setDone(DONE_EDEFAULT);
				return;
			case QaPackage.ACTION_REVIEW__COMMENT:
				setComment(COMMENT_EDEFAULT);
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
			case QaPackage.ACTION_REVIEW__ORIGIN:
				return origin != ORIGIN_EDEFAULT;
			case QaPackage.ACTION_REVIEW__ORIGIN_ID:
				return originId != ORIGIN_ID_EDEFAULT;
			case QaPackage.ACTION_REVIEW__ACTION:
				return ACTION_EDEFAULT == null ? action != null : !ACTION_EDEFAULT.equals(action);
			case QaPackage.ACTION_REVIEW__BY_WHOM:
				return BY_WHOM_EDEFAULT == null ? byWhom != null : !BY_WHOM_EDEFAULT.equals(byWhom);
			case QaPackage.ACTION_REVIEW__TIMESCALE:
				return TIMESCALE_EDEFAULT == null ? timescale != null : !TIMESCALE_EDEFAULT.equals(timescale);
			case QaPackage.ACTION_REVIEW__DUE_ON:
				return DUE_ON_EDEFAULT == null ? dueOn != null : !DUE_ON_EDEFAULT.equals(dueOn);
			case QaPackage.ACTION_REVIEW__DONE:
				return done != DONE_EDEFAULT;
			case QaPackage.ACTION_REVIEW__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
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
		result.append(" (origin: ");
		result.append(origin);
		result.append(", originId: ");
		result.append(originId);
		result.append(", action: ");
		result.append(action);
		result.append(", byWhom: ");
		result.append(byWhom);
		result.append(", timescale: ");
		result.append(timescale);
		result.append(", dueOn: ");
		result.append(dueOn);
		result.append(", done: ");
		result.append(done);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //ActionReviewImpl
