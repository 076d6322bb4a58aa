package org.guanai.registry.child;

import java.util.List;

/**
 * Published when a save makes a child a key target it was not before (a new child counts as "before: none").
 * Casework opens the case the flag calls for; a save that leaves the flags as they were publishes nothing.
 */
public record KeyTargetsGained(long childId, String name, String villageCode, List<KeyTargets.Flag> flags) {
}
