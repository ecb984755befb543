package org.qaworkbench.core.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;

/** Parses {@code --name value} options and positional arguments, refusing options a command does not know. */
public final class Options {

	private final Map<String, String> values = new HashMap<>();
	private final List<String> positional = new ArrayList<>();

	private Options() {
	}

	/** Thrown with a one-line message for the user. */
	public static final class UsageException extends Exception {
		private static final long serialVersionUID = 1L;

		public UsageException(String message) {
			super(message);
		}
	}

	public static Options parse(List<String> arguments, Set<String> known) throws UsageException {
		Options options = new Options();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.startsWith("--")) { //$NON-NLS-1$
				String name = argument.substring(2);
				if (!known.contains(name)) {
					throw new UsageException(NLS.bind(Messages.Options_unknown, argument));
				}
				if (i + 1 >= arguments.size()) {
					throw new UsageException(NLS.bind(Messages.Options_needsValue, argument));
				}
				options.values.put(name, arguments.get(++i));
			} else {
				options.positional.add(argument);
			}
		}
		return options;
	}

	public List<String> positional() {
		return positional;
	}

	public String value(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	public long number(String name, long fallback, long minimum) throws UsageException {
		String value = values.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			long number = Long.parseLong(value);
			if (number >= minimum) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException(NLS.bind(Messages.Options_notANumber, new Object[] { "--" + name, value, minimum })); //$NON-NLS-1$
	}
}
