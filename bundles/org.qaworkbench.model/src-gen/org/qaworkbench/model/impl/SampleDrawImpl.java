/**
 */
package org.qaworkbench.model.impl;

import java.time.Instant;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.qaworkbench.model.QaPackage;
import org.qaworkbench.model.SampleDraw;
import org.qaworkbench.model.Team;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sample Draw</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.qaworkbench.model.impl.SampleDrawImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SampleDrawImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SampleDrawImpl#getDrawnFrom <em>Drawn From</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SampleDrawImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SampleDrawImpl#getBy <em>By</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SampleDrawImpl#getAt <em>At</em>}</li>
 *   <li>{@link org.qaworkbench.model.impl.SampleDrawImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SampleDrawImpl extends MinimalEObjectImpl.Container implements SampleDraw {
	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected Team team;

	/**
	 * The default value of the '{@link #getDrawnFrom() <em>Drawn From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrawnFrom()
	 * @generated
	 * @ordered
	 */
	protected static final String DRAWN_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDrawnFrom() <em>Drawn From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDrawnFrom()
	 * @generated
	 * @ordered
	 */
	protected String drawnFrom = DRAWN_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getFiles() <em>Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected static final String FILES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected String files = FILES_EDEFAULT;

	/**
	 * The default value of the '{@link #getBy() <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBy()
	 * @generated
	 * @ordered
	 */
	protected static final String BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBy() <em>By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBy()
	 * @generated
	 * @ordered
	 */
	protected String by = BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAt() <em>At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAt()
	 * @generated
	 * @ordered
	 */
	protected Instant at = AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SampleDrawImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return QaPackage.Literals.SAMPLE_DRAW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SAMPLE_DRAW__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Team getTeam() {
		if (team != null && team.eIsProxy()) {
			InternalEObject oldTeam = (InternalEObject)team;
			team = (Team)eResolveProxy(oldTeam);
			if (team != oldTeam) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, QaPackage.SAMPLE_DRAW__TEAM, oldTeam, team));
			}
		}
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Team basicGetTeam() {
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeam(Team newTeam) {
		Team oldTeam = team;
		team = newTeam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SAMPLE_DRAW__TEAM, oldTeam, team));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDrawnFrom() {
		return drawnFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDrawnFrom(String newDrawnFrom) {
		String oldDrawnFrom = drawnFrom;
		drawnFrom = newDrawnFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SAMPLE_DRAW__DRAWN_FROM, oldDrawnFrom, drawnFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFiles() {
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFiles(String newFiles) {
		String oldFiles = files;
		files = newFiles;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SAMPLE_DRAW__FILES, oldFiles, files));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBy() {
		return by;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBy(String newBy) {
		String oldBy = by;
		by = newBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SAMPLE_DRAW__BY, oldBy, by));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getAt() {
		return at;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAt(Instant newAt) {
		Instant oldAt = at;
		at = newAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SAMPLE_DRAW__AT, oldAt, at));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, QaPackage.SAMPLE_DRAW__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case QaPackage.SAMPLE_DRAW__SEED:
				return getSeed();
			case QaPackage.SAMPLE_DRAW__TEAM:
				if (resolve) return getTeam();
				return basicGetTeam();
			case QaPackage.SAMPLE_DRAW__DRAWN_FROM:
				return getDrawnFrom();
			case QaPackage.SAMPLE_DRAW__FILES:
				return getFiles();
			case QaPackage.SAMPLE_DRAW__BY:
				return getBy();
			case QaPackage.SAMPLE_DRAW__AT:
				return getAt();
			case QaPackage.SAMPLE_DRAW__REASON:
				return getReason();
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
			case QaPackage.SAMPLE_DRAW__SEED:
				setSeed((Long)newValue);
				return;
			case QaPackage.SAMPLE_DRAW__TEAM:
				setTeam((Team)newValue);
				return;
			case QaPackage.SAMPLE_DRAW__DRAWN_FROM:
				setDrawnFrom((String)newValue);
				return;
			case QaPackage.SAMPLE_DRAW__FILES:
				setFiles((String)newValue);
				return;
			case QaPackage.SAMPLE_DRAW__BY:
				setBy((String)newValue);
				return;
			case QaPackage.SAMPLE_DRAW__AT:
				setAt((Instant)newValue);
				return;
			case QaPackage.SAMPLE_DRAW__REASON:
				setReason((String)newValue);
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
			case QaPackage.SAMPLE_DRAW__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case QaPackage.SAMPLE_DRAW__TEAM:
				setTeam((Team)null);
				return;
			case QaPackage.SAMPLE_DRAW__DRAWN_FROM:
				setDrawnFrom(DRAWN_FROM_EDEFAULT);
				return;
			case QaPackage.SAMPLE_DRAW__FILES:
				setFiles(FILES_EDEFAULT);
				return;
			case QaPackage.SAMPLE_DRAW__BY:
				setBy(BY_EDEFAULT);
				return;
			case QaPackage.SAMPLE_DRAW__AT:
				setAt(AT_EDEFAULT);
				return;
			case QaPackage.SAMPLE_DRAW__REASON:
				setReason(REASON_EDEFAULT);
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
			case QaPackage.SAMPLE_DRAW__SEED:
				return seed != SEED_EDEFAULT;
			case QaPackage.SAMPLE_DRAW__TEAM:
				return team != null;
			case QaPackage.SAMPLE_DRAW__DRAWN_FROM:
				return DRAWN_FROM_EDEFAULT == null ? drawnFrom != null : !DRAWN_FROM_EDEFAULT.equals(drawnFrom);
			case QaPackage.SAMPLE_DRAW__FILES:
				return FILES_EDEFAULT == null ? files != null : !FILES_EDEFAULT.equals(files);
			case QaPackage.SAMPLE_DRAW__BY:
				return BY_EDEFAULT == null ? by != null : !BY_EDEFAULT.equals(by);
			case QaPackage.SAMPLE_DRAW__AT:
				return AT_EDEFAULT == null ? at != null : !AT_EDEFAULT.equals(at);
			case QaPackage.SAMPLE_DRAW__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(" (seed: ");
		result.append(seed);
		result.append(", drawnFrom: ");
		result.append(drawnFrom);
		result.append(", files: ");
		result.append(files);
		result.append(", by: ");
		result.append(by);
		result.append(", at: ");
		result.append(at);
		result.append(", reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //SampleDrawImpl
