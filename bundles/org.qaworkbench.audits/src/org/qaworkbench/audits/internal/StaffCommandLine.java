package org.qaworkbench.audits.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.DataFolder;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.audits.Staff;
import org.qaworkbench.core.cli.Options;
import org.qaworkbench.core.cli.Options.UsageException;
import org.qaworkbench.core.cli.QaCommand;
import org.qaworkbench.core.cli.SignIn;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.domain.ConfidentialAccess;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.StaffMember;

/**
 * What the {@code qa} commands of this bundle that act as a member of staff share: asking for help, the store of the
 * data folder opened signed in ({@link SignIn}), who is acting (the person signed in: {@code --as USER}, else
 * QA_USER, else the operating-system user). Each command passes its own messages, so the words stay the command's.
 */
final class StaffCommandLine {

	/** The option naming the person acting. */
	static final String AS = "as"; //$NON-NLS-1$

	private StaffCommandLine() {
	}

	/** Whether the command was given nothing, or asked for its usage anywhere in its arguments. */
	static boolean asksForHelp(List<String> arguments) {
		return arguments.isEmpty() || arguments.stream().anyMatch(argument -> List.of("--help", "-h", "help").contains(argument)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** Says the sub-command is unknown and returns the usage exit code. */
	static int unknown(PrintStream err, String message, String sub) {
		QaCommand.fail(err, NLS.bind(message, sub));
		return QaCommand.USAGE;
	}

	/** The data folder's store, signed in as the person {@link #actor} names. */
	static Store open(Options options) throws Exception {
		return SignIn.fromEnvironment().open(DataFolder.resolve(), options.value(AS, null));
	}

	/** The person acting, who signed in: --as USER, else QA_USER, else the operating-system user. */
	static Actor actor(Options options) {
		return SignIn.fromEnvironment().actor(options.value(AS, null));
	}

	/** The member of staff acting; refused with {@code notStaff} (bound to the user id) when not on the staff list. */
	static Optional<StaffMember> person(Store store, Options options, PrintStream err, String notStaff) {
		Actor actor = actor(options);
		Optional<StaffMember> person = Staff.of(store.records(), actor);
		if (person.isEmpty()) {
			QaCommand.fail(err, NLS.bind(notStaff, actor.userId()));
		}
		return person;
	}

	/**
	 * The member of staff acting when the permission matrix lets them do {@code what}; else one line saying why
	 * ("You may not ...") and empty. Exports ask this, so the rule stays core's.
	 */
	static Optional<StaffMember> permitted(Store store, Options options, PrintStream err, String notStaff, Permission what) {
		Optional<StaffMember> person = person(store, options, err, notStaff);
		if (person.isPresent() && !Permissions.allows(person.get(), what)) {
			QaCommand.fail(err, Permissions.whyNot(person.get(), what));
			return Optional.empty();
		}
		return person;
	}

	/**
	 * Whether {@code person} may take the answers of {@code audit} away (core's rule: a checklist about people only to
	 * who wrote it and their management line); else one line saying so.
	 */
	static boolean mayExport(Store store, StaffMember person, Assessment audit, PrintStream err) {
		if (ConfidentialAccess.answersVisibleTo(store, person).test(audit)) {
			return true;
		}
		QaCommand.fail(err, NLS.bind(Messages.Export_notYours, audit.getId()));
		return false;
	}

	/** Refuses a positional argument with {@code unexpected} (bound to the argument and the sub-command). */
	static void noPositional(Options options, String sub, String unexpected) throws UsageException {
		if (!options.positional().isEmpty()) {
			throw new UsageException(NLS.bind(unexpected, options.positional().get(0), sub));
		}
	}
}
