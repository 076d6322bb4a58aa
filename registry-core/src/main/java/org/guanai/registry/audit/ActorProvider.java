package org.guanai.registry.audit;

/**
 * Supplies the actor of the current request. The web module implements it from the security context;
 * without one (jobs, start-up) the actor is {@link Actor#SYSTEM}. Keeps core free of HTTP types.
 */
@FunctionalInterface
public interface ActorProvider {

    Actor current();
}
