package org.qaworkbench.ui.internal.signin;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A password typed twice for someone: a new account for a member of staff chosen from those without one (Add...), or
 * a new password for an account (Reset password...). What is missing, too short or not the same twice is said at its
 * field; a refusal of the store in the message line; either way nothing is changed and the dialog stays open.
 */
public final class PasswordDialog extends TitleAreaDialog {

	/** What OK does with the chosen person (a user name) and the password, which the caller wipes afterwards. */
	@FunctionalInterface
	public interface Action {
		void apply(String userName, char[] password) throws Refused;
	}

	private final String title;
	private final String message;
	/** The people to choose from, as "label" and user name; null when the person is given. */
	private final List<String[]> choices;
	private final String userName;
	private final int minimumLength;
	private final Action action;
	private Combo person;
	private Text password;
	private Text again;
	private FieldMessage personMessage;
	private FieldMessage passwordMessage;
	private FieldMessage againMessage;

	/** Add...: {@code choices} are the members of staff without an account, each {label, user name}. */
	public static PasswordDialog forNewAccount(Shell parent, List<String[]> choices, int minimumLength, Action action) {
		return new PasswordDialog(parent, Messages.Admin_addTitle, Messages.Admin_addMessage, choices, null, minimumLength, action);
	}

	public static PasswordDialog forReset(Shell parent, String userName, int minimumLength, Action action) {
		return new PasswordDialog(parent, Messages.Admin_resetTitle, NLS.bind(Messages.Admin_resetMessage, userName), null, userName,
				minimumLength, action);
	}

	private PasswordDialog(Shell parent, String title, String message, List<String[]> choices, String userName, int minimumLength, Action action) {
		super(parent);
		this.title = title;
		this.message = message;
		this.choices = choices;
		this.userName = userName;
		this.minimumLength = minimumLength;
		this.action = action;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(title);
		setMessage(message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		if (choices != null) {
			new Label(body, SWT.NONE).setText(Messages.Admin_person);
			person = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
			choices.forEach(choice -> person.add(choice[0]));
			person.setVisibleItemCount(Math.min(Math.max(choices.size(), 1), 20));
			GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(person);
			personMessage = new FieldMessage(body);
			if (choices.isEmpty()) {
				personMessage.say(Messages.Admin_nobodyWithoutAccount);
			}
		}
		new Label(body, SWT.NONE).setText(Messages.FirstAdmin_password);
		password = new Text(body, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(password);
		passwordMessage = new FieldMessage(body);
		passwordMessage.hint(NLS.bind(Messages.Field_tooShort, minimumLength));
		new Label(body, SWT.NONE).setText(Messages.FirstAdmin_again);
		again = new Text(body, SWT.BORDER | SWT.SINGLE | SWT.PASSWORD);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(again);
		againMessage = new FieldMessage(body);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		char[] first = password.getTextChars();
		char[] second = again.getTextChars();
		try {
			String who = chosenUserName();
			boolean nobody = who == null;
			if (personMessage != null) {
				personMessage.say(nobody ? Messages.Field_required : null);
			}
			boolean tooShort = first.length < minimumLength;
			if (tooShort) {
				passwordMessage.say(first.length == 0 ? Messages.Field_required : NLS.bind(Messages.Field_tooShort, minimumLength));
			} else {
				passwordMessage.hint(NLS.bind(Messages.Field_tooShort, minimumLength));
			}
			boolean mismatch = !tooShort && !Arrays.equals(first, second);
			againMessage.say(mismatch ? Messages.Field_mismatch : null);
			if (nobody || tooShort || mismatch) {
				(nobody ? person : tooShort ? password : again).setFocus();
				return;
			}
			action.apply(who, first);
			super.okPressed();
		} catch (Refused refused) {
			setErrorMessage(refused.getMessage());
		} finally {
			Arrays.fill(first, '\0');
			Arrays.fill(second, '\0');
		}
	}

	private String chosenUserName() {
		if (choices == null) {
			return userName;
		}
		int index = person.getSelectionIndex();
		return index < 0 ? null : choices.get(index)[1];
	}

	public Combo personField() {
		return person;
	}

	public Text passwordField() {
		return password;
	}

	public Text againField() {
		return again;
	}

	/** What the person, password and again lines say (the person's empty when the person is given). */
	public String[] fieldMessages() {
		return new String[] { personMessage == null ? "" : personMessage.text(), passwordMessage.text(), againMessage.text() }; //$NON-NLS-1$
	}

	public String refusalShown() {
		return getErrorMessage();
	}
}
