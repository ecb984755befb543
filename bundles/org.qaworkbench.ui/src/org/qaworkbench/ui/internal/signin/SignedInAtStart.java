package org.qaworkbench.ui.internal.signin;

import org.qaworkbench.core.store.Actor;

/**
 * Who signed in before the window opened: the application offers it, beside the store opened as them, as an OSGi
 * service, and the workbench's {@link org.qaworkbench.ui.internal.SignedIn} starts as them.
 */
public record SignedInAtStart(Actor actor) {
}
