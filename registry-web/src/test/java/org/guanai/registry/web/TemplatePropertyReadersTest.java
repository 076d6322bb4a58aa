package org.guanai.registry.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** The templates' kept property readers (decision 038): the same values, the same refusals, one lookup. */
class TemplatePropertyReadersTest {

    record Child(String name) {
    }

    record Elder(String name) {
    }

    public static class Carer {
        public String getName() {
            return "王五";
        }

        public boolean isOnDuty() {
            return true;
        }
    }

    @Test
    void aPageReadsItsPropertiesThroughTheKeptReadersWhateverTheClassBehindOneExpression() {
        SpringTemplateEngine engine = engine();
        Context page = page(Map.of("people", List.of(new Child("张三"), new Elder("李四"), new Child("赵六")),
                "carer", new Carer()));

        String html = engine.process("<p th:each=\"p : ${people}\" th:text=\"${p.name}\"></p>"
                + "<i th:text=\"${carer.name}\"></i><b th:if=\"${carer.onDuty}\">在岗</b>", page);

        assertThat(html).isEqualTo("<p>张三</p><p>李四</p><p>赵六</p><i>王五</i><b>在岗</b>");
        EvaluationContext evaluation = (EvaluationContext) page.getVariable(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME);
        assertThat(evaluation.getPropertyAccessors()).hasAtLeastOneElementOfType(TemplatePropertyReaders.class)
                .noneMatch(ReflectivePropertyAccessor.class::isInstance);
    }

    @Test
    void aForbiddenMemberIsRefusedEveryTimeAsThymeleafRefusesIt() {
        SpringTemplateEngine engine = engine();
        for (int i = 0; i < 2; i++) {
            Context page = page(Map.of("thread", Thread.currentThread()));
            assertThatThrownBy(() -> engine.process("<p th:text=\"${thread.name}\"></p>", page))
                    .isInstanceOf(TemplateProcessingException.class)
                    .rootCause().hasMessageContaining("forbidden");
        }
    }

    @Test
    void aPropertyIsLookedUpOncePerClassAndAMissingOneStaysMissing() throws AccessException {
        CountingLookups checked = new CountingLookups();
        TemplatePropertyReaders readers = new TemplatePropertyReaders(checked);
        StandardEvaluationContext context = new StandardEvaluationContext();
        context.setPropertyAccessors(List.of(readers));
        Expression name = new SpelExpressionParser().parseExpression("name");

        for (Object person : List.of(new Child("张三"), new Child("赵六"), new Elder("李四"), new Child("钱七"))) {
            assertThat(name.getValue(context, person)).isIn("张三", "赵六", "李四", "钱七");
        }

        assertThat(checked.lookups).isEqualTo(2); // Child.name once, Elder.name once
        assertThat(readers.canRead(context, new Child("张三"), "age")).isFalse();
        assertThatThrownBy(() -> readers.read(context, new Child("张三"), "age")).isInstanceOf(AccessException.class);
    }

    private static SpringTemplateEngine engine() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        StringTemplateResolver templates = new StringTemplateResolver();
        templates.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(templates);
        new TemplatePropertyReaders.InTemplateEngine().postProcessBeforeInitialization(engine, "templateEngine");
        return engine;
    }

    /** A page's variables with the evaluation context a Thymeleaf view gives every page. */
    private static Context page(Map<String, Object> variables) {
        GenericApplicationContext application = new GenericApplicationContext();
        application.refresh();
        Context page = new Context();
        page.setVariables(variables);
        page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        return page;
    }

    /** Spring's reflective accessor, counting its lookups of a property. */
    private static final class CountingLookups extends ReflectivePropertyAccessor {
        int lookups;

        CountingLookups() {
            super(false);
        }

        @Override
        public boolean canRead(EvaluationContext context, Object target, String name) throws AccessException {
            lookups++;
            return super.canRead(context, target, name);
        }
    }
}
