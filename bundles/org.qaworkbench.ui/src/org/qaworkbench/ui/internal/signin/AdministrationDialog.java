package org.qaworkbench.ui.internal.signin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.core.identity.Account;
import org.qaworkbench.core.identity.Accounts;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.StoreException;
import org.qaworkbench.model.StaffMember;

/**
 * File &gt; Administration...: the accounts (user name, the member of staff's name and roles, disabled), with Add...
 * (a member of staff without an account, the password twice), Disable, Enable and Reset password..., every one from
 * the keyboard (Alt and the underlined letter; the list takes Up and Down). The core decides who may do this and
 * what it takes: a refusal is said in the message line and changes nothing.
 */
public final class AdministrationDialog extends TitleAreaDialog {

	/** One line of the list: an account and, when there is one, its member of staff. */
	public record Line(Account account, StaffMember staff) {
		String name() {
			return staff == null ? "" : staff.getName(); //$NON-NLS-1$
		}

		String roles() {
			return staff == null ? "" : staff.getRoles().stream().map(role -> role.getLiteral().toLowerCase()).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private final Accounts accounts;
	private final Records records;
	private final Actor by;
	private final int minimumLength;
	private TableViewer list;
	private Button disable;
	private Button enable;
	private Button reset;

	public AdministrationDialog(Shell shell, Accounts accounts, Records records, Actor by, int minimumLength) {
		super(shell);
		this.accounts = accounts;
		this.records = records;
		this.by = by;
		this.minimumLength = minimumLength;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Admin_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(Messages.Admin_title);
		setMessage(Messages.Admin_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		list = new TableViewer(body, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		list.getTable().setHeaderVisible(true);
		list.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.Admin_user, 150, line -> line.account().userName());
		column(Messages.Admin_name, 180, Line::name);
		column(Messages.Admin_roles, 220, Line::roles);
		column(Messages.Admin_disabled, 80, line -> line.account().disabled() ? Messages.Admin_yes : ""); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, true).hint(640, 320).applyTo(list.getControl());
		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		button(buttons, Messages.Admin_add, this::askToAdd);
		disable = button(buttons, Messages.Admin_disable, () -> selected().ifPresent(line -> disable(line.account().userName())));
		enable = button(buttons, Messages.Admin_enable, () -> selected().ifPresent(line -> enable(line.account().userName())));
		reset = button(buttons, Messages.Admin_reset, () -> selected().ifPresent(this::askToReset));
		list.addSelectionChangedListener(event -> enableButtons());
		refresh(null);
		return area;
	}

	private void column(String title, int width, Function<Line, String> text) {
		TableViewerColumn column = new TableViewerColumn(list, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Line) element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** The lines shown, in user name order. */
	public List<Line> shown() {
		@SuppressWarnings("unchecked")
		List<Line> shown = (List<Line>) list.getInput();
		return shown;
	}

	public boolean disable(String userName) {
		return change(userName, () -> accounts.disable(by, userName));
	}

	public boolean enable(String userName) {
		return change(userName, () -> accounts.enable(by, userName));
	}

	/** Selects the line of this user name, as Up and Down would. */
	public void select(String userName) {
		shown().stream().filter(line -> line.account().userName().equals(userName)).findFirst()
				.ifPresent(line -> list.setSelection(new StructuredSelection(line), true));
		enableButtons();
	}

	@FunctionalInterface
	private interface Change {
		void make() throws StoreException;
	}

	private boolean change(String userName, Change change) {
		try {
			change.make();
			setErrorMessage(null);
			refresh(userName);
			return true;
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
			refresh(userName);
			return false;
		}
	}

	/** Members of staff with a user id and no account yet, by name, each as {label, user name}. */
	List<String[]> withoutAccount(Set<String> withAccount) {
		return records.list(StaffMember.class).stream().filter(staff -> staff.getUserId() != null && !withAccount.contains(staff.getUserId()))
				.sorted(Comparator.comparing(StaffMember::getName))
				.map(staff -> new String[] { staff.getName() + "  (" + staff.getUserId() + ")", staff.getUserId() }) //$NON-NLS-1$ //$NON-NLS-2$
				.toList();
	}

	/** Add...: the dialog it opens, not yet open (the tests drive it). */
	public PasswordDialog addDialog() {
		Set<String> withAccount = shown().stream().map(line -> line.account().userName()).collect(Collectors.toSet());
		return PasswordDialog.forNewAccount(getShell(), withoutAccount(withAccount), minimumLength, (userName, password) -> {
			try {
				accounts.add(by, userName, password);
			} catch (StoreException e) {
				throw new Refused(e.getMessage());
			}
			refresh(userName);
		});
	}

	/** Reset password... of the selected account: the dialog it opens, not yet open. */
	public PasswordDialog resetDialog(String userName) {
		return PasswordDialog.forReset(getShell(), userName, minimumLength, (who, password) -> {
			try {
				accounts.resetPassword(by, who, password);
			} catch (StoreException e) {
				throw new Refused(e.getMessage());
			}
			refresh(who);
		});
	}

	private void askToAdd() {
		addDialog().open();
	}

	private void askToReset(Line line) {
		resetDialog(line.account().userName()).open();
	}

	private void refresh(String select) {
		List<Line> lines;
		try {
			Map<String, StaffMember> staff = records.list(StaffMember.class).stream().filter(member -> member.getUserId() != null)
					.collect(Collectors.toMap(StaffMember::getUserId, Function.identity(), (one, other) -> one));
			lines = accounts.list().stream().sorted(Comparator.comparing(Account::userName))
					.map(account -> new Line(account, staff.get(account.userName()))).toList();
		} catch (StoreException e) {
			setErrorMessage(e.getMessage());
			lines = List.of();
		}
		list.setInput(lines);
		if (select != null) {
			select(select);
		} else if (!lines.isEmpty()) {
			list.setSelection(new StructuredSelection(lines.get(0)), true);
		}
		enableButtons();
	}

	private Optional<Line> selected() {
		return Optional.ofNullable((Line) list.getStructuredSelection().getFirstElement());
	}

	private void enableButtons() {
		Optional<Line> line = selected();
		disable.setEnabled(line.isPresent() && !line.get().account().disabled());
		enable.setEnabled(line.isPresent() && line.get().account().disabled());
		reset.setEnabled(line.isPresent());
	}

	private static Button button(Composite parent, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}
}
