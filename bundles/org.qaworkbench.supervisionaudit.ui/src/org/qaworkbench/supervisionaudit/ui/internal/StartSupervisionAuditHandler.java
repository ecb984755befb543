package org.qaworkbench.supervisionaudit.ui.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.core.store.StoreFailureException;
import org.qaworkbench.core.supervisionaudit.SampleDraws;
import org.qaworkbench.core.supervisionaudit.SupervisionAudits;
import org.qaworkbench.model.Assessment;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.model.Team;
import org.qaworkbench.ui.editors.FormDialog;
import org.qaworkbench.ui.editors.Prompts;
import org.qaworkbench.ui.editors.RecordEditors;
import org.qaworkbench.ui.editors.SignedInPerson;

/**
 * File > Start supervision audit... (Alt+F, D): the person signed in picks one of the teams they may audit, how many
 * files (4 to 8) and, to draw a sample seen before again, its seed; the audit is started with its sample drawn and
 * opens. A team with a supervision audit still in draft opens that one instead: one audit at a time per team.
 * Disabled for a role that may not start one; who may audit which team is the core's to say once asked.
 */
public final class StartSupervisionAuditHandler {

	@CanExecute
	boolean canExecute(SignedInPerson signedIn) {
		return Permissions.allows(signedIn.staff().orElse(null), Permission.START_SUPERVISION_AUDIT);
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Store store, SignedInPerson signedIn, MApplication application, EModelService models,
			EPartService parts, @org.eclipse.e4.core.di.annotations.Optional Clock clock) {
		start(Prompts.dialogs(shell), shell, store, signedIn, clock == null ? Clock.systemDefaultZone() : clock)
				.ifPresent(audit -> RecordEditors.open(audit, application, models, parts));
	}

	/** Asks for the team, the number of files and the seed, then starts (or finds) the audit; empty when not started. */
	static Optional<Assessment> start(Prompts prompts, Shell shell, Store store, SignedInPerson signedIn, Clock clock) {
		SupervisionAudits audits = new SupervisionAudits(store, clock);
		try {
			StaffMember auditor = audits.who(signedIn.actor());
			List<Team> teams = audits.teamsFor(auditor);
			if (teams.isEmpty()) {
				prompts.refused(Messages.Start_title, NLS.bind(Messages.Start_noTeams, auditor.getName()));
				return Optional.empty();
			}
			List<String> names = teams.stream().map(Team::getName).toList();
			List<String> sizes = IntStream.rangeClosed(SampleDraws.FEWEST, SampleDraws.MOST).mapToObj(String::valueOf).toList();
			FormDialog form = new FormDialog(shell, Messages.Start_title, Messages.Start_message)
					.choice("team", Messages.Start_team, names, names.get(0)) //$NON-NLS-1$
					.choice("files", Messages.Start_files, sizes, String.valueOf(SampleDraws.FEWEST)) //$NON-NLS-1$
					.text("seed", Messages.Start_seed, false, null); //$NON-NLS-1$
			if (!prompts.fill(form)) {
				return Optional.empty();
			}
			if (!SeedText.isValid(form.text("seed"))) { //$NON-NLS-1$
				prompts.refused(Messages.Start_title, NLS.bind(Messages.Seed_notANumber, form.text("seed"))); //$NON-NLS-1$
				return Optional.empty();
			}
			Team team = teams.get(names.indexOf(form.text("team"))); //$NON-NLS-1$
			Optional<Assessment> draft = audits.draftFor(team);
			if (draft.isPresent()) {
				return draft;
			}
			return Optional.of(audits.start(team, Integer.parseInt(form.text("files")), SeedText.read(form.text("seed")).orElseGet(SupervisionAudits::newSeed), signedIn.actor())); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (NotPermittedException e) {
			prompts.refused(Messages.Start_title, e.getMessage());
		} catch (SaveRefusedException e) {
			prompts.refused(Messages.Start_title, SeedText.message(e));
		} catch (StoreFailureException e) {
			prompts.refused(Messages.Start_title, e.getMessage());
		}
		return Optional.empty();
	}
}
