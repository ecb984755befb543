package org.qaworkbench.ui.editors;

/** An editor part whose unsaved work can be dropped, with its draft: Discard when quitting asks for it. */
public interface Discardable {

	void discardUnsaved();
}
