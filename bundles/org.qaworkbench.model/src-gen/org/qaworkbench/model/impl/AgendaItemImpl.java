/**
 */
package org.qaworkbench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.qaworkbench.model.AgendaItem;
import org.qaworkbench.model.QaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agenda Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.AgendaItemImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AgendaItemImpl#getDiscussion <em>Discussion</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AgendaItemImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AgendaItemImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AgendaItemImpl#getByWhom <em>By Whom</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AgendaItemImpl#getTimescale <em>Timescale</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.AgendaItemImpl#getItemId <em>Item Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgendaItemImpl extends MinimalEObjectImpl.Container implements AgendaItem {
	/**
	 * The default value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected String topic = TOPIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiscussion() <em>Discussion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscussion()
	 * @generated
	 * @ordered
	 */
	protected static final String DISCUSSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDiscussion() <em>Discussion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiscussion()
	 * @generated
	 * @ordered
	 */
	protected String discussion = DISCUSSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final String DECISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected String decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getActions() <em>Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected String actions = ACTIONS_EDEFAULT;

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
	 * The default value of the '{@link #getItemId() <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemId()
	 * @generated
	 * @ordered
	 */
	protected static final String ITEM_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getItemId() <em>Item Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItemId()
	 * @generated
	 * @ordered
	 */
	protected String itemId = ITEM_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgendaItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.AGENDA_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopic() {
		return topic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopic(String newTopic) {
		String oldTopic = topic;
		topic = newTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.AGENDA_ITEM__TOPIC, oldTopic, topic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDiscussion() {
		return discussion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiscussion(String newDiscussion) {
		String oldDiscussion = discussion;
		discussion = newDiscussion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.AGENDA_ITEM__DISCUSSION, oldDiscussion, discussion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(String newDecision) {
		String oldDecision = decision;
		decision = newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.AGENDA_ITEM__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActions() {
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActions(String newActions) {
		String oldActions = actions;
		actions = newActions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.AGENDA_ITEM__ACTIONS, oldActions, actions));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.AGENDA_ITEM__BY_WHOM, oldByWhom, byWhom));
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
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.AGENDA_ITEM__TIMESCALE, oldTimescale, timescale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getItemId() {
		return itemId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItemId(String newItemId) {
		String oldItemId = itemId;
		itemId = newItemId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.AGENDA_ITEM__ITEM_ID, oldItemId, itemId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QaPackage.AGENDA_ITEM__TOPIC:
				return getTopic();
			case QaPackage.AGENDA_ITEM__DISCUSSION:
				return getDiscussion();
			case QaPackage.AGENDA_ITEM__DECISION:
				return getDecision();
			case QaPackage.AGENDA_ITEM__ACTIONS:
				return getActions();
			case QaPackage.AGENDA_ITEM__BY_WHOM:
				return getByWhom();
			case QaPackage.AGENDA_ITEM__TIMESCALE:
				return getTimescale();
			case QaPackage.AGENDA_ITEM__ITEM_ID:
				return getItemId();
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
			case QaPackage.AGENDA_ITEM__TOPIC:
				setTopic((String)newValue);
				return;
			case QaPackage.AGENDA_ITEM__DISCUSSION:
				setDiscussion((String)newValue);
				return;
			case QaPackage.AGENDA_ITEM__DECISION:
				setDecision((String)newValue);
				return;
			case QaPackage.AGENDA_ITEM__ACTIONS:
				setActions((String)newValue);
				return;
			case QaPackage.AGENDA_ITEM__BY_WHOM:
				setByWhom((String)newValue);
				return;
			case QaPackage.AGENDA_ITEM__TIMESCALE:
				setTimescale((String)newValue);
				return;
			case QaPackage.AGENDA_ITEM__ITEM_ID:
				setItemId((String)newValue);
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
			case QaPackage.AGENDA_ITEM__TOPIC:
				setTopic(TOPIC_EDEFAULT);
				return;
			case QaPackage.AGENDA_ITEM__DISCUSSION:
				setDiscussion(DISCUSSION_EDEFAULT);
				return;
			case QaPackage.AGENDA_ITEM__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case QaPackage.AGENDA_ITEM__ACTIONS:
				setActions(ACTIONS_EDEFAULT);
				return;
			case QaPackage.AGENDA_ITEM__BY_WHOM:
				setByWhom(BY_WHOM_EDEFAULT);
				return;
			case QaPackage.AGENDA_ITEM__TIMESCALE:
				setTimescale(TIMESCALE_EDEFAULT);
				return;
			case QaPackage.AGENDA_ITEM__ITEM_ID:
				setItemId(ITEM_ID_EDEFAULT);
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
			case QaPackage.AGENDA_ITEM__TOPIC:
				return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
			case QaPackage.AGENDA_ITEM__DISCUSSION:
				return DISCUSSION_EDEFAULT == null ? discussion != null : !DISCUSSION_EDEFAULT.equals(discussion);
			case QaPackage.AGENDA_ITEM__DECISION:
				return DECISION_EDEFAULT == null ? decision != null : !DECISION_EDEFAULT.equals(decision);
			case QaPackage.AGENDA_ITEM__ACTIONS:
				return ACTIONS_EDEFAULT == null ? actions != null : !ACTIONS_EDEFAULT.equals(actions);
			case QaPackage.AGENDA_ITEM__BY_WHOM:
				return BY_WHOM_EDEFAULT == null ? byWhom != null : !BY_WHOM_EDEFAULT.equals(byWhom);
			case QaPackage.AGENDA_ITEM__TIMESCALE:
				return TIMESCALE_EDEFAULT == null ? timescale != null : !TIMESCALE_EDEFAULT.equals(timescale);
			case QaPackage.AGENDA_ITEM__ITEM_ID:
				return ITEM_ID_EDEFAULT == null ? itemId != null : !ITEM_ID_EDEFAULT.equals(itemId);
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
		result.append(" (topic: ");
		result.append(topic);
		result.append(", discussion: ");
		result.append(discussion);
		result.append(", decision: ");
		result.append(decision);
		result.append(", actions: ");
		result.append(actions);
		result.append(", byWhom: ");
		result.append(byWhom);
		result.append(", timescale: ");
		result.append(timescale);
		result.append(", itemId: ");
		result.append(itemId);
		result.append(')');
		return result.toString();
	}

} //AgendaItemImpl
