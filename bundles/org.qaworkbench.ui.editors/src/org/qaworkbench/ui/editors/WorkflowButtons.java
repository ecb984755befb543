package org.qaworkbench.ui.editors;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * A record's workflow as buttons, one a step (its label carries its Alt key). What is offered is core's answer, never
 * the editor's: a button is enabled when the step is among the workflow's {@code availableSteps(record, person)}, and
 * otherwise its tooltip says the workflow's {@code whyNot}. Pressing one still goes through the workflow, which
 * decides again.
 *
 * @param <S> the workflow's steps
 */
public final class WorkflowButtons<S extends Enum<S>> {

	private final Composite parent;
	private final Map<S, Button> buttons;

	public WorkflowButtons(Composite parent, Class<S> steps) {
		this.parent = parent;
		this.buttons = new EnumMap<>(steps);
	}

	/** Adds the button of a step. */
	public Button add(S step, String label, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, event -> action.run());
		GridDataFactory.fillDefaults().applyTo(button);
		buttons.put(step, button);
		return button;
	}

	/** Enables the steps available to the person now; the others say why not. */
	public void show(Set<S> available, Function<S, Optional<String>> whyNot) {
		buttons.forEach((step, button) -> {
			boolean offered = available.contains(step);
			button.setEnabled(offered);
			button.setToolTipText(offered ? null : whyNot.apply(step).orElse(null));
		});
	}

	/** Holds a step back for a reason of the editor's own (work on screen to finish first), saying so. */
	public void hold(S step, String reason) {
		Button button = buttons.get(step);
		button.setEnabled(false);
		button.setToolTipText(reason);
	}

	public Button button(S step) {
		return buttons.get(step);
	}
}
