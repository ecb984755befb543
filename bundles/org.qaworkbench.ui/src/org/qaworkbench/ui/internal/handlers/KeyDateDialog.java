package org.qaworkbench.ui.internal.handlers;

import java.util.List;

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
import org.qaworkbench.core.Formats;
import org.qaworkbench.core.keydates.CaseKeyDates;
import org.qaworkbench.core.keydates.KeyDateKinds;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.model.Case;
import org.qaworkbench.ui.internal.Messages;

/**
 * File > Record a key date...: a key date on the selected case, of any kind QA Workbench or an installed plugin
 * knows (its meaning shown as it is chosen), on a date typed as DD/MM/YYYY, with an optional detail. OK stores it;
 * a refusal is said in the message line, the dialog stays open and nothing typed is lost.
 */
public final class KeyDateDialog extends TitleAreaDialog {

	private final Case aCase;
	private final CaseKeyDates keyDates;
	private final List<KeyDateKinds.Kind> kinds;
	private final Actor actor;
	private final String today;
	private Combo kind;
	private Label meaning;
	private Text date;
	private Text detail;
	private Case stored;

	public KeyDateDialog(Shell shell, Case aCase, CaseKeyDates keyDates, List<KeyDateKinds.Kind> kinds, Actor actor, String today) {
		super(shell);
		this.aCase = aCase;
		this.keyDates = keyDates;
		this.kinds = kinds;
		this.actor = actor;
		this.today = today;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.KeyDate_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle(NLS.bind(Messages.KeyDate_heading, aCase.getCaseNumber()));
		setMessage(Messages.KeyDate_message);
		Composite area = (Composite) super.createDialogArea(parent);
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.KeyDate_kind);
		kind = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		kinds.forEach(known -> kind.add(known.label()));
		kind.setVisibleItemCount(Math.min(kinds.size(), 20));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(kind);
		new Label(body, SWT.NONE);
		meaning = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(meaning);
		kind.addListener(SWT.Selection, event -> showMeaning());
		new Label(body, SWT.NONE).setText(Messages.KeyDate_date);
		date = new Text(body, SWT.BORDER);
		date.setText(today);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(date);
		new Label(body, SWT.NONE).setText(Messages.KeyDate_detail);
		detail = new Text(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(detail);
		return area;
	}

	private void showMeaning() {
		KeyDateKinds.Kind chosen = chosen();
		meaning.setText(chosen == null || chosen.meaning() == null ? "" : chosen.meaning()); //$NON-NLS-1$
		meaning.getParent().layout(true, true);
		getShell().layout(true, true);
	}

	private KeyDateKinds.Kind chosen() {
		int index = kind.getSelectionIndex();
		return index < 0 ? null : kinds.get(index);
	}

	@Override
	protected void okPressed() {
		if (record()) {
			super.okPressed();
		}
	}

	/** Stores the key date as typed; false, with the reason in the message line, when it is refused. */
	boolean record() {
		KeyDateKinds.Kind chosen = chosen();
		var typedDate = Formats.parseDate(date.getText());
		if (typedDate.isEmpty()) {
			setErrorMessage(NLS.bind(Messages.KeyDate_badDate, date.getText().strip()));
			date.setFocus();
			return false;
		}
		try {
			stored = keyDates.record(aCase, chosen == null ? null : chosen.id(), typedDate.get(), detail.getText(), actor);
			setErrorMessage(null);
			return true;
		} catch (InvalidRecordException e) {
			setErrorMessage(e.problems().get(0).message());
		} catch (SaveRefusedException e) {
			setErrorMessage(e.getMessage());
		}
		return false;
	}

	/** Chooses the kind with this id, as picking it from the list does. */
	public void choose(String id) {
		for (int i = 0; i < kinds.size(); i++) {
			if (kinds.get(i).id().equals(id)) {
				kind.select(i);
				showMeaning();
			}
		}
	}

	public void type(String dateText, String detailText) {
		date.setText(dateText);
		detail.setText(detailText);
	}

	/** Presses OK; true when the key date was stored and the dialog closed. */
	public boolean ok() {
		okPressed();
		return stored != null && getShell() == null;
	}

	public String meaningShown() {
		return meaning.getText();
	}

	public List<String> kindsShown() {
		return List.of(kind.getItems());
	}

	/** The case as stored with the key date, once OK succeeded. */
	public Case stored() {
		return stored;
	}
}
