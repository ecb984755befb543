package org.qaworkbench.core.identity;

/** A person who may sign in: the user name is their StaffMember's user id. */
public record Account(String userName, boolean disabled) {
}
