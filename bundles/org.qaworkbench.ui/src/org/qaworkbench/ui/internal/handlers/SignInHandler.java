package org.qaworkbench.ui.internal.handlers;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.qaworkbench.core.store.Store;
import org.qaworkbench.model.Locality;
import org.qaworkbench.model.StaffMember;
import org.qaworkbench.ui.internal.Messages;
import org.qaworkbench.ui.internal.SignedIn;

/** File &gt; Sign in as...: chooses the member of staff whose steps this desktop takes and records. */
public final class SignInHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Store store, SignedIn signedIn) {
		List<StaffMember> staff = staff(store);
		if (staff.isEmpty()) {
			MessageDialog.openInformation(shell, Messages.SignIn_title, Messages.SignIn_noStaff);
			return;
		}
		ChooseDialog<StaffMember> dialog = dialog(shell, store, staff);
		if (dialog.open() == Window.OK && dialog.chosen() != null) {
			signedIn.signInAs(dialog.chosen());
		}
	}

	/** Everyone who can sign in (has a user id), by name. */
	static List<StaffMember> staff(Store store) {
		return store.records().list(StaffMember.class).stream().filter(member -> member.getUserId() != null)
				.sorted(Comparator.comparing(StaffMember::getName)).toList();
	}

	/** The list to choose from, narrowed by any part of a name, role, locality or user id. */
	static ChooseDialog<StaffMember> dialog(Shell shell, Store store, List<StaffMember> staff) {
		Map<Long, String> localities = store.records().list(Locality.class).stream().collect(Collectors.toMap(Locality::getId, Locality::getName));
		return new ChooseDialog<>(shell, Messages.SignIn_title, staff, new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label((StaffMember) element, localities);
			}
		});
	}

	/** "Ella Taylor  (team leader, Hadley Castle)  ella.taylor": references hold only ids, so localities come by id. */
	static String label(StaffMember staff, Map<Long, String> localities) {
		String roles = staff.getRoles().stream().map(role -> role.getLiteral().toLowerCase()).collect(Collectors.joining(", ")); //$NON-NLS-1$
		String locality = staff.getLocality() == null ? "" : ", " + localities.get(staff.getLocality().getId()); //$NON-NLS-1$ //$NON-NLS-2$
		return staff.getName() + "  (" + roles + locality + ")  " + staff.getUserId(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
