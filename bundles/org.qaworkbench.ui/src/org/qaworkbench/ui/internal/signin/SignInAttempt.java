package org.qaworkbench.ui.internal.signin;

/** What a sign-in or lock dialog does with what was typed: signs in, or says why not. */
@FunctionalInterface
public interface SignInAttempt {

	/** Signs in with the password; the array is wiped by the caller as soon as this returns. */
	void signIn(String userName, char[] password) throws Refused;
}
