package org.guanai.registry.web;

import java.util.Locale;
import org.guanai.registry.plan.CountyPlans;
import org.guanai.registry.plan.PlanWords;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.security.AccountPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Every text in the words of the signed-in user's plan (docs/plans.md, "Words"): the messages are written in Longli's
 * 镇（街道） and 村（社区）; a user of a county under Changbai's plan reads 乡镇 and 村（居）. One place, so no page has to
 * know: the application's message source is wrapped once at start.
 */
@Component
class PlanWordsMessages implements BeanPostProcessor {

    private final ObjectProvider<CountyPlans> plans;

    PlanWordsMessages(ObjectProvider<CountyPlans> plans) {
        this.plans = plans;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return "messageSource".equals(beanName) && bean instanceof MessageSource messages
                ? new InPlanWords(messages, plans) : bean;
    }

    /** The words of the user's county; the written ones outside a request or for a user without a county. */
    static PlanWords wordsOfCurrentUser(ObjectProvider<CountyPlans> plans) {
        AccountPrincipal principal = AccountPrincipal.current();
        if (principal == null) {
            return PlanWords.WRITTEN;
        }
        RegionCode county = principal.signedInUser().jurisdiction().county();
        return county == null ? PlanWords.WRITTEN : plans.getObject().words(county);
    }

    private record InPlanWords(MessageSource messages, ObjectProvider<CountyPlans> plans) implements MessageSource {

        @Override
        public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
            return inWords(messages.getMessage(code, args, defaultMessage, locale));
        }

        @Override
        public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
            return inWords(messages.getMessage(code, args, locale));
        }

        @Override
        public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
            return inWords(messages.getMessage(resolvable, locale));
        }

        /** Most messages hold no word a plan changes: those are returned before the user's plan is looked up. */
        private String inWords(String text) {
            return text == null || text.indexOf('（') < 0 ? text : wordsOfCurrentUser(plans).apply(text);
        }
    }
}
