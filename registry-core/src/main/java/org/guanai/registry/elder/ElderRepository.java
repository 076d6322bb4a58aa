package org.guanai.registry.elder;

import org.guanai.registry.person.PersonRepository;

interface ElderRepository extends PersonRepository<Elder> {
}
