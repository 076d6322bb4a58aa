package org.guanai.registry.child;

import org.guanai.registry.person.PersonRepository;

interface ChildRepository extends PersonRepository<Child> {
}
