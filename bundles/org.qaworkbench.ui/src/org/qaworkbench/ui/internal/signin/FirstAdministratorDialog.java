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
 * The first start of a new installation: full name, user name and the password twice make the first administrator,
 * who is then signed in. What is missing, too short or typed differently the second time is said at its field and
 * nothing is created; a refusal of the store (a user name it does not take, say) in the message line.
 */
public final class FirstAdministratorDialog extends TitleAreaDialog {

	private final NewAccount account;
	private Text fullName;
	private Text userName;
	private Text password;
	private Text again;
	private FieldMessage fullNameMessage;
	private FieldMessage userNameMessage;
	private FieldMessage passwordMessage;
	private FieldMessage againMessage;

	public FirstAdministratorDialog(Shell parent, NewAccount account) {
		super(parent);
		this.account = account;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.FirstAdmin_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.FirstAdmin_heading);
		setMessage(Messages.FirstAdmin_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		fullName = field(body, Messages.FirstAdmin_fullName, SWT.NONE);
		fullNameMessage = new FieldMessage(body);
		userName = field(body, Messages.FirstAdmin_userName, SWT.NONE);
		userNameMessage = new FieldMessage(body);
		password = field(body, Messages.FirstAdmin_password, SWT.PASSWORD);
		passwordMessage = new FieldMessage(body);
		passwordMessage.hint(NLS.bind(Messages.Field_tooShort, account.minimumPasswordLength()));
		again = field(body, Messages.FirstAdmin_again, SWT.PASSWORD);
		againMessage = new FieldMessage(body);
		return area;
	}

	private static Text field(Composite body, String label, int style) {
		new Label(body, SWT.NONE).setText(label);
		Text text = new Text(body, SWT.BORDER | SWT.SINGLE | style);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.FirstAdmin_create, true);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.SignIn_quit, false);
	}

	@Override
	protected void okPressed() {
		char[] first = password.getTextChars();
		char[] second = again.getTextChars();
		try {
			if (!checkFields(first, second)) {
				return;
			}
			account.create(fullName.getText().strip(), userName.getText().strip(), first);
			super.okPressed();
		} catch (Refused refused) {
			setErrorMessage(refused.getMessage());
		} finally {
			Arrays.fill(first, '\0');
			Arrays.fill(second, '\0');
		}
	}

	/** Says at each field what is wrong with it, focusing the first such field; true when nothing is. */
	private boolean checkFields(char[] first, char[] second) {
		fullNameMessage.say(fullName.getText().isBlank() ? Messages.Field_required : null);
		userNameMessage.say(userName.getText().isBlank() ? Messages.Field_required : null);
		boolean tooShort = first.length < account.minimumPasswordLength();
		String needed = NLS.bind(Messages.Field_tooShort, account.minimumPasswordLength());
		if (tooShort) {
			passwordMessage.say(first.length == 0 ? Messages.Field_required : needed);
		} else {
			passwordMessage.hint(needed);
		}
		againMessage.say(!tooShort && !Arrays.equals(first, second) ? Messages.Field_mismatch : null);
		Text firstWrong = fullName.getText().isBlank() ? fullName
				: userName.getText().isBlank() ? userName : tooShort ? password : !Arrays.equals(first, second) ? again : null;
		if (firstWrong != null) {
			setErrorMessage(null);
			firstWrong.setFocus();
			return false;
		}
		return true;
	}

	public Text fullNameField() {
		return fullName;
	}

	public Text userNameField() {
		return userName;
	}

	public Text passwordField() {
		return password;
	}

	public Text againField() {
		return again;
	}

	/** What each field's line says: full name, user name, password, again. */
	public String[] fieldMessages() {
		return new String[] { fullNameMessage.text(), userNameMessage.text(), passwordMessage.text(), againMessage.text() };
	}

	public String refusalShown() {
		return getErrorMessage();
	}
}
