package org.qaworkbench.core.audits;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.qaworkbench.core.access.Permission;
import org.qaworkbench.core.access.Permissions;
import org.qaworkbench.core.internal.Messages;
import org.qaworkbench.core.store.Actor;
import org.qaworkbench.core.store.InvalidRecordException;
import org.qaworkbench.core.store.InvalidRecordException.Problem;
import org.qaworkbench.core.store.NotPermittedException;
import org.qaworkbench.core.store.Records;
import org.qaworkbench.core.store.SaveRefusedException;
import org.qaworkbench.model.AuditTheme;
import org.qaworkbench.model.QaFactory;

/**
 * The themes of cross-locality audits (CSE/CE, domestic abuse, neglect...), an editable list: themes are added,
 * renamed and retired, never deleted. A retired theme is no longer offered for new audits, but audits keep the
 * theme they were made with (an audit records the theme's name, so renaming a theme does not change past audits
 * either). Names are unique, ignoring capitals and spaces; each change is a save with its history. Only the roles
 * the permission matrix lets edit themes change the list.
 */
public final class AuditThemes {

	private static final String NAME = "name"; //$NON-NLS-1$

	private final Records records;
	private final Comparator<AuditTheme> byName;

	public AuditThemes(Records records) {
		this.records = records;
		Collator collator = Collator.getInstance(Locale.UK);
		collator.setStrength(Collator.SECONDARY);
		this.byName = Comparator.comparing(AuditTheme::getName, collator);
	}

	/** The themes offered for new audits: those not retired, in name order. */
	public List<AuditTheme> active() {
		return all().stream().filter(theme -> !theme.isRetired()).toList();
	}

	/** Every theme, retired ones too, in name order. */
	public List<AuditTheme> all() {
		return records.list(AuditTheme.class).stream().sorted(byName).toList();
	}

	/**
	 * Adds a theme. Refused with a message when the name is blank or an active theme has it; the name of a retired
	 * theme brings that theme back, so that it is offered again.
	 */
	public AuditTheme add(String name, Actor actor) throws SaveRefusedException {
		mayEdit(actor);
		String wanted = checked(name);
		Optional<AuditTheme> same = named(wanted);
		if (same.isPresent() && !same.get().isRetired()) {
			throw refused(NLS.bind(Messages.Themes_duplicate, same.get().getName()));
		}
		AuditTheme theme = same.map(EcoreUtil::copy).orElseGet(QaFactory.eINSTANCE::createAuditTheme);
		theme.setName(wanted);
		theme.setRetired(false);
		return records.save(theme, actor);
	}

	/** Renames a theme. Refused when the name is blank or another theme, retired or not, has it. */
	public AuditTheme rename(AuditTheme theme, String name, Actor actor) throws SaveRefusedException {
		mayEdit(actor);
		String wanted = checked(name);
		Optional<AuditTheme> same = named(wanted).filter(other -> other.getId() != theme.getId());
		if (same.isPresent()) {
			throw refused(NLS.bind(same.get().isRetired() ? Messages.Themes_duplicateRetired : Messages.Themes_duplicate, same.get().getName()));
		}
		AuditTheme renamed = EcoreUtil.copy(theme);
		renamed.setName(wanted);
		return records.save(renamed, actor);
	}

	/** Retires a theme: no longer offered, still on the audits that used it. */
	public AuditTheme retire(AuditTheme theme, Actor actor) throws SaveRefusedException {
		mayEdit(actor);
		AuditTheme retired = EcoreUtil.copy(theme);
		retired.setRetired(true);
		return records.save(retired, actor);
	}

	/** Whether the person acting may change the list (the permission matrix: a quality lead or an administrator); nothing when they may. */
	public void mayEdit(Actor actor) throws NotPermittedException {
		Permissions.require(Staff.of(records, actor).orElse(null), Permission.EDIT_THEMES);
	}

	/** The name with spaces tidied, or a refusal when it is blank. */
	private static String checked(String name) throws InvalidRecordException {
		String tidy = name == null ? "" : name.strip().replaceAll("\\s+", " "); //$NON-NLS-1$ //$NON-NLS-2$
		if (tidy.isEmpty()) {
			throw refused(Messages.Themes_blank);
		}
		return tidy;
	}

	private Optional<AuditTheme> named(String name) {
		String key = name.toLowerCase(Locale.ROOT);
		return records.list(AuditTheme.class).stream()
				.filter(theme -> theme.getName() != null && theme.getName().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).equals(key)) //$NON-NLS-1$ //$NON-NLS-2$
				.findFirst();
	}

	private static InvalidRecordException refused(String message) {
		return new InvalidRecordException(List.of(new Problem(NAME, message)));
	}
}
