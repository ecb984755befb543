package org.qaworkbench.ui.internal.handlers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.core.audits.AuditWorkflow;
import org.qaworkbench.core.checklists.registry.ChecklistRegistry;
import org.qaworkbench.core.checklists.registry.DefinitionResolver;
import org.qaworkbench.core.queries.CaseEntry;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.AssessmentState;
import org.qaworkbench.model.Case;
import org.qaworkbench.model.ChecklistDefinition;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.QaFactory;
import org.qaworkbench.ui.internal.Messages;
import org.qaworkbench.ui.internal.References;
import org.qaworkbench.ui.internal.SignedIn;
import org.qaworkbench.ui.internal.editor.Editors;

/** Ctrl+N: starts a checklist about the case selected in the navigator, on the newest installed version. */
public final class NewChecklistHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return selection instanceof CaseEntry;
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, @Named(IServiceConstants.ACTIVE_SELECTION) CaseEntry aCase, Store store,
			MApplication application, EModelService models, EPartService parts, SignedIn signedIn, @Optional Clock clock) {
		List<ChecklistDefinition> definitions = ChecklistRegistry.instance().all();
		ChooseDialog<ChecklistDefinition> dialog = new ChooseDialog<>(shell, Messages.NewChecklist_title, definitions, new LabelProvider() {
			@Override
			public String getText(Object element) {
				ChecklistDefinition definition = (ChecklistDefinition) element;
				return definition.getTitle() + "  (" + definition.getVersion() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		if (dialog.open() != Window.OK || dialog.chosen() == null) {
			return;
		}
		try {
			AuditWorkflow.mayStart(dialog.chosen().getDefinitionId(), signedIn.staff().orElse(null));
		} catch (NotPermittedException e) {
			MessageDialog.openError(shell, Messages.NewChecklist_title, e.getMessage());
			return;
		}
		Editors.open(start(aCase, dialog.chosen().getDefinitionId(), LocalDate.now(clock == null ? Clock.systemDefaultZone() : clock), store, signedIn),
				application, models, parts);
	}

	/**
	 * Starts a draft checklist about a case on the newest installed version, with whoever is signed in as assessor.
	 * It is not stored here: its editor stores it with the first answer, so one closed untouched leaves nothing.
	 */
	public static Assessment start(Case aCase, String definitionId, LocalDate today, Store store, SignedIn signedIn) {
		return start(aCase.getCaseNumber(), aCase.getLocality(), definitionId, today, store, signedIn);
	}

	/** {@link #start(Case, String, LocalDate, Store, SignedIn)} for a case as the navigator lists it. */
	public static Assessment start(CaseEntry aCase, String definitionId, LocalDate today, Store store, SignedIn signedIn) {
		return start(aCase.caseNumber(), References.locality(aCase.localityId()), definitionId, today, store, signedIn);
	}

	private static Assessment start(String caseNumber, Locality locality, String definitionId, LocalDate today, Store store, SignedIn signedIn) {
		Actor actor = signedIn.actor();
		DefinitionResolver.Resolved resolved = new DefinitionResolver(ChecklistRegistry.instance(), store.definitions())
				.forNewAssessment(definitionId, actor).orElseThrow();
		Assessment assessment = QaFactory.eINSTANCE.createAssessment();
		assessment.setDefinitionId(resolved.definition().getDefinitionId());
		assessment.setDefinitionVersion(resolved.definition().getVersion());
		assessment.setDefinitionHash(resolved.hash());
		assessment.setSubjectKind(resolved.definition().getSubjectKind());
		assessment.setSubjectKey(caseNumber);
		assessment.setLocality(locality);
		assessment.setStartedOn(today);
		assessment.setState(AssessmentState.DRAFT);
		// Whoever starts a checklist is its assessor: the one who may complete it.
		signedIn.staff().ifPresent(assessment.getAssessors()::add);
		return assessment;
	}
}
