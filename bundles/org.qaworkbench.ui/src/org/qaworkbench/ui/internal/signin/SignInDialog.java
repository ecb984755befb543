package org.qaworkbench.ui.internal.signin;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The sign-in at start, from the keyboard alone: user name, password, Enter signs in, Esc quits. A refusal is said
 * in the dialog's message line; after a wrong password the fields wait as long as the refusal says (a growing delay
 * against guessing), then take the keyboard again with the password emptied. The password is read as characters
 * and wiped after each try, never kept in a String.
 */
public final class SignInDialog extends TitleAreaDialog {

	private final SignInAttempt attempt;
	private final String userNameGiven;
	private final String refusalGiven;
	private Text userName;
	private Text password;
	private boolean waiting;

	/** {@code userNameGiven} and {@code refusalGiven} (either may be null): an automatic sign-in that was refused. */
	public SignInDialog(Shell parent, SignInAttempt attempt, String userNameGiven, String refusalGiven) {
		super(parent);
		this.attempt = attempt;
		this.userNameGiven = userNameGiven;
		this.refusalGiven = refusalGiven;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.SignIn_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.SignIn_heading);
		setMessage(Messages.SignIn_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.SignIn_userName);
		userName = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(userName);
		new Label(body, SWT.NONE).setText(Messages.SignIn_password);
		password = new Text(body, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		if (userNameGiven != null) {
			userName.setText(userNameGiven);
		}
		if (refusalGiven != null) {
			setErrorMessage(refusalGiven);
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.SignIn_signIn, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.SignIn_quit, false);
	}

	@Override
	public void create() {
		super.create();
		(userName.getText().isEmpty() ? userName : password).setFocus();
	}

	@Override
	protected void okPressed() {
		if (waiting) {
			return;
		}
		char[] typed = password.getTextChars();
		try {
			attempt.signIn(userName.getText().strip(), typed);
			super.okPressed();
		} catch (Refused refused) {
			if (refused.handsOver()) {
				cancelPressed();
			} else {
				refuse(refused);
			}
		} finally {
			Arrays.fill(typed, '\0');
		}
	}

	private void refuse(Refused refused) {
		password.setText(""); //$NON-NLS-1$
		long millis = refused.waitBeforeRetry().toMillis();
		if (millis <= 0) {
			setErrorMessage(refused.getMessage());
			focusAfterRefusal();
			return;
		}
		setErrorMessage(NLS.bind(Messages.SignIn_waiting, refused.getMessage()));
		enableInput(false);
		getShell().getDisplay().timerExec((int) Math.min(millis, Integer.MAX_VALUE), () -> {
			if (getShell() != null && !getShell().isDisposed()) {
				setErrorMessage(refused.getMessage());
				enableInput(true);
				focusAfterRefusal();
			}
		});
	}

	private void focusAfterRefusal() {
		(userName.getText().isBlank() ? userName : password).setFocus();
	}

	private void enableInput(boolean enabled) {
		waiting = !enabled;
		userName.setEnabled(enabled);
		password.setEnabled(enabled);
		getButton(IDialogConstants.OK_ID).setEnabled(enabled);
	}

	/** True while a refusal's delay holds the fields (the tests wait for it to pass). */
	public boolean isWaiting() {
		return waiting;
	}

	public Text userNameField() {
		return userName;
	}

	public Text passwordField() {
		return password;
	}

	/** The refusal shown, or null. */
	public String refusalShown() {
		return getErrorMessage();
	}
}
