package org.qaworkbench.core.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.internal.Messages;

/**
 * Parses {@code --name value} options, {@code --name} flags and positional arguments, refusing options a command
 * does not know and numbers outside the range a command accepts: every command reads its numbers here, so none
 * can be wrapped round or cut short on the way in.
 */
public final class Options {

	private final Map<String, String> values = new HashMap<>();
	private final Set<String> flags = new HashSet<>();
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

	/** Options that each take a value. */
	public static Options parse(List<String> arguments, Set<String> known) throws UsageException {
		return parse(arguments, known, Set.of());
	}

	/** Options that take a value ({@code known}) and options that stand alone ({@code knownFlags}). */
	public static Options parse(List<String> arguments, Set<String> known, Set<String> knownFlags) throws UsageException {
		Options options = new Options();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (argument.startsWith("--")) { //$NON-NLS-1$
				String name = argument.substring(2);
				if (knownFlags.contains(name)) {
					options.flags.add(name);
					continue;
				}
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

	/** Whether the flag {@code --name} was given. */
	public boolean flag(String name) {
		return flags.contains(name);
	}

	/** The whole number given for {@code --name}, from {@code minimum} to {@code maximum}; {@code fallback} when absent. */
	public long number(String name, long fallback, long minimum, long maximum) throws UsageException {
		String value = values.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			long number = Long.parseLong(value.strip());
			if (number >= minimum && number <= maximum) {
				return number;
			}
		} catch (NumberFormatException e) {
			// not a whole number, or beyond a long: reported below like any number out of range
		}
		throw new UsageException(NLS.bind(Messages.Options_notANumber, new Object[] { "--" + name, value, minimum, maximum })); //$NON-NLS-1$
	}

	/** {@link #number} for an {@code int}: the range keeps it from being cut to 32 bits. */
	public int integer(String name, int fallback, int minimum, int maximum) throws UsageException {
		return (int) number(name, fallback, minimum, maximum);
	}
}
