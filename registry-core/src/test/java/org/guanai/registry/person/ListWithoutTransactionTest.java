package org.guanai.registry.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import org.guanai.registry.child.ChildService;
import org.guanai.registry.elder.ElderService;
import org.guanai.registry.jurisdiction.Jurisdiction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;

/**
 * A roster list page is one statement and opens no transaction of its own (decision 048), as Spring's proxies decide
 * it for each kind's service: the registries are {@code @Transactional} as classes, which made the list a read-write
 * transaction (a begin and a commit around its one statement) after its read-only one had been taken off.
 */
class ListWithoutTransactionTest {

    @ParameterizedTest
    @ValueSource(classes = {ChildService.class, ElderService.class})
    void aListPageJoinsACallersTransactionButOpensNone(Class<?> service) throws Exception {
        Method list = PersonRegistry.class.getMethod("list", PersonFilter.class, Jurisdiction.class);
        TransactionAttribute attribute = new AnnotationTransactionAttributeSource().getTransactionAttribute(list,
                service);
        assertThat(attribute).isNotNull();
        assertThat(attribute.getPropagationBehavior()).isEqualTo(TransactionDefinition.PROPAGATION_SUPPORTS);
    }
}
