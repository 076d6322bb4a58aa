package org.guanai.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * A template's property reads ({@code ${line.name}}) through a reader kept per class and property (decision 038).
 * Spring Framework 7.0's SpEL keeps the reader it found on the expression but never uses it again (the kept reader
 * is not among the context's accessors, spring-framework#36987, to be mended in 7.1): every read looked the getter up
 * anew, and Thymeleaf checked it against its list of forbidden members each time. Here the lookup and the check are
 * made once per class and property by Thymeleaf's own accessor, and its reader is kept; a read whose target is a
 * class (a static member, where the check depends on which class) or an array goes to Thymeleaf's accessor as before.
 * When the project is on Spring Framework 7.1 this class can go.
 */
final class TemplatePropertyReaders implements PropertyAccessor {

    private final ReflectivePropertyAccessor checked;
    private final ClassValue<Map<String, PropertyAccessor>> readers = new ClassValue<>() {
        @Override
        protected Map<String, PropertyAccessor> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** {@code checked}: Thymeleaf's accessor, which finds a getter or field and refuses forbidden members. */
    TemplatePropertyReaders(ReflectivePropertyAccessor checked) {
        this.checked = checked;
    }

    @Override
    public Class<?> @Nullable [] getSpecificTargetClasses() {
        return null;
    }

    @Override
    public boolean canRead(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
        if (notKept(target)) {
            return checked.canRead(context, target, name);
        }
        return reader(context, target, name) != null;
    }

    @Override
    public TypedValue read(EvaluationContext context, @Nullable Object target, String name) throws AccessException {
        if (notKept(target)) {
            return checked.read(context, target, name);
        }
        PropertyAccessor reader = reader(context, target, name);
        if (reader == null) {
            // SpEL then looks for another accessor, as when a kept reader no longer fits the target.
            throw new AccessException("No property '" + name + "' on " + target.getClass().getName());
        }
        return reader.read(context, target, name);
    }

    private static boolean notKept(@Nullable Object target) {
        return target == null || target instanceof Class<?> || target.getClass().isArray();
    }

    /** The kept reader of {@code name} on the target's class; found (and checked) on the first read. */
    private @Nullable PropertyAccessor reader(EvaluationContext context, Object target, String name)
            throws AccessException {
        Map<String, PropertyAccessor> byName = readers.get(target.getClass());
        PropertyAccessor reader = byName.get(name);
        if (reader == null) {
            if (!checked.canRead(context, target, name)) { // throws when the member is forbidden
                return null;
            }
            reader = checked.createOptimalAccessor(context, target, name);
            byName.put(name, reader);
        }
        return reader;
    }

    @Override
    public boolean canWrite(EvaluationContext context, @Nullable Object target, String name) {
        return false;
    }

    @Override
    public void write(EvaluationContext context, @Nullable Object target, String name, @Nullable Object newValue)
            throws AccessException {
        throw new AccessException("Templates do not write properties");
    }

    /**
     * Puts the kept readers in place of Thymeleaf's reflective accessor in each page's evaluation context, as the
     * page's rendering starts (the view creates that context anew for every page).
     */
    @Component
    static final class InTemplateEngine implements BeanPostProcessor {

        @Override
        public Object postProcessBeforeInitialization(Object bean, String beanName) {
            if (bean instanceof SpringTemplateEngine engine) {
                engine.setEngineContextFactory(new WithKeptReaders(new StandardEngineContextFactory()));
            }
            return bean;
        }
    }

    /** The engine's context factory, which first gives the page's evaluation context the kept readers. */
    static final class WithKeptReaders implements IEngineContextFactory {

        private final IEngineContextFactory engineContexts;
        private volatile @Nullable TemplatePropertyReaders kept;

        WithKeptReaders(IEngineContextFactory engineContexts) {
            this.engineContexts = engineContexts;
        }

        @Override
        public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
                Map<String, Object> templateResolutionAttributes, IContext context) {
            Object evaluation = context.getVariable(
                    ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME);
            if (evaluation instanceof StandardEvaluationContext standard) {
                List<PropertyAccessor> accessors = new ArrayList<>(standard.getPropertyAccessors());
                accessors.replaceAll(a -> a instanceof ReflectivePropertyAccessor reflective ? readersOf(reflective) : a);
                standard.setPropertyAccessors(accessors);
            }
            return engineContexts.createEngineContext(configuration, templateData, templateResolutionAttributes,
                    context);
        }

        /**
         * Thymeleaf's views share one accessor (without allowed-class overrides, which this application does not
         * set), so one set of kept readers serves every page; another accessor gets readers of its own.
         */
        private TemplatePropertyReaders readersOf(ReflectivePropertyAccessor reflective) {
            TemplatePropertyReaders readers = kept;
            if (readers == null || readers.checked != reflective) {
                readers = new TemplatePropertyReaders(reflective);
                kept = readers;
            }
            return readers;
        }
    }
}
