package org.qaworkbench.ui.editors;

import org.qaworkbench.model.Identified;

/**
 * The optional {@code canHandle} of a record editor contribution: a finer test than type and definition id (a
 * supervision editor only for contracts that have a supervisee, say). Created once, when its editor would first win.
 */
public interface EditorCondition {

	boolean canHandle(Identified record);
}
