package org.qaworkbench.ui.internal.signin;

import java.util.Arrays;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.resource.JFaceResources;

/**
 * The lock after a while without use: modal, and as large as the window it covers, so nothing confidential shows
 * while the person is away, and nothing behind it can be reached. Only the same person's password (Enter) unlocks
 * it; Esc and closing do nothing. Sign out instead ends the session (the open editors keep their work as drafts).
 * A wrong password is said here and the field waits as long as the refusal says.
 */
public final class LockDialog extends Dialog {

	/** The return code of Sign out. */
	public static final int SIGN_OUT = IDialogConstants.CLIENT_ID + 1;

	private final Shell covered;
	private final String userName;
	private final String person;
	private final long idleMinutes;
	private final SignInAttempt unlock;
	private Text password;
	private Label refusal;
	private boolean waiting;

	/** {@code person}: how the message names whoever is signed in as {@code userName}. */
	public LockDialog(Shell covered, String userName, String person, long idleMinutes, SignInAttempt unlock) {
		super(covered);
		this.covered = covered;
		this.userName = userName;
		this.person = person;
		this.idleMinutes = idleMinutes;
		this.unlock = unlock;
	}

	@Override
	protected int getShellStyle() {
		return SWT.TITLE | SWT.APPLICATION_MODAL | SWT.RESIZE;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Lock_title);
	}

	@Override
	protected void initializeBounds() {
		super.initializeBounds();
		if (covered != null && !covered.isDisposed() && covered.isVisible()) {
			getShell().setBounds(covered.getBounds());
		}
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.swtDefaults().align(SWT.CENTER, SWT.CENTER).grab(true, true).applyTo(body);
		Label heading = new Label(body, SWT.NONE);
		heading.setText(NLS.bind(Messages.Lock_heading, idleMinutes));
		Font bold = JFaceResources.getBannerFont();
		heading.setFont(bold);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(heading);
		Label message = new Label(body, SWT.WRAP);
		message.setText(NLS.bind(Messages.Lock_message, person));
		GridDataFactory.fillDefaults().span(2, 1).hint(480, SWT.DEFAULT).applyTo(message);
		new Label(body, SWT.NONE).setText(Messages.SignIn_password);
		password = new Text(body, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
		refusal = new Label(body, SWT.WRAP);
		refusal.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().span(2, 1).hint(480, SWT.DEFAULT).applyTo(refusal);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Lock_unlock, true);
		createButton(parent, SIGN_OUT, Messages.Lock_signOut, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == SIGN_OUT) {
			setReturnCode(SIGN_OUT);
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Esc and the window's close do nothing: only the password or Sign out leave the lock. */
	@Override
	protected void handleShellCloseEvent() {
		// stays locked
	}

	@Override
	protected void cancelPressed() {
		// stays locked
	}

	@Override
	protected void okPressed() {
		if (waiting) {
			return;
		}
		char[] typed = password.getTextChars();
		try {
			unlock.signIn(userName, typed);
			super.okPressed();
		} catch (Refused refused) {
			refuse(refused);
		} finally {
			Arrays.fill(typed, '\0');
		}
	}

	private void refuse(Refused refused) {
		password.setText(""); //$NON-NLS-1$
		long millis = refused.waitBeforeRetry().toMillis();
		if (millis <= 0) {
			show(refused.getMessage());
			return;
		}
		show(NLS.bind(Messages.SignIn_waiting, refused.getMessage()));
		waiting = true;
		password.setEnabled(false);
		getShell().getDisplay().timerExec((int) Math.min(millis, Integer.MAX_VALUE), () -> {
			if (getShell() != null && !getShell().isDisposed()) {
				waiting = false;
				password.setEnabled(true);
				show(refused.getMessage());
				password.setFocus();
			}
		});
	}

	private void show(String message) {
		refusal.setText(message);
		refusal.getParent().layout(true);
	}

	public Text passwordField() {
		return password;
	}

	public String refusalShown() {
		return refusal.getText();
	}

	public boolean isWaiting() {
		return waiting;
	}
}
