package org.zhifa.workstation.cases.security;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.zhifa.workstation.domain.user.Role;

/** The acting user lacks the role an action needs. The message (Chinese) names the role. */
public final class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Set<Role> required;

    public AccessDeniedException(String message, Set<Role> required) {
        super(message);
        this.required = required.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(required));
    }

    /** The roles of which the action needs any one. */
    public Set<Role> required() {
        return required;
    }
}
