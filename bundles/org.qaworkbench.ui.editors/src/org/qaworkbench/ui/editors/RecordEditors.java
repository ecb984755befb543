package org.qaworkbench.ui.editors;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Identified;
import org.qaworkbench.ui.editors.internal.Messages;

/**
 * Opens a record in the editor the {@link EditorRegistry} chooses for it, or brings its open editor to the front. A
 * part names its record by type (namespace and EClass) and id in its persisted state; a record not stored yet (id 0)
 * is handed to its editor in memory and always gets an editor of its own.
 */
public final class RecordEditors {

	public static final String EDITOR_STACK = "org.qaworkbench.ui.partstack.editors"; //$NON-NLS-1$
	/** Topic of a line for the status line (a String). */
	public static final String STATUS_MESSAGE = "org/qaworkbench/statusline/message"; //$NON-NLS-1$
	static final String RECORD_TYPE = "recordType"; //$NON-NLS-1$
	static final String RECORD_ID = "recordId"; //$NON-NLS-1$
	private static final String NEW_RECORD = "newRecord"; //$NON-NLS-1$
	private static final AtomicBoolean REPORTING = new AtomicBoolean();

	private RecordEditors() {
	}

	/** Opens the record's editor; empty (and the user told why) when no contributed editor can open it. */
	public static Optional<MPart> open(Identified record, MApplication application, EModelService models, EPartService parts) {
		reportProblems(application);
		String type = typeOf(record.eClass());
		String id = String.valueOf(record.getId());
		MPartStack stack = (MPartStack) models.find(EDITOR_STACK, application);
		MPart part = record.getId() == 0 ? null : stack.getChildren().stream().filter(MPart.class::isInstance).map(MPart.class::cast)
				.filter(open -> type.equals(open.getPersistedState().get(RECORD_TYPE)) && id.equals(open.getPersistedState().get(RECORD_ID)))
				.findFirst().orElse(null);
		if (part == null) {
			Optional<EditorRegistry.Contribution> editor = EditorRegistry.instance().editorFor(record);
			if (editor.isEmpty()) {
				application.getContext().get(IEventBroker.class).post(STATUS_MESSAGE, NLS.bind(Messages.Registry_noEditor, record.eClass().getName()));
				return Optional.empty();
			}
			part = models.createModelElement(MPart.class);
			part.setContributionURI(editor.get().contributionURI());
			part.setCloseable(true);
			part.getPersistedState().put(RECORD_TYPE, type);
			part.getPersistedState().put(RECORD_ID, id);
			if (record.getId() == 0) {
				part.getTransientData().put(NEW_RECORD, record);
			}
			stack.getChildren().add(part);
		}
		parts.showPart(part, PartState.ACTIVATE);
		return Optional.of(part);
	}

	/** The record an editor part is to edit: a new one handed over in memory, else the stored one it names. */
	public static <T extends Identified> T recordOf(MPart part, Store store, Class<T> type) {
		if (type.isInstance(part.getTransientData().get(NEW_RECORD))) {
			return type.cast(part.getTransientData().get(NEW_RECORD));
		}
		return store.records().find(type, Long.parseLong(part.getPersistedState().get(RECORD_ID))).orElseThrow();
	}

	/** Once a new record is stored, the part names it, so that opening it again finds this editor. */
	public static void stored(MPart part, Identified record) {
		if (record.getId() != 0 && part.getTransientData().remove(NEW_RECORD) != null) {
			part.getPersistedState().put(RECORD_ID, String.valueOf(record.getId()));
		}
	}

	/** The record's type as a part keeps it: the namespace of its package and its EClass's name. */
	static String typeOf(EClass type) {
		return type.getEPackage().getNsURI() + '#' + type.getName();
	}

	/** Each broken editor contribution is said once in the status line, as it is found. */
	private static void reportProblems(MApplication application) {
		if (REPORTING.compareAndSet(false, true)) {
			IEventBroker events = application.getContext().get(IEventBroker.class);
			EditorRegistry.instance().addProblemListener(
					problem -> events.post(STATUS_MESSAGE, NLS.bind(Messages.Registry_reported, problem.contributor(), problem.reason())));
		}
	}
}
