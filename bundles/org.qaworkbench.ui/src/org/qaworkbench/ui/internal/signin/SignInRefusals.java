package org.qaworkbench.ui.internal.signin;

import org.qaworkbench.core.identity.SignInThrottle;
import org.qaworkbench.core.store.StoreException;

/**
 * How a refused sign-in reaches the person: the store's message as it is (one generic message for a wrong user name
 * or password, so neither is given away), and after such a one the growing wait of core's {@link SignInThrottle},
 * which the sign-in dialog, the lock and the automatic sign-in of this workbench share.
 */
public final class SignInRefusals {

	private static final SignInThrottle THROTTLE = new SignInThrottle();

	private SignInRefusals() {
	}

	/** Whether the store refused the person (rather than failing to open at all). */
	public static boolean isRefusal(StoreException e) {
		return e.reason() == StoreException.Reason.SIGN_IN_REFUSED || e.reason() == StoreException.Reason.ACCOUNT_DISABLED;
	}

	/** The refusal to show for {@code userName}'s attempt, waiting longer after each wrong password in a row. */
	public static Refused refused(String userName, StoreException e) {
		if (e.reason() == StoreException.Reason.SIGN_IN_REFUSED) {
			THROTTLE.refused(userName);
			return new Refused(e.getMessage(), THROTTLE.delayFor(userName));
		}
		return new Refused(e.getMessage());
	}

	public static void succeeded(String userName) {
		THROTTLE.succeeded(userName);
	}
}
