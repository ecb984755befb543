package org.qaworkbench.xlsform.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.internal.editor.ChecklistPreview;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.ui.editors.SignedInPerson;
import org.qaworkbench.ui.internal.handlers.InstallPluginHandler;
import org.qaworkbench.xlsform.ChecklistPlugins;
import org.qaworkbench.xlsform.WorkbookProblem;
import org.qaworkbench.xlsform.WorkbookResult;

/**
 * The preview of a checklist workbook, beside the editors: its problems, each at its sheet, row and column, or the
 * checklist as the editor will show it; read again each time the workbook is saved, so the spreadsheet and this
 * preview together are the checklist designer. Install the previewed checklist (Alt+P) writes its plugin and installs
 * it through the application's one install path.
 */
public final class SpreadsheetPreviewPart {

	static final String FILE = "spreadsheet"; //$NON-NLS-1$
	private static final String URI = "bundleclass://org.qaworkbench.xlsform.ui/" + SpreadsheetPreviewPart.class.getName(); //$NON-NLS-1$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss"); //$NON-NLS-1$

	private Path file;
	private Label status;
	private Composite pages;
	private StackLayout stack;
	private Table problems;
	private ChecklistPreview preview;
	private Button install;
	private SignedInPerson signedIn;
	private WorkbookWatcher watcher;
	private WorkbookResult shown;
	private int readings;

	/** Opens the preview of a workbook, or brings its open preview to the front. */
	public static MPart open(Path file, MApplication application, EModelService models, EPartService parts) {
		MPartStack stack = (MPartStack) models.find(RecordEditors.EDITOR_STACK, application);
		MPart part = stack.getChildren().stream().filter(MPart.class::isInstance).map(MPart.class::cast)
				.filter(open -> file.toString().equals(open.getPersistedState().get(FILE))).findFirst().orElse(null);
		if (part == null) {
			part = models.createModelElement(MPart.class);
			part.setContributionURI(URI);
			part.setCloseable(true);
			part.setLabel(NLS.bind(Messages.Preview_label, file.getFileName()));
			part.setTooltip(file.toString());
			part.getPersistedState().put(FILE, file.toString());
			stack.getChildren().add(part);
		}
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}

	@PostConstruct
	void create(Composite parent, MPart part, SignedInPerson signedIn) {
		this.signedIn = signedIn;
		file = Path.of(part.getPersistedState().get(FILE));
		GridLayoutFactory.fillDefaults().margins(8, 8).applyTo(parent);
		status = new Label(parent, SWT.WRAP);
		status.setText(NLS.bind(Messages.Preview_reading, file));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		pages = new Composite(parent, SWT.NONE);
		stack = new StackLayout();
		pages.setLayout(stack);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pages);
		problems = new Table(pages, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		problems.setHeaderVisible(true);
		for (String heading : List.of(Messages.Preview_sheet, Messages.Preview_row, Messages.Preview_column, Messages.Preview_problem)) {
			new TableColumn(problems, SWT.NONE).setText(heading);
		}
		preview = new ChecklistPreview(pages);
		stack.topControl = problems;
		install = new Button(parent, SWT.PUSH);
		install.setText(Messages.Preview_install);
		install.setEnabled(false);
		install.addListener(SWT.Selection, event -> install());
		watcher = new WorkbookWatcher(file, result -> parent.getDisplay().asyncExec(() -> {
			if (!parent.isDisposed()) {
				show(result);
			}
		}));
		watcher.start();
	}

	/** Shows a reading of the workbook: the checklist when it has no error, else every problem; warnings said above it. */
	void show(WorkbookResult result) {
		shown = result;
		readings++;
		List<WorkbookProblem> listed = new ArrayList<>(result.problems());
		result.unsupported().stream().filter(problem -> !listed.contains(problem)).forEach(listed::add);
		String time = LocalTime.now().format(TIME);
		if (result.isValid()) {
			preview.show(result.definition().orElseThrow());
			stack.topControl = preview.control();
			status.setText(listed.isEmpty() ? NLS.bind(Messages.Preview_valid, file.getFileName(), time)
					: NLS.bind(Messages.Preview_validWithWarnings, new Object[] { file.getFileName(), time, warnings(listed) }));
		} else {
			problems.removeAll();
			for (WorkbookProblem problem : listed) {
				TableItem row = new TableItem(problems, SWT.NONE);
				row.setText(new String[] { problem.sheet(), problem.row() > 0 ? String.valueOf(problem.row()) : "", problem.column(), //$NON-NLS-1$
						problem.isError() ? problem.message() : NLS.bind(Messages.Preview_warning, problem.message()) });
			}
			for (TableColumn column : problems.getColumns()) {
				column.pack();
			}
			stack.topControl = problems;
			status.setText(NLS.bind(Messages.Preview_problems, new Object[] { file.getFileName(), time, result.errors().size() }));
		}
		// Installing is the permission matrix's (core decides); previewing a workbook is open to anyone designing one.
		StaffMember person = signedIn.staff().orElse(null);
		boolean permitted = Permissions.allows(person, Permission.INSTALL_CHECKLISTS);
		install.setEnabled(result.isValid() && permitted);
		install.setToolTipText(permitted ? null : Permissions.whyNot(person, Permission.INSTALL_CHECKLISTS));
		pages.layout(true, true);
		status.getParent().layout(true, true);
	}

	private static String warnings(List<WorkbookProblem> listed) {
		return String.join("\n", listed.stream().map(WorkbookProblem::toString).toList()); //$NON-NLS-1$
	}

	/** Writes the plugin of the checklist shown and installs it, as File > Install checklist plugin... would; true when installed. */
	boolean install() {
		if (shown == null || !shown.isValid()) {
			return false;
		}
		try {
			Path folder = Files.createTempDirectory("qa-spreadsheet-plugin"); //$NON-NLS-1$
			Path jar = ChecklistPlugins.write(shown, folder);
			try {
				return InstallPluginHandler.install(install.getShell(), jar, signedIn.staff().orElse(null));
			} finally {
				// The plugin folder keeps its own copy of an installed jar.
				Files.deleteIfExists(jar);
				Files.deleteIfExists(folder);
			}
		} catch (IOException e) {
			ILog.of(getClass()).error("Writing the plugin of " + file + " failed", e); //$NON-NLS-1$ //$NON-NLS-2$
			MessageDialog.openError(install.getShell(), Messages.Preview_notInstalled, NLS.bind(Messages.Preview_notWritten, e.getMessage()));
			return false;
		}
	}

	@Focus
	void focus() {
		if (stack.topControl == preview.control() && preview.definition() != null) {
			preview.table().setFocus();
		} else {
			problems.setFocus();
		}
	}

	@PreDestroy
	void dispose() {
		watcher.close();
	}

	/** How many readings have been shown: each save of the workbook adds one. */
	int readings() {
		return readings;
	}

	WorkbookResult shown() {
		return shown;
	}

	ChecklistPreview preview() {
		return preview;
	}

	boolean showsProblems() {
		return stack.topControl == problems;
	}

	/** The problems listed, one line each: "sheet | row | column | problem". */
	List<String> problemsShown() {
		List<String> lines = new ArrayList<>();
		for (TableItem item : problems.getItems()) {
			lines.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return lines;
	}

	String statusShown() {
		return status.getText();
	}

	Button installButton() {
		return install;
	}
}
