package org.qaworkbench.core.checklists.registry;

/** A plugin jar was refused or could not be installed or uninstalled; the message is one line for a person. */
public final class PluginFolderException extends Exception {

	private static final long serialVersionUID = 1L;

	public PluginFolderException(String message) {
		super(message);
	}

	public PluginFolderException(String message, Throwable cause) {
		super(message, cause);
	}
}
