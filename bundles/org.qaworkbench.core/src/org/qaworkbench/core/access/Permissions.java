package org.qaworkbench.core.access;

import static org.qaworkbench.model.Role.ADMINISTRATOR;
import static org.qaworkbench.model.Role.ASSISTANT;
import static org.qaworkbench.model.Role.BUSINESS_SUPPORT;
import static org.qaworkbench.model.Role.PRACTITIONER;
import static org.qaworkbench.model.Role.QUALITY_LEAD;
import static org.qaworkbench.model.Role.SENIOR_PRACTITIONER;
import static org.qaworkbench.model.Role.SERVICE_DELIVERY_MANAGER;
import static org.qaworkbench.model.Role.TEAM_LEADER;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.AccessMessages;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.model.Role;
import org.qaworkbench.model.StaffMember;

/**
 * The permission matrix: which roles may do what. The one place it is written; the README's table is checked against
 * it cell by cell (a test), and every service asks it through {@link #allows} or {@link #require}, never by testing
 * roles itself. Someone with several roles may do what any of them may. The matrix says what a role may do at all;
 * who a record is about (its auditor, observer, supervisor, management line) is decided on top by the workflow and
 * access rules.
 */
public final class Permissions {

	private static final Set<Role> MANAGERS = EnumSet.of(SENIOR_PRACTITIONER, TEAM_LEADER, SERVICE_DELIVERY_MANAGER);
	private static final Set<Role> AUDITORS = EnumSet.of(SENIOR_PRACTITIONER, TEAM_LEADER, SERVICE_DELIVERY_MANAGER, QUALITY_LEAD);
	private static final Set<Role> CASE_HOLDERS = EnumSet.of(PRACTITIONER, ASSISTANT, SENIOR_PRACTITIONER);

	private static final Map<Permission, Set<Role>> MATRIX = new EnumMap<>(Permission.class);

	static {
		MATRIX.put(Permission.START_CASE_AUDIT, AUDITORS);
		MATRIX.put(Permission.COMPLETE_CASE_AUDIT, AUDITORS);
		MATRIX.put(Permission.MODERATE_CASE_AUDIT, EnumSet.of(SERVICE_DELIVERY_MANAGER));
		MATRIX.put(Permission.SHARE_CASE_AUDIT, MANAGERS);
		MATRIX.put(Permission.RESPOND_TO_CASE_AUDIT, CASE_HOLDERS);
		MATRIX.put(Permission.PLAN_OBSERVATION, MANAGERS);
		MATRIX.put(Permission.RECORD_OBSERVATION, MANAGERS);
		MATRIX.put(Permission.SEE_OBSERVATION, EnumSet.of(PRACTITIONER, ASSISTANT, SENIOR_PRACTITIONER, TEAM_LEADER, SERVICE_DELIVERY_MANAGER));
		// Every member of staff is supervised (supervision policy, section 6: all staff), so every role sees its own.
		MATRIX.put(Permission.SEE_SUPERVISION, EnumSet.allOf(Role.class));
		MATRIX.put(Permission.WRITE_SUPERVISION, MANAGERS);
		MATRIX.put(Permission.START_SUPERVISION_AUDIT, EnumSet.of(TEAM_LEADER, SERVICE_DELIVERY_MANAGER));
		MATRIX.put(Permission.SEE_DASHBOARDS, AUDITORS);
		MATRIX.put(Permission.EXPORT_PDF, EnumSet.of(PRACTITIONER, ASSISTANT, SENIOR_PRACTITIONER, TEAM_LEADER, SERVICE_DELIVERY_MANAGER, QUALITY_LEAD));
		MATRIX.put(Permission.EXPORT_CSV, EnumSet.of(TEAM_LEADER, SERVICE_DELIVERY_MANAGER, QUALITY_LEAD));
		MATRIX.put(Permission.EDIT_THEMES, EnumSet.of(QUALITY_LEAD, ADMINISTRATOR));
		MATRIX.put(Permission.INSTALL_CHECKLISTS, EnumSet.of(QUALITY_LEAD, ADMINISTRATOR));
		MATRIX.put(Permission.MANAGE_ACCOUNTS, EnumSet.of(ADMINISTRATOR));
		MATRIX.put(Permission.READ_ACCESS_LOG, EnumSet.of(ADMINISTRATOR));
	}

	private Permissions() {
	}

	/** Whether {@code who} holds a role that may do {@code what}; nobody (null) may do nothing. */
	public static boolean allows(StaffMember who, Permission what) {
		Set<Role> roles = rolesFor(what);
		return who != null && who.getRoles().stream().anyMatch(roles::contains);
	}

	/** Nothing when {@code who} may do {@code what}; else a refusal saying "You may not ...", who may, and who they are. */
	public static void require(StaffMember who, Permission what) throws NotPermittedException {
		if (!allows(who, what)) {
			throw new NotPermittedException(whyNot(who, what));
		}
	}

	/** The refusal's words: "You may not moderate a case audit (only: service delivery manager). You are ...". */
	public static String whyNot(StaffMember who, Permission what) {
		String may = rolesFor(what).stream().map(Permissions::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
		String refusal = NLS.bind(AccessMessages.mayNot, AccessMessages.action(what), may);
		if (who == null) {
			return refusal;
		}
		String roles = who.getRoles().stream().map(Permissions::name).collect(Collectors.joining(", ")); //$NON-NLS-1$
		return refusal + " " + NLS.bind(AccessMessages.youAre, who.getName(), roles.isEmpty() ? "-" : roles); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The roles that may do {@code what}. */
	public static Set<Role> rolesFor(Permission what) {
		return Collections.unmodifiableSet(MATRIX.get(what));
	}

	private static String name(Role role) {
		return role.getLiteral().toLowerCase(Locale.UK);
	}
}
