package org.qaworkbench.supervision.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.qaworkbench.core.Formats;

/**
 * The fields of one form bound to the record on screen: what is typed goes into the record (a date only once it is a
 * whole DD/MM/YYYY; until then the field keeps what was typed and the message line says so), and the record is shown
 * back after each save or step. Whether a field may be changed is the editor's question to core, set through
 * {@link #editable}.
 *
 * @param <T> the record's type
 */
final class Bindings<T> {

	private final Supplier<T> record;
	private final Runnable changed;
	private final Consumer<String> say;
	private final List<Runnable> shows = new ArrayList<>();
	private final List<Control> controls = new ArrayList<>();
	private final List<Consumer<Boolean>> editables = new ArrayList<>();
	private boolean showing;

	/** {@code changed}: something typed went into the record; {@code say}: a line for the user. */
	Bindings(Supplier<T> record, Runnable changed, Consumer<String> say) {
		this.record = record;
		this.changed = changed;
		this.say = say;
	}

	Text text(Text text, Function<T, String> get, BiConsumer<T, String> set) {
		controls.add(text);
		text.addListener(SWT.Modify, event -> {
			if (!showing) {
				set.accept(record.get(), text.getText().isBlank() ? null : text.getText());
				changed.run();
			}
		});
		shows.add(() -> text.setText(orEmpty(get.apply(record.get()))));
		return text;
	}

	Text date(Text text, String label, Function<T, LocalDate> get, BiConsumer<T, LocalDate> set) {
		controls.add(text);
		text.addListener(SWT.Modify, event -> {
			if (showing) {
				return;
			}
			Optional<LocalDate> date = Formats.parseDate(text.getText());
			if (text.getText().isBlank() || date.isPresent()) {
				set.accept(record.get(), date.orElse(null));
				say.accept(""); //$NON-NLS-1$
				changed.run();
			} else {
				// Kept on screen as typed; the record keeps its date until this one is whole.
				say.accept(label.replace("&", "") + ": " + Messages.Editor_notADate); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		});
		shows.add(() -> text.setText(Formats.date(get.apply(record.get()))));
		return text;
	}

	Button check(Button check, Function<T, Boolean> get, BiConsumer<T, Boolean> set) {
		controls.add(check);
		check.addListener(SWT.Selection, event -> {
			if (!showing) {
				set.accept(record.get(), check.getSelection());
				changed.run();
			}
		});
		shows.add(() -> check.setSelection(Boolean.TRUE.equals(get.apply(record.get()))));
		return check;
	}

	/** Something shown that is not a bound field (a value, a list), refreshed with the rest. */
	void shows(Runnable show) {
		shows.add(show);
	}

	/** Shows the record's values without taking them for typing. */
	void show() {
		showing = true;
		try {
			shows.forEach(Runnable::run);
		} finally {
			showing = false;
		}
	}

	/** Every bound field may be changed, or none (a signed or confidential record). */
	void editable(boolean editable) {
		controls.forEach(control -> editable(control, editable));
		editables.forEach(each -> each.accept(editable));
	}

	/** Something that follows whether the form may be changed (rows built apart, an Add button). */
	void onEditable(Consumer<Boolean> editable) {
		editables.add(editable);
	}

	/** Fields made apart (rows rebuilt when one is added), bound like the rest and shown with them. */
	Bindings<T> nested() {
		return new Bindings<>(record, changed, say);
	}

	static void editable(Control control, boolean editable) {
		if (control.isDisposed()) {
			return;
		}
		if (control instanceof Text text) {
			text.setEditable(editable);
		} else {
			control.setEnabled(editable);
		}
	}

	List<Control> controls() {
		return controls;
	}

	boolean showing() {
		return showing;
	}

	static String orEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
