package org.qaworkbench.ui.internal.signin;

/** What a dialog that makes an account does with what was typed: creates it, or says why not. */
public interface NewAccount {

	/** The shortest password the store takes (core decides it; the dialog says so at the field before asking). */
	int minimumPasswordLength();

	/** Creates the account; the password array is wiped by the caller as soon as this returns. */
	void create(String fullName, String userName, char[] password) throws Refused;
}
