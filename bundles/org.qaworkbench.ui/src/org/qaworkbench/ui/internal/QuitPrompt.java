package org.qaworkbench.ui.internal;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.ui.editors.Discardable;

/**
 * Quitting with unsaved work asks once: Save, Discard or Cancel. Closing the window and Ctrl+Q / File &gt; Quit
 * (see handlers.QuitHandler) both come here, as the window's close handler. Save saves every changed editor and
 * quits only when all of them were saved (a refused save says why in its editor's message, and the application
 * stays open); Discard drops the unsaved work with its drafts; Cancel, or closing the question, carries on with
 * everything as it was.
 */
public final class QuitPrompt implements IWindowCloseHandler {

	static final int SAVE = 0;
	static final int DISCARD = 1;

	@Inject
	private MApplication application;

	/**
	 * Windows have their contexts once rendered, before the event loop's first turn: replace the platform's close
	 * handler (its own save prompt) then. Not on the posted start-up event, which a quick quit can overtake.
	 */
	@PostConstruct
	void guardWindows(Display display) {
		display.asyncExec(() -> {
			for (MWindow window : application.getChildren()) {
				if (window.getContext() != null) {
					window.getContext().set(IWindowCloseHandler.class, this);
				}
			}
		});
	}

	@Override
	public boolean close(MWindow window) {
		EPartService parts = window.getContext().get(EPartService.class);
		List<MPart> unsaved = List.copyOf(parts.getDirtyParts());
		if (unsaved.isEmpty()) {
			return true;
		}
		String titles = unsaved.stream().map(MPart::getLocalizedLabel).collect(Collectors.joining("\n")); //$NON-NLS-1$
		MessageDialog question = new MessageDialog((Shell) window.getWidget(), Messages.Quit_title, null, NLS.bind(Messages.Quit_question, titles),
				MessageDialog.QUESTION, SAVE, Messages.Quit_save, Messages.Quit_discard, Messages.Quit_cancel);
		return switch (question.open()) {
		case SAVE -> saveAll(parts, unsaved);
		case DISCARD -> discardAll(unsaved);
		default -> false;
		};
	}

	private static boolean saveAll(EPartService parts, List<MPart> unsaved) {
		unsaved.forEach(part -> parts.savePart(part, false));
		return unsaved.stream().noneMatch(MPart::isDirty);
	}

	private static boolean discardAll(List<MPart> unsaved) {
		for (MPart part : unsaved) {
			if (part.getObject() instanceof Discardable editor) {
				editor.discardUnsaved();
			}
			part.setDirty(false);
		}
		return true;
	}
}
