package org.qaworkbench.cli.internal;

import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.StaffMember;

/**
 * The member of staff a command acts as, signed in as every command is ({@code --as USER}, else QA_USER, else the
 * operating-system user, with their password): whom core's permission matrix is asked about. Null when the person
 * signed in is not on the staff list, which the matrix refuses as nobody.
 */
final class ActingStaff {

	static final String AS = "as"; //$NON-NLS-1$

	private ActingStaff() {
	}

	static StaffMember signIn(Options options) throws Exception {
		SignIn signIn = SignIn.fromEnvironment();
		String as = options.value(AS, null);
		try (Store store = signIn.open(DataFolder.resolve(), as)) {
			return Staff.of(store.records(), signIn.actor(as)).orElse(null);
		}
	}
}
